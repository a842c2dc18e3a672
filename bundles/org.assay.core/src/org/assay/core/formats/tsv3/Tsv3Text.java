package org.assay.core.formats.tsv3;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assay.core.Abbreviation;
import org.assay.core.Span;

/**
 * The text of a WebAnno TSV 3 file as INCEpTION and DKPro Core rebuild it from its sentences
 * ({@code #Text=} lines) — one after the other, a gap before a sentence filled with spaces, so
 * the token offsets stay those of the file — with its sentences and tokens, each token checked
 * against the text at its offsets.
 */
final class Tsv3Text {

	private final StringBuilder text = new StringBuilder();
	private final StringBuilder sentenceText = new StringBuilder();
	/** The sentences, from their text's start to its end. */
	final List<Span> sentences = new ArrayList<>();
	/** The tokens (not the sub-tokens), in order. */
	final List<Span> tokens = new ArrayList<>();
	private final Set<String> addresses = new HashSet<>();
	private int sentenceBegin = -1;

	/** A {@code #Text=} line of the sentence that begins, unescaped. */
	void sentenceLine(String line) {
		sentenceText.append(line).append('\n');
	}

	/**
	 * The sentence's text goes in at {@code begin}, its first token's offset.
	 *
	 * @throws IllegalArgumentException when it would start inside the sentence before
	 */
	void beginSentence(int begin, int lineNo) {
		if (text.length() > begin) {
			if (text.length() != begin + 1) {
				throw new IllegalArgumentException("line " + lineNo + ": the token starts at " + begin + ", inside the sentence before");
			}
			text.setLength(text.length() - 1);
		}
		while (text.length() < begin) {
			text.append(' ');
		}
		sentenceBegin = text.length();
		text.append(sentenceText);
		sentenceText.setLength(0);
	}

	/** The sentence begun last ends (before the line break its text ends with). */
	void endSentence() {
		sentences.add(new Span(sentenceBegin, text.length() - 1));
	}

	/**
	 * A token or sub-token at {@code address} ("1-2", "1-2.1"), which must cover {@code covered}.
	 *
	 * @return its index among the tokens (a sub-token's: its token's)
	 * @throws IllegalArgumentException when it is outside the sentence, not the text there, or a second one at its address
	 */
	int token(String address, Span at, String covered, boolean subToken, int lineNo) {
		if (at.end() < at.begin() || at.end() > text.length()) {
			throw new IllegalArgumentException("line " + lineNo + ": offsets " + at.begin() + "-" + at.end() + " are outside the sentence's text");
		}
		if (!text.substring(at.begin(), at.end()).equals(covered)) {
			throw new IllegalArgumentException("line " + lineNo + ": token '" + Abbreviation.ofInput(covered) + "' is not the text at " + at.begin()
					+ "-" + at.end() + " ('" + Abbreviation.ofInput(text.substring(at.begin(), at.end())) + "')");
		}
		if (!addresses.add(address)) {
			throw new IllegalArgumentException("line " + lineNo + ": token " + address + " appears twice");
		}
		if (!subToken) {
			tokens.add(at);
		}
		return tokens.size() - 1;
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
