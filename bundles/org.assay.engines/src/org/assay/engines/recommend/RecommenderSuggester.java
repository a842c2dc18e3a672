package org.assay.engines.recommend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;

/**
 * What a corpus's active recommenders suggest for one text, and nothing else: for the workbench,
 * which merges them into an open layer after each retraining and when a document opens. The text
 * is prepared once (segmented, tagged, the rule names found) and kept ({@link PreparedTexts}), so a
 * suggestion after a retraining runs only the recommenders.
 */
public final class RecommenderSuggester {

	private RecommenderSuggester() {
	}

	/**
	 * A new CAS with {@code text} and the recommenders' suggestions only, or {@code null} when the
	 * corpus has no active recommender.
	 */
	public static JCas suggest(Corpus corpus, String name, String text) throws CorpusException {
		List<ActiveRecommenders.Loaded> active;
		try {
			active = ActiveRecommenders.load(corpus);
		} catch (IOException e) {
			throw new CorpusException(corpus.root(), "the recommenders cannot be loaded: " + e.getMessage(), e);
		}
		if (active.isEmpty()) {
			return null;
		}
		PreparedText prepared;
		try (PreparedTexts.Lazy preparer = new PreparedTexts.Lazy()) {
			prepared = PreparedTexts.get(text, preparer);
		} catch (ResourceInitializationException | AnalysisEngineProcessException e) {
			throw new CorpusException(Path.of(name), "the pipeline cannot prepare the text: " + e.getMessage(), e);
		}
		JCas out = AssayTypeSystem.newJCas();
		out.setDocumentText(text);
		Map<LabeledSpan, Entity> existing = new HashMap<>();
		for (ActiveRecommenders.Loaded l : active) {
			for (Suggestion s : l.predictor().suggest(prepared)) {
				CorpusRecommenders.add(out, existing, s, l.origin());
			}
		}
		return out;
	}
}
