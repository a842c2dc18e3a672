package org.assay.engines.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.core.lexicon.Lexicon;

/**
 * Turns a numeric expression, given as its words, into an interval: "at least around 20" →
 * [20, inf), "around 50" → [45, 55], "36 to 40" → [36, 40], "dozens" → [24, 99].
 * Hedged figures ("around", "about") get a ±10% band, as reporters round to that precision.
 */
public final class QuantityNormalizer {

	/** Vague plurals and the interval they stand for. */
	static final Map<String, Interval> VAGUE = vague();
	/** First words of the vague phrases that go on with "of": "tens" of "tens of thousands". */
	static final Set<String> VAGUE_BEFORE_OF = VAGUE.keySet().stream().filter(v -> v.contains(" of "))
			.map(v -> v.substring(0, v.indexOf(' '))).collect(Collectors.toUnmodifiableSet());
	/** Words and dashes between the two figures of a range. */
	static final Set<String> RANGE_SEPARATORS = Lexicon.words(QuantityNormalizer.class, "range-separators.txt");

	private static Map<String, Interval> vague() {
		Map<String, Interval> map = new HashMap<>();
		Lexicon.pairs(QuantityNormalizer.class, "vague-quantities.txt").forEach((words, range) -> {
			String[] bounds = range.split(" ");
			map.put(words, new Interval(Double.parseDouble(bounds[0]), Double.parseDouble(bounds[1]), true));
		});
		return Map.copyOf(map);
	}

	private QuantityNormalizer() {
	}

	/** @return the interval, or null when the words hold no number */
	public static Interval normalize(List<String> input) {
		List<String> words = new ArrayList<>(input.size() + 2);
		for (String w : input) {
			int dash = w.indexOf('-');
			if (dash > 0 && dash < w.length() - 1 && Character.isDigit(w.charAt(0))
					&& Character.isDigit(w.charAt(dash + 1))) {
				words.add(w.substring(0, dash));
				words.add("-");
				words.add(w.substring(dash + 1));
			} else {
				words.add(w);
			}
		}
		String joined = String.join(" ", words).toLowerCase(Locale.ROOT).replace("  ", " ");
		boolean atLeast = false;
		boolean atMost = false;
		boolean approx = false;
		boolean nearly = false;
		int i = 0;
		int n = words.size();
		while (i < n) {
			Modifiers.Match m = Modifiers.startingAt(words, i);
			if (m == null || m.meaning() == Modifiers.Meaning.RANGE) {
				break; // the figures start here ("between" is read with them)
			}
			switch (m.meaning()) {
			case AT_LEAST -> atLeast = true;
			case AT_MOST -> atMost = true;
			case ABOUT -> approx = true;
			case NEARLY -> nearly = true;
			case ABOUT_UNBOUNDED -> {
				atLeast = false;
				approx = true;
			}
			case UNREAD -> {
				return null;
			}
			}
			i += m.words();
		}
		String rest = joined;
		for (int k = 0; k < i && k < n; k++) {
			rest = rest.substring(Math.min(rest.length(), words.get(k).length() + 1));
		}
		rest = rest.strip();
		Interval vague = VAGUE.get(rest);
		if (vague == null && rest.startsWith("a ")) {
			vague = rest.equals("a dozen") ? new Interval(12, 12, true) : null;
		}
		Interval base;
		if (vague != null) {
			base = vague;
		} else {
			double[] range = range(words.subList(Math.min(i, n), n));
			if (range == null) {
				return null;
			}
			base = new Interval(range[0], range[1], false);
		}
		double low = base.low();
		double high = base.high();
		boolean approximate = base.approximate() || approx || nearly;
		if (approx && vague == null && low == high) {
			double band = Math.max(1, Math.round(low * 0.1));
			low = low - band;
			high = high + band;
		}
		if (nearly) {
			low = Math.floor(base.low() * 0.9);
			high = base.high();
		}
		if (atLeast) {
			return new Interval(base.low(), Double.POSITIVE_INFINITY, approximate);
		}
		if (atMost) {
			return new Interval(0, base.high(), approximate);
		}
		return new Interval(low, high, approximate);
	}

	/** "36 to 40", "36-40", "between 36 and 40", "5,000", "2.5 million", "twenty-five". */
	private static double[] range(List<String> words) {
		int n = words.size();
		Modifiers.Match opening = n > 0 ? Modifiers.startingAt(words, 0) : null;
		int k = opening != null && opening.meaning() == Modifiers.Meaning.RANGE ? opening.words() : 0;
		double first = Double.NaN;
		double second = Double.NaN;
		int idx = k;
		double[] v = number(words, idx);
		if (v == null) {
			return null;
		}
		first = v[0];
		idx = (int) v[1];
		if (idx < n) {
			String sep = words.get(idx).toLowerCase(Locale.ROOT);
			if (RANGE_SEPARATORS.contains(sep)) {
				double[] w = number(words, idx + 1);
				if (w != null) {
					second = w[0];
				}
			}
		}
		if (Double.isNaN(second)) {
			return new double[] { first, first };
		}
		return new double[] { Math.min(first, second), Math.max(first, second) };
	}

	/** Number starting at word {@code i}: {value, index after it}, or null. */
	private static double[] number(List<String> words, int i) {
		if (i >= words.size()) {
			return null;
		}
		String w = words.get(i);
		int dash = w.indexOf('-');
		if (dash > 0 && Character.isDigit(w.charAt(0)) && dash < w.length() - 1 && Character.isDigit(w.charAt(dash + 1))) {
			double a = NumberParser.parse(w.substring(0, dash));
			return Double.isNaN(a) ? null : new double[] { a, i + 1 };
		}
		double value = NumberParser.parse(w);
		if (Double.isNaN(value)) {
			return null;
		}
		int j = i + 1;
		while (j < words.size()) {
			double m = NumberParser.multiplier(words.get(j));
			if (Double.isNaN(m)) {
				break;
			}
			value *= m;
			j++;
		}
		return new double[] { value, j };
	}
}
