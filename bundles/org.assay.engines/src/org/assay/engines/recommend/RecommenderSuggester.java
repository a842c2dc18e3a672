package org.assay.engines.recommend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.AssayPipeline;
import org.assay.engines.DocumentAnnotator;
import org.assay.engines.EngineIds;
import org.assay.type.Reviewable;

/**
 * What a corpus's active recommenders suggest for one text, and nothing else: for the workbench,
 * which merges them into an open layer after each retraining and when a document opens.
 */
public final class RecommenderSuggester {

	private RecommenderSuggester() {
	}

	/**
	 * A new CAS with {@code text} and the recommenders' suggestions only, or {@code null} when the
	 * corpus has no active recommender.
	 */
	public static JCas suggest(Corpus corpus, String name, String text) throws CorpusException {
		if (!CorpusRecommenders.anyActive(corpus)) {
			return null;
		}
		List<AssayPipeline.Step> steps;
		try {
			steps = new ArrayList<>(AssayPipeline.stepsThrough(EngineIds.ENTITIES));
			steps.add(AssayPipeline.recommenderStep(corpus));
		} catch (ResourceInitializationException e) {
			throw new CorpusException(corpus.root(), "the recommenders cannot start: " + e.getMessage(), e);
		}
		try {
			DocumentAnnotator annotator;
			try {
				annotator = new DocumentAnnotator(steps);
			} catch (ResourceInitializationException e) {
				throw new CorpusException(corpus.root(), "the recommenders cannot start: " + e.getMessage(), e);
			}
			List<DocumentAnnotator.Failure> failures = annotator.annotate(name, text);
			if (!failures.isEmpty()) {
				DocumentAnnotator.Failure f = failures.get(0);
				throw new CorpusException(Path.of(name), "engine " + f.engine() + " failed (" + f.reason() + ")", f.error());
			}
			JCas out = annotator.jcas();
			for (Reviewable r : out.select(Reviewable.class).asList()) {
				if (r.getOrigin() == null || !r.getOrigin().contains("recommender:")) {
					r.removeFromIndexes();
				}
			}
			return out;
		} finally {
			steps.forEach(s -> s.engine().destroy());
		}
	}
}
