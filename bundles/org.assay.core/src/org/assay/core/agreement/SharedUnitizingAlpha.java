package org.assay.core.agreement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationUnit;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/**
 * Krippendorff's unitizing alpha as DKPro Agreement defines and computes it, with the expected
 * disagreement in O(n log n) instead of DKPro's O(units × gaps), and each category's observed
 * and expected disagreement computed once and shared by the overall and per-category figures.
 * <p>
 * Krippendorff's expected disagreement for a category c sums, over its units u of length l,
 * {@code (N_c - 1)(2l³ - 3l² + l)/3 + l² Σ_{gaps g ≥ l} (g - l + 1)}, where the gaps are the
 * stretches of the continuum each rater left without a unit of c. The inner sum over gaps is
 * {@code S(l) - (l - 1) C(l)} with C(l) the number and S(l) the total length of gaps of at least
 * l — suffix sums over the sorted gap lengths, found by binary search. Units of equal length
 * contribute equally, so they are counted once per length. Every term is formed with the same
 * arithmetic as DKPro's (the same doubles, the same {@link BigDecimal} operations and
 * {@link MathContext#DECIMAL128} divisions), so the result is DKPro's to the last bit; tests
 * compare both on random studies. The observed disagreement is DKPro's own code (linear).
 */
final class SharedUnitizingAlpha extends KrippendorffAlphaUnitizingAgreement {

	private static final BigDecimal THREE = new BigDecimal(3);

	/** Studies with more units than this compute their categories in parallel. */
	private static final int PARALLEL_UNITS = 20_000;

	private final Map<Object, Double> observed = new ConcurrentHashMap<>();
	private final Map<Object, Double> expected = new ConcurrentHashMap<>();

	SharedUnitizingAlpha(IUnitizingAnnotationStudy study) {
		super(study);
		List<Object> categories = new ArrayList<>();
		study.getCategories().forEach(categories::add);
		// categories in parallel only where it pays: one document's few hundred units are done
		// sooner on one thread than handed to the common pool, busy with reading the next documents
		(study.getUnitCount() > PARALLEL_UNITS ? categories.parallelStream() : categories.stream()).forEach(c -> {
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
		return expected.computeIfAbsent(category, c -> expectedDisagreement(study, c));
	}

	/** Krippendorff's expected disagreement of {@code category} in {@code study}, as DKPro computes it, in O(n log n). */
	static double expectedDisagreement(IUnitizingAnnotationStudy study, Object category) {
		long b = study.getContinuumBegin();
		long l = study.getContinuumLength();
		int r = study.getRaterCount();
		List<List<IUnitizingAnnotationUnit>> byRater = new ArrayList<>();
		for (int i = 0; i < r; i++) {
			byRater.add(new ArrayList<>());
		}
		int nc = 0;
		long squaredLengths = 0;
		TreeMap<Long, Integer> lengths = new TreeMap<>(); // unit length -> how many units have it
		for (IUnitizingAnnotationUnit unit : study.getUnits()) {
			if (category.equals(unit.getCategory())) {
				nc++;
				squaredLengths += unit.getLength() * (unit.getLength() - 1);
				lengths.merge(unit.getLength(), 1, Integer::sum);
				byRater.get(unit.getRaterIdx()).add(unit);
			}
		}
		// the gaps each rater left, walked as DKPro walks them (units in the study's order)
		long[] gaps = new long[16];
		int gapCount = 0;
		for (List<IUnitizingAnnotationUnit> units : byRater) {
			long offset = b;
			long length = 0;
			long pos = b;
			int next = 0;
			while (pos < b + l) {
				if (pos == offset + length) {
					IUnitizingAnnotationUnit unit = next < units.size() ? units.get(next) : null;
					if (unit != null && pos == unit.getOffset()) {
						length = unit.getLength();
						next++;
					} else {
						length = (unit != null ? unit.getOffset() : b + l) - pos;
						if (gapCount == gaps.length) {
							gaps = Arrays.copyOf(gaps, 2 * gapCount);
						}
						gaps[gapCount++] = length;
					}
					offset = pos;
				}
				if (length == 0) { // DKPro would walk on the spot forever
					throw new IllegalArgumentException("an empty unit at " + pos);
				}
				// (overlapping units of one rater give a negative "gap", as in DKPro, which no unit fits)
				pos = offset + length;
			}
		}
		gaps = Arrays.copyOf(gaps, gapCount);
		Arrays.sort(gaps);
		// suffix sums: from index i on, the total length of the gaps
		BigDecimal[] suffix = new BigDecimal[gapCount + 1];
		suffix[gapCount] = BigDecimal.ZERO;
		long running = 0;
		for (int i = gapCount - 1; i >= 0; i--) {
			running = Math.addExact(running, gaps[i]);
			suffix[i] = BigDecimal.valueOf(running);
		}

		BigDecimal result = BigDecimal.ZERO;
		for (Map.Entry<Long, Integer> e : lengths.entrySet()) {
			long length1 = e.getKey();
			BigDecimal units = BigDecimal.valueOf(e.getValue());
			BigDecimal sum1 = new BigDecimal((nc - 1.0) * (2.0 * length1 * length1 * length1 - 3.0 * length1 * length1 + length1))
					.divide(THREE, MathContext.DECIMAL128);
			int first = firstAtLeast(gaps, length1);
			long count = gapCount - first;
			// Σ (g - l + 1) over gaps g ≥ l = (their total) - (l - 1)·(their number)
			BigDecimal sum2 = suffix[first].subtract(BigDecimal.valueOf(length1 - 1).multiply(BigDecimal.valueOf(count)));
			sum2 = sum2.multiply(new BigDecimal(length1 * length1));
			result = result.add(sum1.add(sum2).multiply(units));
		}
		result = result.multiply(new BigDecimal(2).divide(new BigDecimal(l), MathContext.DECIMAL128));
		result = result.divide(new BigDecimal(r * l * (r * l - 1)).subtract(new BigDecimal(squaredLengths)), MathContext.DECIMAL128);
		return result.doubleValue();
	}

	/** The index of the first of the ascending {@code values} that is at least {@code min} ({@code values.length} if none). */
	private static int firstAtLeast(long[] values, long min) {
		int lo = 0;
		int hi = values.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (values[mid] < min) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
