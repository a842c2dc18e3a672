package org.assay.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens for a text whose layer carries none (an imported layer, a hand-made document): runs of
 * letters and digits with an apostrophe part ("don't", "Mali's"), and every other non-space
 * character on its own.
 */
public final class FallbackTokens {

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019]\\p{L}+)?|\\S");

	private FallbackTokens() {
	}

	/** The tokens of {@code text} in order. */
	public static List<Span> of(String text) {
		List<Span> spans = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			spans.add(new Span(m.start(), m.end()));
		}
		return spans;
	}
}
