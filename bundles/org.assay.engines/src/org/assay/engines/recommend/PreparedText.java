package org.assay.engines.recommend;

import java.util.Arrays;

import org.apache.uima.jcas.JCas;
import org.assay.engines.internal.TokenView;
import org.assay.engines.ner.NameKnowledge;

/**
 * A document as recommenders read it: its tokens and sentences, and each token encoded with
 * what Assay knows about it (the features of the statistical name recogniser). Made from a
 * JCas that went through the segmenter, the POS tagger and the rule recogniser, both when
 * training and when suggesting, so both see the same features.
 */
public final class PreparedText {

	final String text;
	final int[] begin;
	final int[] end;
	final int[] sentenceFirst;
	final int[] sentenceLast;
	private final int[] sentenceOfToken;
	final String[] encoded;

	private PreparedText(TokenView t, NameKnowledge knowledge) {
		this.text = t.text;
		this.begin = t.begin.clone();
		this.end = t.end.clone();
		this.sentenceFirst = t.sentenceFirst.clone();
		this.sentenceLast = t.sentenceLast.clone();
		this.sentenceOfToken = t.sentenceOf.clone();
		this.encoded = t.size == 0 ? new String[0] : knowledge.tokens(0, t.size - 1);
	}

	/** The prepared form of an annotated JCas (tokens with POS, sentences, the rule recogniser's names). */
	public static PreparedText of(JCas jcas) {
		return new PreparedText(new TokenView(jcas), NameKnowledge.of(jcas));
	}

	/** Number of tokens. */
	int size() {
		return begin.length;
	}

	/** Number of sentences (some may hold no token: {@code sentenceFirst} is then negative). */
	int sentences() {
		return sentenceFirst.length;
	}

	/** The last token ending at {@code offset}, or -1. */
	int tokenEndingAt(int offset) {
		int i = Arrays.binarySearch(end, offset);
		return i >= 0 ? i : -1;
	}

	/** The first token that ends after {@code offset}, or -1. */
	int firstTokenEndingAfter(int offset) {
		int i = Arrays.binarySearch(end, offset + 1);
		int at = i >= 0 ? i : -i - 1;
		return at < end.length ? at : -1;
	}

	/** The last token that starts before {@code offset}, or -1. */
	int lastTokenStartingBefore(int offset) {
		int i = Arrays.binarySearch(begin, offset);
		return (i >= 0 ? i : -i - 1) - 1;
	}

	/** The sentence of token {@code i}. */
	int sentenceOf(int i) {
		return sentenceOfToken[i];
	}

	/** The encoded tokens of sentence {@code s}. */
	String[] sentence(int s) {
		return Arrays.copyOfRange(encoded, sentenceFirst[s], sentenceLast[s] + 1);
	}
}
