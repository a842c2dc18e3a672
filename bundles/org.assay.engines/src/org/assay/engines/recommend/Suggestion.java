package org.assay.engines.recommend;

/**
 * An entity a recommender proposes.
 *
 * @param begin      first character
 * @param end        one past the last character
 * @param label      the label
 * @param confidence how sure the recommender is, in [0, 1]
 */
public record Suggestion(int begin, int end, String label, double confidence) {
}
