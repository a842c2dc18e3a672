package org.assay.engines.quantity;

import java.util.Map;

/** Reads "5,000", "2.5", "twenty", "twenty-five", "350,000" as numbers. */
public final class NumberParser {

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
			Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
			Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
			Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
			Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
			Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
			Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
			Map.entry("dozen", 12));

	private static final Map<String, Double> MULTIPLIERS = Map.of("hundred", 100d, "thousand", 1_000d, "million",
			1_000_000d, "billion", 1_000_000_000d, "trillion", 1_000_000_000_000d, "m", 1_000_000d, "bn", 1_000_000_000d);

	private NumberParser() {
	}

	/** The value of a single token, or NaN if it is not a number. */
	public static double parse(String token) {
		String t = token.toLowerCase(java.util.Locale.ROOT);
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
		Double m = MULTIPLIERS.get(token.toLowerCase(java.util.Locale.ROOT));
		return m == null ? Double.NaN : m;
	}

	public static boolean isNumber(String token) {
		return !Double.isNaN(parse(token));
	}
}
