package org.assay.core.agreement;

import java.util.List;
import java.util.Map;

/**
 * Agreement for one scope (one document or the whole corpus).
 *
 * @param scope document id, or "corpus"
 * @param annotators the annotators compared, in order
 * @param tokens coded units (tokens)
 * @param cohen pairwise Cohen's kappa on token labels, keyed "a|b"
 * @param fleiss Fleiss' kappa on token labels
 * @param alpha Krippendorff's alpha (nominal) on token labels
 * @param unitizingAlpha Krippendorff's unitizing alpha on entity spans (characters)
 * @param perLabel label → {cohen pairs..., fleiss, alpha, unitizingAlpha} for that label against the rest
 */
public record AgreementFigures(String scope, List<String> annotators, int tokens, Map<String, Double> cohen,
		double fleiss, double alpha, double unitizingAlpha, Map<String, LabelFigures> perLabel) {

	/** Figures for one label (binary: this label or not). */
	public record LabelFigures(Map<String, Double> cohen, double fleiss, double alpha, double unitizingAlpha) {
	}
}
