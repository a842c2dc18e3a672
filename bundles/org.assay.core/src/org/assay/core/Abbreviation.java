package org.assay.core;

/** Shortens text for one-line displays: labels of edits, table cells, command-line reports. */
public final class Abbreviation {

	private Abbreviation() {
	}

	/** {@code s} itself when it has at most {@code max} characters, else its start and "...". */
	public static String of(String s, int max) {
		return s.length() <= max ? s : s.substring(0, Math.max(0, max - 3)) + "...";
	}

	/** A piece of a file quoted in a message: control characters as '?', at most 60 characters. */
	public static String ofInput(String s) {
		return of(s.replaceAll("\\p{Cntrl}", "?"), 60);
	}
}
