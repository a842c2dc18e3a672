package org.assay.engines.recommend;

import java.util.List;

/**
 * What annotators decided in one document: the entities they confirmed (accepted, corrected or
 * made by hand) and the suggestions they rejected.
 *
 * @param id        the document id
 * @param text      the document's text
 * @param confirmed entities confirmed, in text order
 * @param rejected  suggestions rejected (negative evidence)
 */
public record TrainingDocument(String id, String text, List<LabeledSpan> confirmed, List<LabeledSpan> rejected) {
}
