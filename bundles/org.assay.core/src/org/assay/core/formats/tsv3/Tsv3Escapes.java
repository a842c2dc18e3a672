package org.assay.core.formats.tsv3;

/**
 * How WebAnno TSV 3 escapes what would break its columns: feature values with their special
 * characters behind a backslash, sentence text with its control characters escaped (TSV 3.2 and
 * later; 3.1 wrote backslashes as they were).
 */
final class Tsv3Escapes {

	private static final String[] VALUE_SPECIAL = { "\\", "[", "]", "|", "_", "->", ";", "\t", "\n", "*" };
	private static final String[] VALUE_ESCAPED = { "\\\\", "\\[", "\\]", "\\|", "\\_", "\\->", "\\;", "\\t", "\\n", "\\*" };

	private Tsv3Escapes() {
	}

	/** A feature value as TSV 3 writes it: its special characters behind a backslash. */
	static String escapeValue(String v) {
		return replaceEach(v, VALUE_SPECIAL, VALUE_ESCAPED);
	}

	/** The inverse of {@link #escapeValue}. */
	static String unescapeValue(String v) {
		return replaceEach(v, VALUE_ESCAPED, VALUE_SPECIAL);
	}

	/** A line of sentence text as TSV 3.2+ writes it: backslash, tab, CR, FF, BS and other controls escaped. */
	static String escapeText(String line) {
		StringBuilder b = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			switch (c) {
			case '\\' -> b.append("\\\\");
			case '\t' -> b.append("\\t");
			case '\r' -> b.append("\\r");
			case '\f' -> b.append("\\f");
			case '\b' -> b.append("\\b");
			default -> {
				if (c < 32 && (c < 8 || c > 13)) {
					b.append('\\');
				}
				b.append(c);
			}
			}
		}
		return b.toString();
	}

	/** The inverse of {@link #escapeText}; {@code v31}: a TSV 3.1 file, whose backslashes before other characters are text. */
	static String unescapeText(String line, boolean v31) {
		StringBuilder b = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != '\\' || i + 1 == line.length()) {
				b.append(c);
				continue;
			}
			char next = line.charAt(++i);
			switch (next) {
			case 't' -> b.append('\t');
			case 'n' -> b.append('\n');
			case 'r' -> b.append('\r');
			case 'f' -> b.append('\f');
			case 'b' -> b.append('\b');
			case '\\' -> b.append('\\');
			default -> {
				if (v31 || next >= 32 || (next > 7 && next < 14)) {
					b.append('\\');
				}
				b.append(next);
			}
			}
		}
		return b.toString();
	}

	/** Replaces, left to right, the longest of {@code from} found at each position by its counterpart in {@code to}. */
	private static String replaceEach(String s, String[] from, String[] to) {
		StringBuilder b = new StringBuilder(s.length());
		int i = 0;
		outer: while (i < s.length()) {
			for (int k = 0; k < from.length; k++) {
				if (s.startsWith(from[k], i)) {
					b.append(to[k]);
					i += from[k].length();
					continue outer;
				}
			}
			b.append(s.charAt(i++));
		}
		return b.toString();
	}
}
