package org.assay.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/**
 * DKPro's unitizing alpha, with each category's observed and expected disagreement computed once
 * and shared by the overall figure and the per-category figures (DKPro derives both from them;
 * the expected part is quadratic in the number of units, so computing it twice doubled the cost).
 * Categories are computed in parallel. The numbers are DKPro's own: the same methods run.
 */
final class SharedUnitizingAlpha extends KrippendorffAlphaUnitizingAgreement {

	private final Map<Object, Double> observed = new ConcurrentHashMap<>();
	private final Map<Object, Double> expected = new ConcurrentHashMap<>();

	SharedUnitizingAlpha(IUnitizingAnnotationStudy study) {
		super(study);
		List<Object> categories = new ArrayList<>();
		study.getCategories().forEach(categories::add);
		categories.parallelStream().forEach(c -> {
			calculateObservedCategoryDisagreement(c);
			calculateExpectedCategoryDisagreement(c);
		});
	}

	@Override
	protected double calculateObservedCategoryDisagreement(Object category) {
		return observed.computeIfAbsent(category, c -> super.calculateObservedCategoryDisagreement(c));
	}

	@Override
	protected double calculateExpectedCategoryDisagreement(Object category) {
		return expected.computeIfAbsent(category, c -> super.calculateExpectedCategoryDisagreement(c));
	}
}
