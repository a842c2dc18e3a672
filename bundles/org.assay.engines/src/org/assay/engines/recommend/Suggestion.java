package org.assay.engines.recommend;

/**
 * An entity a recommender proposes.
 *
 * @param begin              first character
 * @param end                one past the last character
 * @param label              the label
 * @param confidence         how sure the recommender is, in [0, 1]
 * @param runnerUp           the recommender's second-best labelling of the span ("O": no
 *                           entity), or {@code null} when it does not say
 * @param runnerUpConfidence how sure it is of the runner-up
 */
public record Suggestion(int begin, int end, String label, double confidence, String runnerUp, double runnerUpConfidence) {

	/** A suggestion whose recommender says nothing of a runner-up. */
	public Suggestion(int begin, int end, String label, double confidence) {
		this(begin, end, label, confidence, null, 0);
	}
}
