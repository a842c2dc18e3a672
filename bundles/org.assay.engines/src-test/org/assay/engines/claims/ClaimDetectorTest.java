package org.assay.engines.claims;

import static org.assay.engines.PipelineFixture.annotate;
import static org.assay.engines.PipelineFixture.claims;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.assay.type.Claim;
import org.junit.jupiter.api.Test;

/** Attribution on news the engines were not written against. */
class ClaimDetectorTest {

	@Test
	void thatAQuoteBeforeItsSourceIsADirectQuoteWithTheWholeNounPhrase() {
		assertThat(claims(annotate("\u201CWe will not negotiate with gangs,\u201D a senior police official in Port-au-Prince told Reuters.")))
				.containsExactly("DIRECT_QUOTE DENIED [a senior police official in Port-au-Prince] <told Reuters> {We will not negotiate with gangs}");
	}

	@Test
	void thatAQuoteSplitAroundTheCueGivesTwoClaimsSharingTheSource() {
		JCas jcas = annotate("\"The dam is holding,\" the engineer said, \"but the river is still rising.\"");
		assertThat(claims(jcas)).containsExactly(
				"DIRECT_QUOTE ASSERTED [the engineer] <said> {The dam is holding}",
				"DIRECT_QUOTE ASSERTED [the engineer] <said> {but the river is still rising}");
		assertThat(jcas.select(Claim.class).get(0).getSource()).isSameAs(jcas.select(Claim.class).get(1).getSource());
	}

	@Test
	void thatSourceAndColonIntroduceAQuote() {
		assertThat(claims(annotate("The governor said: \"At least 40 homes were destroyed.\"")))
				.containsExactly("DIRECT_QUOTE ASSERTED [The governor] <said> {At least 40 homes were destroyed} q=[40, inf] homes");
	}

	@Test
	void thatReportedSpeechTakesTheClauseAsContent() {
		assertThat(claims(annotate("The health ministry said that 1,200 cholera cases had been recorded since January.")))
				.containsExactly("INDIRECT ASSERTED [The health ministry] <said> {1,200 cholera cases had been recorded since January} q=[1200, 1200] cholera");
	}

	@Test
	void thatAccordingToWorksBeforeAndAfterTheContent() {
		assertThat(claims(annotate("According to the United Nations, around 2,000 people have fled to Chad. "
				+ "Food prices doubled, according to local traders.")))
				.containsExactly("INDIRECT ASSERTED [the United Nations] <According to> {around 2,000 people have fled to Chad} q=[1800, 2200]~ people",
						"INDIRECT ASSERTED [local traders] <according to> {Food prices doubled}");
	}

	@Test
	void thatDenialsAndHedgesSetFactuality() {
		assertThat(claims(annotate("The army denied that civilians had been killed. Officials said the convoy was reportedly attacked. "
				+ "The agency could not independently confirm that the minister had resigned.")))
				.extracting(s -> s.substring(0, s.indexOf(" [")))
				.containsExactly("INDIRECT DENIED", "INDIRECT HEDGED", "INDIRECT UNCERTAIN");
	}

	@Test
	void thatAPronounSourcePointsToThePersonMentionedBefore() {
		JCas jcas = annotate("Prime Minister Abiy Ahmed visited the camp. He said that aid would arrive within a week.");
		Claim claim = jcas.select(Claim.class).single();
		assertThat(claim.getSource().getCoveredText()).isEqualTo("He");
		assertThat(claim.getSource().getAntecedent().getCoveredText()).isEqualTo("Abiy Ahmed");
	}

	@Test
	void thatATrailingSourceWithAppositionIsKeptWhole() {
		assertThat(claims(annotate("Inflation will stay high this year, Maria Silva, an economist at the central bank, told Bloomberg.")))
				.containsExactly("INDIRECT ASSERTED [Maria Silva, an economist at the central bank] <told Bloomberg> {Inflation will stay high this year}");
	}

	@Test
	void thatUnattributedFiguresAndHedgedStatementsAreClaims() {
		assertThat(claims(annotate("Floods have displaced 3,000 families in Sindh. Looters reportedly ransacked a warehouse. The sky was grey.")))
				.containsExactly("UNATTRIBUTED ASSERTED [] <> {Floods have displaced 3,000 families in Sindh} q=[3000, 3000] families",
						"UNATTRIBUTED HEDGED [] <> {Looters reportedly ransacked a warehouse}");
	}

	@Test
	void thatEveryClaimIsASuggestionWithOriginAndConfidence() {
		Claim c = annotate("\"It is over,\" the mayor said.").select(Claim.class).single();
		assertThat(c.getStatus()).isEqualTo("SUGGESTED");
		assertThat(c.getOrigin()).startsWith("assay-claims@");
		assertThat(c.getConfidence()).isBetween(0.0, 1.0);
		assertThat(c.getSource().getStatus()).isEqualTo("SUGGESTED");
		assertThat(c.getChangedAt()).isNotBlank();
	}
}
