package org.assay.engines.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.assay.core.lexicon.Lexicon;
import org.assay.type.Sentence;
import org.assay.type.Token;

/**
 * The document's tokens as flat arrays, for rule engines that scan back and forth cheaply.
 * Sentence {@code s} covers tokens {@code sentenceFirst[s] .. sentenceLast[s]} inclusive.
 */
public final class TokenView {

	public final String text;
	public final int size;
	public final int[] begin;
	public final int[] end;
	public final String[] word;
	/** Lower-case forms, computed once: rules compare words case-insensitively all the time. */
	private final String[] lowerWord;
	public final String[] pos;
	public final int[] sentenceOf;
	public final int[] sentenceFirst;
	public final int[] sentenceLast;

	/** The tokens and sentences of {@code jcas}. */
	public TokenView(JCas jcas) {
		text = jcas.getDocumentText();
		List<Token> tokens = jcas.select(Token.class).asList();
		List<Sentence> sentences = jcas.select(Sentence.class).asList();
		size = tokens.size();
		begin = new int[size];
		end = new int[size];
		word = new String[size];
		lowerWord = new String[size];
		pos = new String[size];
		sentenceOf = new int[size];
		sentenceFirst = new int[sentences.size()];
		sentenceLast = new int[sentences.size()];
		for (int i = 0; i < size; i++) {
			Token t = tokens.get(i);
			begin[i] = t.getBegin();
			end[i] = t.getEnd();
			word[i] = t.getCoveredText();
			lowerWord[i] = word[i].toLowerCase(Locale.ROOT);
			pos[i] = t.getPos() == null ? "X" : t.getPos();
		}
		int s = 0;
		for (int i = 0; i < sentences.size(); i++) {
			sentenceFirst[i] = -1;
			sentenceLast[i] = -2;
		}
		for (int i = 0; i < size; i++) {
			while (s < sentences.size() - 1 && begin[i] >= sentences.get(s).getEnd()) {
				s++;
			}
			sentenceOf[i] = s;
			if (sentenceFirst[s] < 0) {
				sentenceFirst[s] = i;
			}
			sentenceLast[s] = i;
		}
	}

	/** Number of sentences. */
	public int sentences() {
		return sentenceFirst.length;
	}

	/** Whether token {@code i} starts its sentence (after an opening quote too). */
	public boolean isSentenceStart(int i) {
		return i == sentenceFirst[sentenceOf[i]] || (i > 0 && isOpeningQuote(i - 1) && i - 1 == sentenceFirst[sentenceOf[i]]);
	}

	/** Whether token {@code i} starts with a capital letter. */
	public boolean isCapitalized(int i) {
		String w = word[i];
		return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
	}

	/** Whether token {@code i} has two or more letters, all capitals ("AFP", "U.N."). */
	public boolean isAllCaps(int i) {
		String w = word[i];
		int letters = 0;
		for (int k = 0; k < w.length(); k++) {
			char c = w.charAt(k);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters >= 2;
	}

	/** Whether token {@code i} opens a quotation. */
	public boolean isOpeningQuote(int i) {
		String w = word[i];
		return w.equals("\u201C") || w.equals("\u2018") || (w.equals("\"") && opensStraightQuote(i));
	}

	private boolean opensStraightQuote(int i) {
		return i + 1 < size && begin[i + 1] == end[i] && (i == 0 || begin[i] > end[i - 1] || isSentenceStart(i));
	}

	/** Whether token {@code i} is a quotation mark of any kind. */
	public boolean isQuote(int i) {
		String w = word[i];
		return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("\u2018")
				|| w.equals("\u2019") || w.equals("''") || w.equals("``");
	}

	/** Covered text between two token indexes, inclusive, with white space folded. */
	public String span(int from, int to) {
		return Lexicon.fold(text.substring(begin[from], end[to]));
	}

	/** Token {@code i} in lower case (computed once). */
	public String lower(int i) {
		return lowerWord[i];
	}

	/** Whether token {@code i} exists and its lower-case form is in {@code words}. */
	public boolean in(int i, Set<String> words) {
		return i >= 0 && i < size && words.contains(lower(i));
	}

	/** Whether token {@code i} exists and its lower-case form is one of {@code words}. */
	public boolean is(int i, String... words) {
		if (i < 0 || i >= size) {
			return false;
		}
		String l = lower(i);
		for (String w : words) {
			if (l.equals(w)) {
				return true;
			}
		}
		return false;
	}
}
