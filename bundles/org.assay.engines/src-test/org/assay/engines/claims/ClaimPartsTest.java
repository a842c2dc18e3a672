package org.assay.engines.claims;

import static org.assay.engines.EngineFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assay.engines.claims.QuoteFinder.Quote;
import org.assay.engines.internal.TokenView;
import org.junit.jupiter.api.Test;

/** The parts of attribution on a token view, without the engine. */
class ClaimPartsTest {

	private static int index(TokenView t, String word) {
		for (int i = 0; i < t.size; i++) {
			if (t.word[i].equals(word)) {
				return i;
			}
		}
		throw new IllegalArgumentException(word);
	}

	@Test
	void thatQuotesArePairedAndAnUnclosedOneEndsWithItsLine() {
		TokenView t = new TokenView(tokens("\"We stay,\" he said. \"We will never leave\nNext paragraph."));
		List<Quote> quotes = QuoteFinder.find(t, new Clauses(t));
		assertThat(quotes).hasSize(2);
		assertThat(quotes.get(0).closed()).isTrue();
		assertThat(t.word[quotes.get(0).close()]).isEqualTo("\"");
		assertThat(quotes.get(1).closed()).isFalse();
		assertThat(t.word[quotes.get(1).close()]).isEqualTo("leave");
	}

	@Test
	void thatReportingVerbsAreCuesButNotAsNounsAdjectivesOrPassives() {
		TokenView t = new TokenView(tokens("Conflicting reports said the alleged plot was foiled; soldiers accused of theft were held."));
		CueMatcher cues = new CueMatcher(t, new Clauses(t));
		assertThat(cues.isCue(index(t, "said"))).isTrue();
		assertThat(cues.isCue(index(t, "reports"))).isFalse();
		assertThat(cues.isCue(index(t, "alleged"))).isFalse();
		assertThat(cues.isCue(index(t, "accused"))).isFalse();
	}

	@Test
	void thatACueTakesItsAddressee() {
		TokenView t = new TokenView(tokens("A source told Al Jazeera that talks failed, and another told reporters the same."));
		CueMatcher cues = new CueMatcher(t, new Clauses(t));
		int told = index(t, "told");
		assertThat(t.span(told, cues.cueEnd(told, t.size - 1))).isEqualTo("told Al Jazeera");
		int second = index(t, "reporters") - 1;
		assertThat(t.span(second, cues.cueEnd(second, t.size - 1))).isEqualTo("told reporters");
	}

	@Test
	void thatTheSubjectOfACueIsItsWholeNounPhrase() {
		TokenView t = new TokenView(tokens("In July, a senior official of the ministry has repeatedly said that prices rose."));
		ClaimContext ctx = new ClaimContext(t, ClaimSettings.defaults());
		Attribution f = new Attribution();
		assertThat(new SourcePhrase(ctx).findSubject(f, index(t, "said"), 0)).isTrue();
		assertThat(t.span(f.sourceFirst, f.sourceLast)).isEqualTo("a senior official of the ministry");
	}
}
