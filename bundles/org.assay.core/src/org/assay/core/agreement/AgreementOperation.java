package org.assay.core.agreement;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.corpus.Corpus;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

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

	/** Agreement between the annotators of {@code corpus}. */
	public AgreementOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	/** Compare only these annotators (default: every annotator of the corpus). */
	public AgreementOperation annotators(List<String> ids) {
		this.annotators = List.copyOf(ids);
		return this;
	}

	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		List<String> raters = annotators != null ? annotators : corpusAnnotators();
		if (raters.size() < 2) {
			throw new CorpusException(corpus.root(), "has " + raters.size() + " annotator layer(s) " + raters
					+ "; agreement needs at least two");
		}
		AgreementCalculator calculator = new AgreementCalculator(raters);
		List<AgreementFigures> documents = new ArrayList<>();
		List<CorpusException> failures = new ArrayList<>();
		List<String> ids = corpus.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, "Computing agreement", ids.size() + 1);
		for (String id : ids) {
			progress.split(1);
			progress.subTask(id);
			List<String> layers = corpus.layers(id);
			if (!layers.containsAll(raters)) {
				continue;
			}
			try {
				List<JCas> cases = new ArrayList<>();
				for (String rater : raters) {
					JCas jcas = AssayTypeSystem.newJCas();
					corpus.readLayer(id, rater, jcas);
					cases.add(jcas);
				}
				JCas tokens = null;
				if (layers.contains(Corpus.ENGINE_LAYER)) {
					tokens = AssayTypeSystem.newJCas();
					corpus.readLayer(id, Corpus.ENGINE_LAYER, tokens);
				}
				documents.add(calculator.addDocument(id, cases, tokens));
			} catch (CorpusException e) {
				failures.add(e);
			}
		}
		progress.subTask("pooling " + documents.size() + " document(s)");
		AgreementFigures pooled = calculator.corpus();
		progress.done();
		return new Result(documents, pooled, failures);
	}

	private List<String> corpusAnnotators() throws CorpusException {
		java.util.Set<String> all = new java.util.TreeSet<>();
		for (String id : corpus.documentIds()) {
			all.addAll(corpus.annotatorLayers(id));
		}
		return new ArrayList<>(all);
	}
}
