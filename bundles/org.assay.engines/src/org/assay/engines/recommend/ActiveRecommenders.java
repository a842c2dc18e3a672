package org.assay.engines.recommend;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;

/**
 * The trained recommenders of a corpus that are active, loaded and ready to suggest, each with
 * the origin its suggestions carry ({@code recommender:<name>@<model id>}).
 */
final class ActiveRecommenders {

	/** A loaded recommender; its predictor is not thread-safe. */
	record Loaded(String origin, Recommender.Predictor predictor) {
	}

	private ActiveRecommenders() {
	}

	/** Loads every active recommender of {@code corpus} that has a model (none: an empty list). */
	static List<Loaded> load(Corpus corpus) throws CorpusException, IOException {
		List<Loaded> loaded = new ArrayList<>();
		RecommenderState state = RecommenderTrainingStore.readState(corpus);
		for (Recommender r : RecommenderTraining.forCorpus(corpus)) {
			RecommenderState.Entry e = state.recommenders.get(r.name());
			byte[] model = e != null && e.active && e.modelId != null ? RecommenderTrainingStore.readModel(corpus, r.name()) : null;
			if (model != null) {
				loaded.add(new Loaded("recommender:" + r.name() + "@" + e.modelId, r.load(model)));
			}
		}
		return loaded;
	}
}
