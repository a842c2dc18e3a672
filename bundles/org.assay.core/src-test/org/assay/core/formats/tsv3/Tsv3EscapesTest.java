package org.assay.core.formats.tsv3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What TSV 3 escapes comes back as it was, and is escaped as INCEpTION escapes it. */
class Tsv3EscapesTest {

	@Test
	void thatFeatureValuesWithEveryColumnBreakingCharacterComeBack() {
		for (String v : List.of("plain", "a|b", "x->y", "snake_case", "[3]", "back\\slash", "*", "tab\there", "two\nlines", "a;b", "\\|")) {
			String escaped = Tsv3Escapes.escapeValue(v);
			assertThat(escaped).as(v).doesNotContain("\t", "\n").doesNotContainPattern("(?<!\\\\)[|\\[\\]_;*]");
			assertThat(Tsv3Escapes.unescapeValue(escaped)).isEqualTo(v);
		}
		assertThat(Tsv3Escapes.escapeValue("PER|ORG")).isEqualTo("PER\\|ORG");
	}

	@Test
	void thatSentenceTextWithControlCharactersAndBackslashesComesBackAsEachVersionWroteIt() {
		String line = "C:\\path\tcell\u0001end\\n";
		String escaped = Tsv3Escapes.escapeText(line);
		assertThat(escaped).isEqualTo("C:\\\\path\\tcell\\\u0001end\\\\n").doesNotContain("\t");
		assertThat(Tsv3Escapes.unescapeText(escaped, false)).isEqualTo(line);
		// TSV 3.1 did not escape control characters: a backslash before one is text
		assertThat(Tsv3Escapes.unescapeText("a\\\u0001b", true)).isEqualTo("a\\\u0001b");
		assertThat(Tsv3Escapes.unescapeText("a\\\u0001b", false)).isEqualTo("a\u0001b");
	}
}
