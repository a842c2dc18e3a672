package org.assay.core.agreement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A coding study kept as counts: each distinct row of codes (one per rater, e.g. PERSON, PERSON,
 * O) and how many items have it. Cohen's kappa, Fleiss' kappa and Krippendorff's alpha (nominal)
 * depend on the items only through these counts, so they are computed here in time and memory
 * that grow with the number of distinct rows (a few hundred), not of items (a token each, millions
 * in a corpus) — with DKPro Agreement's definitions and its handling of edge cases (a study with
 * fewer than two categories has no figure), which tests compare on random studies.
 */
final class CodingCounts {

	private final int raters;
	private final Map<Row, long[]> rows = new LinkedHashMap<>();
	private long items;

	/** A row of codes, one per rater. */
	private record Row(String[] codes) {
		@Override
		public boolean equals(Object o) {
			return o instanceof Row r && Arrays.equals(codes, r.codes);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(codes);
		}
	}

	CodingCounts(int raters) {
		this.raters = raters;
	}

	/** Adds {@code times} items coded {@code codes} (one per rater, none null). */
	void add(String[] codes, long times) {
		if (codes.length != raters) {
			throw new IllegalArgumentException("an item needs one code per rater (" + raters + ")");
		}
		rows.computeIfAbsent(new Row(codes.clone()), r -> new long[1])[0] += times;
		items += times;
	}

	/** Adds every item of {@code other}. */
	void addAll(CodingCounts other) {
		other.rows.forEach((row, n) -> add(row.codes(), n[0]));
	}

	long items() {
		return items;
	}

	/** The study of two raters only (Cohen's kappa is pairwise). */
	CodingCounts raters(int a, int b) {
		CodingCounts pair = new CodingCounts(2);
		rows.forEach((row, n) -> pair.add(new String[] { row.codes()[a], row.codes()[b] }, n[0]));
		return pair;
	}

	/** The study with every code other than {@code label} replaced by {@code other}. */
	CodingCounts binary(String label, String other) {
		CodingCounts binary = new CodingCounts(raters);
		rows.forEach((row, n) -> {
			String[] codes = new String[raters];
			for (int r = 0; r < raters; r++) {
				codes[r] = label.equals(row.codes()[r]) ? label : other;
			}
			binary.add(codes, n[0]);
		});
		return binary;
	}

	private TreeSet<String> categories() {
		TreeSet<String> categories = new TreeSet<>();
		rows.keySet().forEach(row -> categories.addAll(Arrays.asList(row.codes())));
		return categories;
	}

	/** Per row, how many raters gave each category. */
	private static Map<String, Integer> perCategory(String[] codes) {
		Map<String, Integer> counts = new HashMap<>();
		for (String c : codes) {
			counts.merge(c, 1, Integer::sum);
		}
		return counts;
	}

	/** Observed agreement: the share of agreeing rater pairs per item, averaged (DKPro's CodingAgreementMeasure). */
	private double observedAgreement() {
		if (categories().size() <= 1) {
			return Double.NaN; // DKPro: "needs at least two different categories"
		}
		double sum = 0;
		for (Map.Entry<Row, long[]> e : rows.entrySet()) {
			double agreeing = 0;
			for (int n : perCategory(e.getKey().codes()).values()) {
				agreeing += n * (n - 1);
			}
			sum += e.getValue()[0] * (agreeing / (raters - 1.0));
		}
		return sum / ((double) items * raters);
	}

	private static double chanceCorrected(double observed, double expected) {
		if (Double.isNaN(observed) || Double.isNaN(expected)) {
			return Double.NaN;
		}
		return expected == 0.0 ? observed : (observed - expected) / (1.0 - expected);
	}

	/** Cohen's kappa of a two-rater study. */
	double cohen() {
		if (raters != 2) {
			throw new IllegalStateException("Cohen's kappa needs two raters");
		}
		if (items == 0) {
			return Double.NaN;
		}
		Map<String, long[]> perRater = new HashMap<>();
		rows.forEach((row, n) -> {
			for (int r = 0; r < 2; r++) {
				perRater.computeIfAbsent(row.codes()[r], c -> new long[2])[r] += n[0];
			}
		});
		BigDecimal expected = BigDecimal.ZERO;
		for (long[] counts : perRater.values()) {
			expected = expected.add(new BigDecimal(counts[0]).multiply(new BigDecimal(counts[1])));
		}
		expected = expected.divide(new BigDecimal(items).pow(2), MathContext.DECIMAL128);
		return chanceCorrected(observedAgreement(), expected.doubleValue());
	}

	/** Fleiss' kappa. */
	double fleiss() {
		if (items == 0) {
			return Double.NaN;
		}
		Map<String, BigDecimal> probability = new HashMap<>();
		rows.forEach((row, n) -> perCategory(row.codes()).forEach((category, count) -> probability.merge(category,
				new BigDecimal(count).multiply(new BigDecimal(n[0])).divide(new BigDecimal(raters), MathContext.DECIMAL128), BigDecimal::add)));
		BigDecimal expected = BigDecimal.ZERO;
		for (BigDecimal p : probability.values()) {
			expected = expected.add(p.pow(2));
		}
		expected = expected.divide(new BigDecimal(items).pow(2), MathContext.DECIMAL128);
		return chanceCorrected(observedAgreement(), expected.doubleValue());
	}

	/** Krippendorff's alpha with the nominal distance, from the coincidence matrix. */
	double alphaNominal() {
		if (items == 0) {
			return Double.NaN;
		}
		// coincidences: per item, every ordered pair of different raters, weighted 1/(raters - 1)
		Map<String, Double> marginals = new HashMap<>();
		double disagreeing = 0;
		double total = 0;
		for (Map.Entry<Row, long[]> e : rows.entrySet()) {
			Map<String, Integer> counts = perCategory(e.getKey().codes());
			double w = e.getValue()[0] / (raters - 1.0);
			for (Map.Entry<String, Integer> c : counts.entrySet()) {
				for (Map.Entry<String, Integer> k : counts.entrySet()) {
					double pairs = c.getKey().equals(k.getKey()) ? c.getValue() * (c.getValue() - 1.0) : (double) c.getValue() * k.getValue();
					double o = pairs * w;
					marginals.merge(c.getKey(), o, Double::sum);
					total += o;
					if (!c.getKey().equals(k.getKey())) {
						disagreeing += o;
					}
				}
			}
		}
		double observed = disagreeing / total;
		if (categories().size() <= 1) {
			return Double.NaN;
		}
		double expected = 0;
		for (Map.Entry<String, Double> c : marginals.entrySet()) {
			for (Map.Entry<String, Double> k : marginals.entrySet()) {
				if (!c.getKey().equals(k.getKey())) {
					expected += c.getValue() * k.getValue();
				}
			}
		}
		expected /= total * (total - 1.0);
		return observed == expected ? 0.0 : 1.0 - observed / expected;
	}
}
