package org.assay.core.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.LayerRecord;
import org.assay.core.corpus.TeamPolicy;
import org.assay.core.team.Workload.DocumentRecords;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Hands one person the next document under the corpus's {@link TeamPolicy} and takes it for
 * them: a record of their layer, state NEW, written at once. Where the corpus is shared through a
 * git repository with a remote, taking it is shared at once (a small commit of that record,
 * pushed), so two people do not start the same document beyond the policy; when the push shows
 * that others took it meanwhile, the take is given back and the next document is picked.
 */
public final class NextDocumentOperation implements CorpusOperation<NextDocumentOperation.Result> {

	/** What was handed out. */
	public record Result(Optional<String> document, boolean resumed, boolean shared, List<String> givenBack, String why) {
	}

	private final Corpus corpus;
	private final String me;
	private Clock clock = Clock.systemUTC();
	private boolean share = true;
	private ToDoubleFunction<String> uncertainty = d -> 0;

	public NextDocumentOperation(Corpus corpus, String me) {
		this.corpus = corpus;
		this.me = me;
	}

	/** The clock of the take's time (tests). */
	public NextDocumentOperation clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	/** Whether to share the take through git when the corpus has a remote (default yes). */
	public NextDocumentOperation share(boolean share) {
		this.share = share;
		return this;
	}

	/** How unsure the engines are about a document, for the "uncertain" order (higher first). */
	public NextDocumentOperation uncertainty(ToDoubleFunction<String> score) {
		this.uncertainty = score;
		return this;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		TeamPolicy policy = corpus.team();
		if (!policy.mayAnnotate(me)) {
			return new Result(Optional.empty(), false, false, List.of(), me + " is not an annotator of this corpus ("
					+ Corpus.MANIFEST + " lists " + String.join(", ", policy.annotators) + ")");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Finding the next document for " + me, 10);
		Workload workload = new Workload(policy, clock);
		boolean shared = share && hasRemote();
		Set<String> givenBack = new HashSet<>();
		List<String> givenBackInOrder = new ArrayList<>();
		for (int attempt = 0; attempt < 20; attempt++) {
			List<DocumentRecords> records = new ArrayList<>(TeamRecords.read(corpus));
			records.removeIf(d -> givenBack.contains(d.document()));
			Optional<String> next = workload.nextToAnnotate(me, records, uncertainty);
			if (next.isEmpty()) {
				return new Result(next, false, shared, givenBackInOrder, "every document has the " + policy.perDocument()
						+ " annotator(s) it needs or was finished by " + me);
			}
			String id = next.get();
			Path record = TeamRecords.recordPath(corpus, id, me);
			if (Files.exists(record) || Files.exists(corpus.layerPath(id, me))) {
				return new Result(next, true, false, givenBackInOrder, "your own document, not finished yet");
			}
			take(record);
			if (!shared) {
				return new Result(next, false, false, givenBackInOrder, "taken");
			}
			progress.subTask("Sharing that " + me + " took " + id);
			shareOnly(record);
			DocumentRecords now = TeamRecords.read(corpus, id);
			if (workload.holders(now, me) < policy.perDocument()) {
				return new Result(next, false, true, givenBackInOrder, "taken and shared");
			}
			// others took it meanwhile: give it back, pick again
			try {
				Files.deleteIfExists(record);
			} catch (IOException e) {
				throw new CorpusException(record, "cannot be removed: " + e.getMessage(), e);
			}
			shareOnly(record);
			givenBack.add(id);
			givenBackInOrder.add(id);
			progress.setWorkRemaining(10);
		}
		return new Result(Optional.empty(), false, shared, givenBackInOrder, "others took every document offered meanwhile; try again");
	}

	private void take(Path record) throws CorpusException {
		LayerRecord take = new LayerRecord();
		take.state = DocumentState.NEW.name();
		take.by = me;
		take.takenAt = clock.instant().toString();
		take.stateChangedAt = take.takenAt;
		take.write(record);
	}

	private void shareOnly(Path record) throws CorpusException {
		String path = corpus.root().relativize(record).toString().replace('\\', '/');
		new SyncOperation(corpus.root(), me).only(Set.of(path)).execute(null);
	}

	private boolean hasRemote() {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(corpus.root().toFile());
		if (builder.getGitDir() == null) {
			return false;
		}
		try (var repository = builder.build()) {
			return !repository.isBare() && !repository.getConfig().getSubsections("remote").isEmpty();
		} catch (IOException e) {
			return false;
		}
	}
}
