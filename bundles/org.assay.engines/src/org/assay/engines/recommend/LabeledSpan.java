package org.assay.engines.recommend;

/**
 * A labelled stretch of a document's text.
 *
 * @param begin first character
 * @param end   one past the last character
 * @param label the entity label (any label of the corpus's tagset)
 */
public record LabeledSpan(int begin, int end, String label) {
}
