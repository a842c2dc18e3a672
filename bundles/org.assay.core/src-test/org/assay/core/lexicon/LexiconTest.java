package org.assay.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexiconTest {

	@Test
	void thatCommentsAndBlankLinesAreSkippedAndSpaceIsFolded() {
		assertThat(Lexicon.lines(LexiconTest.class, "sample-words.txt")).containsExactly("alpha", "two words", "Côte d'Ivoire");
	}

	@Test
	void thatPairsAreKeyAndValue() {
		assertThat(Lexicon.pairs(LexiconTest.class, "sample-pairs.txt")).containsEntry("one", "1").containsEntry("a b", "x y");
	}

	@Test
	void thatAMissingListOrABadPairNamesTheList() {
		assertThatThrownBy(() -> Lexicon.words(LexiconTest.class, "nothing.txt")).hasMessageContaining("nothing.txt");
		assertThatThrownBy(() -> Lexicon.pairs(LexiconTest.class, "sample-words.txt"))
				.hasMessageContaining("sample-words.txt").hasMessageContaining("alpha");
	}

	@Test
	void thatAccentsAndCaseFold() {
		assertThat(Lexicon.foldAccents("Dembélé")).isEqualTo("dembele");
		assertThat(Lexicon.fold("  a \t b\u2019s ")).isEqualTo("a b's");
	}
}
