package org.assay.core.review;

import java.util.HashMap;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.assay.type.Token;

/**
 * The tokens of an open layer, held as plain arrays instead of feature structures. A realistic
 * layer carries four tokens for every annotation a person reviews; as CAS feature structures
 * they cost about 95 bytes each (object, index entries), as arrays 12. The editor takes them
 * out of the CAS when it opens a layer and puts them back, identical, only while the layer is
 * written.
 */
public final class DetachedTokens {

	private final int[] begins;
	private final int[] ends;
	private final String[] pos;
	private final String text;

	private DetachedTokens(int[] begins, int[] ends, String[] pos, String text) {
		this.begins = begins;
		this.ends = ends;
		this.pos = pos;
		this.text = text;
	}

	/** Removes every token from {@code jcas}'s indexes and returns them. */
	public static DetachedTokens detach(JCas jcas) {
		int n = (int) jcas.select(Token.class).count();
		int[] begins = new int[n];
		int[] ends = new int[n];
		String[] pos = new String[n];
		Map<String, String> shared = new HashMap<>();
		int i = 0;
		for (Token t : jcas.select(Token.class)) {
			begins[i] = t.getBegin();
			ends[i] = t.getEnd();
			pos[i] = t.getPos() == null ? null : shared.computeIfAbsent(t.getPos(), k -> k);
			i++;
		}
		if (n > 0) {
			jcas.removeAllIncludingSubtypes(Token.type);
		}
		return new DetachedTokens(begins, ends, pos, jcas.getDocumentText());
	}

	/** Tokens read apart from their layer's CAS (see {@link org.assay.core.corpus.Corpus#readLayerWithoutTokens}). */
	public static DetachedTokens of(org.assay.core.io.LayerCache.Tokens tokens, String text) {
		return new DetachedTokens(tokens.begins(), tokens.ends(), tokens.pos(), text);
	}

	/** Number of tokens held. */
	public int size() {
		return begins.length;
	}

	/** Token boundaries for snapping and growing spans (the text's own split if there are none). */
	public TokenSpans spans() {
		return begins.length > 0 ? new TokenSpans(begins, ends) : TokenSpans.ofText(text);
	}

	/** What {@link #whileAttached} runs. */
	@FunctionalInterface
	public interface Action<E extends Exception> {
		void run() throws E;
	}

	/**
	 * Runs {@code action} (e.g. writing the layer) with the tokens back in {@code jcas}, in their
	 * original order, and takes them out again afterwards, also when the action fails.
	 */
	public <E extends Exception> void whileAttached(JCas jcas, Action<E> action) throws E {
		for (int i = 0; i < begins.length; i++) {
			Token t = new Token(jcas, begins[i], ends[i]);
			if (pos[i] != null) {
				t.setPos(pos[i]);
			}
			t.addToIndexes();
		}
		try {
			action.run();
		} finally {
			if (begins.length > 0) {
				jcas.removeAllIncludingSubtypes(Token.type);
			}
		}
	}
}
