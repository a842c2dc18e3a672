package org.assay.engines.internal;

import static org.assay.engines.EngineFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenViewTest {

	private final TokenView t = new TokenView(tokens("\u201CIt is over,\u201D the UN said.\nAfter Mali\u2019s  vote, NATO met."));

	@Test
	void thatTokensAndSentencesAreFlatArrays() {
		assertThat(t.sentences()).isEqualTo(2);
		assertThat(t.word[t.sentenceFirst[1]]).isEqualTo("After");
		assertThat(t.sentenceOf[t.sentenceLast[0]]).isZero();
		assertThat(t.pos[t.sentenceFirst[1] + 1]).isEqualTo("PROPN");
	}

	@Test
	void thatWordsAreComparedInLowerCase() {
		int the = 6;
		assertThat(t.word[the]).isEqualTo("the");
		assertThat(t.is(the + 1, "un")).isTrue();
		assertThat(t.in(the + 2, Set.of("said"))).isTrue();
		assertThat(t.is(-1, "the")).isFalse();
		assertThat(t.in(t.size, Set.of("the"))).isFalse();
	}

	@Test
	void thatQuotesCapitalsAndSentenceStartsAreRecognised() {
		assertThat(t.isOpeningQuote(0)).isTrue();
		assertThat(t.isQuote(5)).isTrue();
		assertThat(t.isOpeningQuote(5)).isFalse();
		assertThat(t.isSentenceStart(1)).as("a word right after an opening quote starts the sentence").isTrue();
		assertThat(t.isAllCaps(7)).isTrue();
		assertThat(t.isCapitalized(t.sentenceFirst[1])).isTrue();
	}

	@Test
	void thatSpansFoldWhiteSpaceAndApostrophes() {
		int after = t.sentenceFirst[1];
		assertThat(t.span(after, after + 3)).isEqualTo("After Mali's vote");
	}
}
