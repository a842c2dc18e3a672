package org.assay.core.review;

import org.apache.uima.jcas.JCas;
import org.assay.core.io.LayerCache;
import org.assay.type.Token;

/**
 * The tokens of an open layer, held as plain arrays instead of feature structures. A realistic
 * layer carries four tokens for every annotation a person reviews; as CAS feature structures
 * they cost about 95 bytes each (object, index entries), as arrays 12. The editor takes them
 * out of the CAS when it opens a layer and puts them back, identical, only while the layer is
 * written.
 */
public final class DetachedTokens {

	private final LayerCache.Tokens tokens;
	private final String text;

	private DetachedTokens(LayerCache.Tokens tokens, String text) {
		this.tokens = tokens;
		this.text = text;
	}

	/** Removes every token from {@code jcas}'s indexes and returns them. */
	public static DetachedTokens detach(JCas jcas) {
		return new DetachedTokens(LayerCache.Tokens.detach(jcas), jcas.getDocumentText());
	}

	/** Tokens read apart from their layer's CAS (see {@link org.assay.core.corpus.Corpus#readLayerWithoutTokens}). */
	public static DetachedTokens of(LayerCache.Tokens tokens, String text) {
		return new DetachedTokens(tokens, text);
	}

	/** Number of tokens held. */
	public int size() {
		return tokens.size();
	}

	/** Token boundaries for snapping and growing spans (the text's own split if there are none). */
	public TokenSpans spans() {
		return tokens.size() > 0 ? new TokenSpans(tokens.begins(), tokens.ends()) : TokenSpans.ofText(text);
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
		tokens.addTo(jcas);
		try {
			action.run();
		} finally {
			if (tokens.size() > 0) {
				jcas.removeAllIncludingSubtypes(Token.type);
			}
		}
	}
}
