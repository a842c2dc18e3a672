package org.assay.engines.ner;

/**
 * How a token travels through OpenNLP's name finder with what Assay knows about it: the
 * knowledge features, then a separator, then the word ("g=country:B p=PROPN\uE000Kenya"). The
 * feature generators of {@link AssayNameFinderFactory} read both halves; OpenNLP's own
 * generators see the word only. Features never contain the separator or a space.
 */
final class NameTokens {

	/** Separates features from the word (a private-use character). */
	static final char SEPARATOR = '\uE000';

	private NameTokens() {
	}

	static String encode(String word, String features) {
		return features + SEPARATOR + word;
	}

	/** The word of an encoded token (the token itself when it carries no features). */
	static String word(String token) {
		int i = token.indexOf(SEPARATOR);
		return i < 0 ? token : token.substring(i + 1);
	}

	/** The features of an encoded token, space separated ("" when it carries none). */
	static String features(String token) {
		int i = token.indexOf(SEPARATOR);
		return i < 0 ? "" : token.substring(0, i);
	}

	/** Whether an encoded token carries a gazetteer entry or a rule name ({@code g=} or {@code r=}). */
	static boolean hasKnowledge(String token) {
		int end = token.indexOf(SEPARATOR);
		for (int i = 0; i + 1 < end; i++) {
			char c = token.charAt(i);
			if ((c == 'g' || c == 'r') && token.charAt(i + 1) == '=' && (i == 0 || token.charAt(i - 1) == ' ')) {
				return true;
			}
		}
		return false;
	}
}
