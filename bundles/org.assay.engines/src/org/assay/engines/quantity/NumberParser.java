package org.assay.engines.quantity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.assay.core.lexicon.Lexicon;

/** Reads "5,000", "2.5", "twenty", "twenty-five", "350,000" as numbers. */
public final class NumberParser {

	private static final Map<String, Integer> WORDS = values("number-words.txt", Integer::valueOf);
	private static final Map<String, Double> MULTIPLIERS = values("multipliers.txt", Double::valueOf);

	private static <V> Map<String, V> values(String file, Function<String, V> parse) {
		Map<String, V> map = new HashMap<>();
		Lexicon.pairs(NumberParser.class, file).forEach((k, v) -> map.put(k, parse.apply(v)));
		return Map.copyOf(map);
	}

	private NumberParser() {
	}

	/** The value of a single token, or NaN if it is not a number. */
	public static double parse(String token) {
		String t = token.toLowerCase(Locale.ROOT);
		Integer w = WORDS.get(t);
		if (w != null) {
			return w;
		}
		int dash = t.indexOf('-');
		if (dash > 0) {
			Integer tens = WORDS.get(t.substring(0, dash));
			Integer units = WORDS.get(t.substring(dash + 1));
			if (tens != null && units != null && tens >= 20 && units < 10) {
				return tens + units;
			}
		}
		if (t.isEmpty() || !(Character.isDigit(t.charAt(0)))) {
			return Double.NaN;
		}
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (Character.isDigit(c) || c == '.') {
				digits.append(c);
			} else if (c == ',' && i + 3 < t.length() + 1 && i > 0) {
				continue;
			} else {
				return Double.NaN;
			}
		}
		try {
			return Double.parseDouble(digits.toString());
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	/** Multiplier word ("thousand", "million") value, or NaN. */
	public static double multiplier(String token) {
		Double m = MULTIPLIERS.get(token.toLowerCase(Locale.ROOT));
		return m == null ? Double.NaN : m;
	}

	/** Whether a token reads as a number. */
	public static boolean isNumber(String token) {
		return !Double.isNaN(parse(token));
	}
}
