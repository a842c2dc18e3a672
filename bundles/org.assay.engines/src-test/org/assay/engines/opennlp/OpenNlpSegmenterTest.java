package org.assay.engines.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.engines.EngineFixture;
import org.assay.type.Sentence;
import org.assay.type.Token;
import org.junit.jupiter.api.Test;

/** The segmenter's own split rules on top of OpenNLP's tokenizer. */
class OpenNlpSegmenterTest {

	private static List<String> pieces(String word) {
		return OpenNlpSegmenter.split(word, 0, word.length()).stream().map(p -> word.substring(p[0], p[1])).toList();
	}

	@Test
	void thatPunctuationGluedToAWordIsSplit() {
		assertThat(pieces("Kati,")).containsExactly("Kati", ",");
		assertThat(pieces("(AFP)")).containsExactly("(", "AFP", ")");
		assertThat(pieces("\u201CWe")).containsExactly("\u201C", "We");
	}

	@Test
	void thatCliticsAreSplitOff() {
		assertThat(pieces("Mali's")).containsExactly("Mali", "'s");
		assertThat(pieces("country\u2019s")).containsExactly("country", "\u2019s");
		assertThat(pieces("don't")).containsExactly("do", "n't");
	}

	@Test
	void thatAHyphenBeforeACapitalJoinsTwoNames() {
		assertThat(pieces("Mali-Burkina")).containsExactly("Mali", "-", "Burkina");
		assertThat(pieces("Okonjo-Iweala")).containsExactly("Okonjo", "-", "Iweala");
		assertThat(pieces("five-year")).containsExactly("five-year");
	}

	@Test
	void thatAbbreviationsKeepTheirDot() {
		assertThat(pieces("Gen.")).containsExactly("Gen.");
		assertThat(pieces("U.S.")).containsExactly("U.S.");
		assertThat(pieces("Kati.")).containsExactly("Kati", ".");
	}

	@Test
	void thatEveryLineBreakEndsASentence() {
		JCas jcas = EngineFixture.tokens("BAMAKO, Mali\nSoldiers were arrested on Sunday");
		assertThat(jcas.select(Sentence.class).map(Sentence::getCoveredText).toList())
				.containsExactly("BAMAKO, Mali", "Soldiers were arrested on Sunday");
		assertThat(jcas.select(Token.class).get(1).getCoveredText()).isEqualTo(",");
	}
}
