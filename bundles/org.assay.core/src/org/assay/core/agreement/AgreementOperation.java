package org.assay.core.agreement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.io.LayerCache;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Agreement between the annotators of a corpus: per document and pooled over the corpus. A
 * document counts when every compared annotator has a layer for it; tokens come from its engine
 * layer when there is one.
 */
public final class AgreementOperation implements CorpusOperation<AgreementOperation.Result> {

	/** Figures per document, pooled figures, and unreadable documents. */
	public record Result(List<AgreementFigures> documents, AgreementFigures corpus, List<CorpusException> failures) {
	}

	private final Corpus corpus;
	private List<String> annotators;
	private Set<String> documents;

	/** Agreement between the annotators of {@code corpus}. */
	public AgreementOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	/** Compare only on these documents (default: every document where all compared annotators have a layer). */
	public AgreementOperation documents(Collection<String> ids) {
		this.documents = Set.copyOf(ids);
		return this;
	}

	/** Compare only these annotators (default: every annotator of the corpus). */
	public AgreementOperation annotators(List<String> ids) {
		this.annotators = List.copyOf(ids);
		return this;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		SubMonitor progress = SubMonitor.convert(monitor, "Computing agreement", 100);
		progress.subTask("listing the annotators");
		List<String> raters = annotators != null ? annotators : corpusAnnotators();
		if (raters.size() < 2) {
			throw new CorpusException(corpus.root(), "has " + raters.size() + " annotator layer(s) " + raters
					+ "; agreement needs at least two");
		}
		AgreementCalculator calculator = new AgreementCalculator(raters);
		List<AgreementFigures> documents = new ArrayList<>();
		List<CorpusException> failures = new ArrayList<>();
		List<String> ids = corpus.documentIds();
		progress.subTask("finding the documents every annotator has a layer of");
		List<String> compared = new ArrayList<>();
		List<Boolean> engine = new ArrayList<>();
		for (String id : ids) {
			List<String> layers = corpus.layers(id);
			if (layers.containsAll(raters) && (this.documents == null || this.documents.contains(id))) {
				compared.add(id);
				engine.add(layers.contains(Corpus.ENGINE_LAYER));
			}
		}
		progress.setWorkRemaining(compared.size() + 1);
		// documents are read ahead on other threads while the figures of the one before are computed,
		// and consumed in corpus order (the pooled continuum follows it). Each read fills a slot of
		// CASes — one per annotator and one for the tokens — emptied and reused, as making a CAS costs
		// more than reading a layer into it. Slots are handed out here, in order, to at most `ahead`
		// reads at a time: a read never waits for a slot held by a later document.
		int readers = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
		int ahead = 2 * readers + 1;
		ArrayDeque<JCas[]> free = new ArrayDeque<>();
		for (int k = 0; k < ahead; k++) {
			JCas[] slot = new JCas[raters.size() + 1];
			for (int r = 0; r < slot.length; r++) {
				slot[r] = AssayTypeSystem.newJCas();
			}
			free.add(slot);
		}
		ExecutorService reader = Executors.newFixedThreadPool(readers, r -> {
			Thread t = new Thread(r, "assay-agreement-reader");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<LayerCache.Tokens>> reads = new ArrayList<>();
			List<JCas[]> slots = new ArrayList<>();
			for (int i = 0; i < compared.size(); i++) {
				while (reads.size() < compared.size() && reads.size() < i + ahead) {
					int k = reads.size();
					JCas[] slot = free.poll(); // never empty: at most `ahead` reads are out
					slots.add(slot);
					reads.add(reader.submit(() -> read(compared.get(k), raters, engine.get(k), slot)));
				}
				progress.split(1);
				progress.subTask(compared.get(i));
				JCas[] slot = slots.get(i);
				slots.set(i, null);
				try {
					LayerCache.Tokens tokens = reads.get(i).get();
					documents.add(calculator.addDocumentWith(compared.get(i), Arrays.asList(slot).subList(0, raters.size()), tokens));
				} catch (ExecutionException e) {
					if (e.getCause() instanceof CorpusException c) {
						failures.add(c);
					} else {
						throw new CorpusException(corpus.layerPath(compared.get(i), raters.get(0)), "cannot be read: " + e.getCause(),
								e.getCause());
					}
				} finally {
					free.add(slot);
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} finally {
			reader.shutdownNow();
		}
		progress.subTask("pooling " + documents.size() + " document(s)");
		AgreementFigures pooled = calculator.corpus();
		progress.done();
		return new Result(documents, pooled, failures);
	}

	/**
	 * Reads a document's annotator layers, without their tokens, into the emptied {@code slot}
	 * and returns the tokens the items are made of: the engine layer's — only those, from its
	 * binary form (the slot's last CAS is there should it have to be read from its XMI) — else
	 * the first annotator's.
	 */
	private LayerCache.Tokens read(String id, List<String> raters, boolean engine, JCas[] slot) throws CorpusException {
		for (JCas jcas : slot) {
			jcas.reset();
		}
		LayerCache.Tokens first = null;
		for (int r = 0; r < raters.size(); r++) {
			LayerCache.Tokens tokens = corpus.readLayerWithoutTokens(id, raters.get(r), slot[r]);
			first = r == 0 ? tokens : first;
		}
		return engine ? corpus.readTokens(id, Corpus.ENGINE_LAYER, slot[raters.size()]) : first;
	}

	private List<String> corpusAnnotators() throws CorpusException {
		Set<String> all = new TreeSet<>();
		for (String id : corpus.documentIds()) {
			all.addAll(corpus.annotatorLayers(id));
		}
		return new ArrayList<>(all);
	}
}
