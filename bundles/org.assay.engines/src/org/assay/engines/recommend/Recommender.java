package org.assay.engines.recommend;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Learns from what annotators confirmed in a corpus and suggests entities of any label of its
 * tagset, custom labels included. Trained models are bytes, stored in the corpus's
 * {@code .assay-models/} folder.
 */
public interface Recommender {

	/** One document to learn from: the decisions and the text as recommenders read it. */
	record Example(TrainingDocument document, PreparedText text) {
	}

	/** Suggests with a trained model; not thread-safe, one per thread. */
	interface Predictor {
		/** The suggestions for a document. */
		List<Suggestion> suggest(PreparedText text);
	}

	/** Its name in the manifest, the models folder and origins ("strings", "sequence"). */
	String name();

	/**
	 * A model learnt from {@code examples}, or {@code null} when they hold nothing to learn from;
	 * throws {@link org.eclipse.core.runtime.OperationCanceledException} soon after
	 * {@code monitor} is cancelled.
	 */
	byte[] train(List<Example> examples, IProgressMonitor monitor) throws IOException;

	/** A predictor for a model made by {@link #train}. */
	Predictor load(byte[] model) throws IOException;
}
