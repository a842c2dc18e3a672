package org.assay.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.type.Entity;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.Test;

class DetachedTokensTest {

	static final String TEXT = "General Abass Dembele's men left Kati.";

	private static JCas layer() {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		// deliberately not the fallback split: "Dembele's" is two tokens here
		int[][] spans = { { 0, 7 }, { 8, 13 }, { 14, 21 }, { 21, 23 }, { 24, 27 }, { 28, 32 }, { 33, 37 }, { 37, 38 } };
		String[] pos = { "PROPN", "PROPN", "PROPN", "PART", "NOUN", "VERB", "PROPN", "PUNCT" };
		for (int i = 0; i < spans.length; i++) {
			Token t = new Token(jcas, spans[i][0], spans[i][1]);
			t.setPos(pos[i]);
			t.addToIndexes();
		}
		Entity e = new Entity(jcas, 8, 21);
		e.setLabel("PERSON");
		e.addToIndexes();
		return jcas;
	}

	private static List<String> tokens(JCas jcas) {
		return jcas.select(Token.class).map(t -> t.getBegin() + "-" + t.getEnd() + "/" + t.getPos()).toList();
	}

	@Test
	void thatDetachingEmptiesTheIndexesButKeepsTheBoundariesForSnapping() {
		JCas jcas = layer();
		DetachedTokens tokens = DetachedTokens.detach(jcas);

		assertThat(jcas.select(Token.class).count()).isZero();
		assertThat(jcas.select(Entity.class).count()).isEqualTo(1);
		assertThat(tokens.size()).isEqualTo(8);
		// the layer's own tokens, not a re-split of the text: "Dembele" ends before "'s"
		assertThat(tokens.spans().snap(16, 16)).contains(new Span(14, 21));
		assertThat(tokens.spans().grow(8, 21, false)).isEqualTo(new Span(8, 23));
	}

	@Test
	void thatTheTokensAreBackExactlyWhileAttachedAndGoneAfterwards() {
		JCas jcas = layer();
		List<String> before = tokens(jcas);
		DetachedTokens tokens = DetachedTokens.detach(jcas);

		List<List<String>> seen = new ArrayList<>();
		tokens.whileAttached(jcas, () -> seen.add(tokens(jcas)));

		assertThat(seen).containsExactly(before);
		assertThat(jcas.select(Token.class).count()).isZero();
	}

	@Test
	void thatAFailingWriteStillTakesTheTokensOutAgain() {
		JCas jcas = layer();
		DetachedTokens tokens = DetachedTokens.detach(jcas);

		assertThatThrownBy(() -> tokens.whileAttached(jcas, () -> {
			throw new IOException("disk full");
		})).hasMessage("disk full");
		assertThat(jcas.select(Token.class).count()).isZero();
		tokens.whileAttached(jcas, () -> assertThat(jcas.select(Token.class).count()).isEqualTo(8));
	}

	@Test
	void thatALayerWithoutTokensSnapsToTheTextsWords() {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		DetachedTokens tokens = DetachedTokens.detach(jcas);

		assertThat(tokens.size()).isZero();
		assertThat(tokens.spans().snap(16, 16)).contains(new Span(14, 23));
		tokens.whileAttached(jcas, () -> assertThat(jcas.select(Token.class).count()).isZero());
	}
}
