package org.assay.core;

/**
 * A stretch of a document's text in UTF-16 offsets (Java string offsets), end exclusive.
 *
 * @param begin first character
 * @param end   one past the last character
 */
public record Span(int begin, int end) {

	/** Number of characters covered. */
	public int length() {
		return end - begin;
	}

	/** The covered text of {@code text}. */
	public String of(String text) {
		return text.substring(begin, end);
	}
}
