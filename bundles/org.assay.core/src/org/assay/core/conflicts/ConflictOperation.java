package org.assay.core.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.corpus.LayerChoice;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** Reads every document of a corpus ({@link LayerChoice#forReading}) and finds source conflicts. */
public final class ConflictOperation implements CorpusOperation<ConflictOperation.Result> {

	/** The groups, and the documents that could not be read. */
	public record Result(List<ClaimGroup> groups, List<CorpusException> failures) {
	}

	private final Corpus corpus;

	/** Conflicts between the sources of {@code corpus}. */
	public ConflictOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	@Override
	public Result execute(IProgressMonitor monitor) {
		ConflictFinder finder = new ConflictFinder();
		List<CorpusException> failures = new ArrayList<>();
		JCas jcas = AssayTypeSystem.newJCas();
		List<String> ids = corpus.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, "Finding conflicts between sources", ids.size());
		for (String id : ids) {
			progress.split(1);
			progress.subTask(id);
			jcas.reset();
			try {
				Optional<String> layer = LayerChoice.forReading(corpus, id);
				if (layer.isPresent()) {
					corpus.readLayer(id, layer.get(), jcas);
					String problem = LayerCheck.problem(jcas);
					if (problem != null) {
						throw new CorpusException(corpus.layerPath(id, layer.get()), problem + "; left out of the comparison");
					}
					finder.add(id, jcas);
				}
			} catch (CorpusException e) {
				failures.add(e);
			} catch (RuntimeException e) {
				failures.add(CorpusException.unforeseen(corpus.textPath(id), "could not be compared", e));
			}
		}
		return new Result(finder.groups(), failures);
	}
}
