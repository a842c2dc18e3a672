package org.assay.engines.claims;

import static org.assay.engines.EngineFixture.addEntity;
import static org.assay.engines.EngineFixture.addQuantity;
import static org.assay.engines.EngineFixture.claims;
import static org.assay.engines.EngineFixture.run;
import static org.assay.engines.EngineFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.assay.type.Claim;
import org.junit.jupiter.api.Test;

/**
 * The claim detector alone, on tokens and POS (and, where a test says so, the entities or
 * quantities it reads). News the engines were not written against.
 */
class ClaimDetectorTest {

	private static JCas attribute(JCas jcas, Object... parameters) {
		return run(ClaimDetector.class, jcas, parameters);
	}

	private static JCas detect(String text, Object... parameters) {
		return attribute(tokens(text), parameters);
	}

	@Test
	void thatAQuoteBeforeItsSourceIsADirectQuoteWithTheWholeNounPhrase() {
		assertThat(claims(detect("\u201CWe will not negotiate with gangs,\u201D a senior police official in Port-au-Prince told Reuters.")))
				.containsExactly("[  1, 33]DIRECT_QUOTE DENIED(We will not negotiate with gangs) "
						+ "source[ 36, 78](a senior police official in Port-au-Prince) cue[ 79, 91](told Reuters)");
	}

	@Test
	void thatAQuoteSplitAroundTheCueIsOneClaimWithTwoFragments() {
		JCas jcas = detect("\"The dam is holding,\" the engineer said, \"but the river is still rising.\"");
		assertThat(claims(jcas)).containsExactly(
				"[  1, 71]DIRECT_QUOTE ASSERTED(The dam is holding \u2026 but the river is still rising) fragments[  1, 19][ 42, 71] "
						+ "source[ 22, 34](the engineer) cue[ 35, 39](said)");
	}

	@Test
	void thatAFigureInTheSecondFragmentIsTheClaimsQuantity() {
		JCas jcas = tokens("\"We are short,\" the mayor said, \"by at least 40 tents.\"");
		addQuantity(jcas, "at least 40", 40, Double.POSITIVE_INFINITY, "tents");
		assertThat(claims(attribute(jcas))).singleElement().asString().contains("fragments[  1, 13][ 33, 53]").contains("quantity[ 36, 47]");
	}

	@Test
	void thatAFigureBetweenTheFragmentsIsNotTheClaimsQuantity() {
		JCas jcas = tokens("\"We are short,\" the 12 volunteers said, \"and tired.\"");
		addQuantity(jcas, "12", 12, 12, "volunteers");
		assertThat(claims(attribute(jcas))).singleElement().asString().contains("fragments").doesNotContain("quantity");
	}

	@Test
	void thatSourceAndColonIntroduceAQuote() {
		assertThat(claims(detect("The governor said: \"At least 40 homes were destroyed.\"")))
				.containsExactly("[ 20, 52]DIRECT_QUOTE ASSERTED(At least 40 homes were destroyed) source[  0, 12](The governor) cue[ 13, 17](said)");
	}

	@Test
	void thatReportedSpeechTakesTheClauseAsContentAndItsFigure() {
		JCas jcas = tokens("The health ministry said that 1,200 cholera cases had been recorded since January.");
		addQuantity(jcas, "1,200", 1200, 1200, "cases");
		assertThat(claims(attribute(jcas))).containsExactly("[ 30, 81]INDIRECT ASSERTED(1,200 cholera cases had been recorded since January) "
				+ "source[  0, 19](The health ministry) cue[ 20, 24](said) quantity[ 30, 35]");
	}

	@Test
	void thatAccordingToWorksBeforeAndAfterTheContent() {
		assertThat(claims(detect("According to the United Nations, around 2,000 people have fled to Chad. "
				+ "Food prices doubled, according to local traders."))).containsExactly(
						"[ 33, 70]INDIRECT ASSERTED(around 2,000 people have fled to Chad) source[ 13, 31](the United Nations) cue[  0, 12](According to)",
						"[ 72, 91]INDIRECT ASSERTED(Food prices doubled) source[106,119](local traders) cue[ 93,105](according to)");
	}

	@Test
	void thatDenialsHedgesAndUnconfirmedClaimsSetFactuality() {
		assertThat(claims(detect("The army denied that civilians had been killed. Officials said the convoy was reportedly attacked. "
				+ "The agency could not independently confirm that the minister had resigned."))).containsExactly(
						"[ 21, 46]INDIRECT DENIED(civilians had been killed) source[  0,  8](The army) cue[  9, 15](denied)",
						"[ 63, 97]INDIRECT HEDGED(the convoy was reportedly attacked) source[ 48, 57](Officials) cue[ 58, 62](said)",
						"[147,172]INDIRECT UNCERTAIN(the minister had resigned) source[ 99,109](The agency) cue[134,141](confirm)");
	}

	@Test
	void thatAPronounSourcePointsToThePersonMentionedBefore() {
		JCas jcas = tokens("Prime Minister Abiy Ahmed visited the camp. He said that aid would arrive within a week.");
		addEntity(jcas, "Abiy Ahmed", "PERSON");
		Claim claim = attribute(jcas).select(Claim.class).single();
		assertThat(claim.getSource().getCoveredText()).isEqualTo("He");
		assertThat(claim.getSource().getAntecedent().getCoveredText()).isEqualTo("Abiy Ahmed");
	}

	@Test
	void thatATrailingSourceWithAppositionIsKeptWhole() {
		assertThat(claims(detect("Inflation will stay high this year, Maria Silva, an economist at the central bank, told Bloomberg.")))
				.containsExactly("[  0, 34]INDIRECT ASSERTED(Inflation will stay high this year) "
						+ "source[ 36, 81](Maria Silva, an economist at the central bank) cue[ 83, 97](told Bloomberg)");
	}

	@Test
	void thatUnattributedFiguresAndHedgedStatementsAreClaims() {
		JCas jcas = tokens("Floods have displaced 3,000 families in Sindh. Looters reportedly ransacked a warehouse. The sky was grey.");
		addQuantity(jcas, "3,000", 3000, 3000, "families");
		assertThat(claims(attribute(jcas))).containsExactly(
				"[  0, 45]UNATTRIBUTED ASSERTED(Floods have displaced 3,000 families in Sindh) quantity[ 22, 27]",
				"[ 47, 87]UNATTRIBUTED HEDGED(Looters reportedly ransacked a warehouse)");
	}

	@Test
	void thatForAPersonIntroducesAMixedClaim() {
		assertThat(claims(detect("For analyst Jane Okoro, the reform \"came too late\" to save the harvest.")))
				.containsExactly("[ 24, 70]MIXED ASSERTED(the reform \"came too late\" to save the harvest) "
						+ "source[  4, 22](analyst Jane Okoro) cue[  0,  3](For)");
	}

	@Test
	void thatQuotedAsSayingTakesTheQuotedPersonAsSource() {
		assertThat(claims(detect("Radio Okapi quoted a local chief as saying that the militia had left the village.")))
				.containsExactly("[ 48, 80]INDIRECT ASSERTED(the militia had left the village) source[ 19, 32](a local chief) cue[ 12, 18](quoted)");
	}

	@Test
	void thatEveryClaimIsASuggestionWithOriginAndTheConfiguredConfidence() {
		Claim c = detect("\"It is over,\" the mayor said.", ClaimDetector.PARAM_CONFIDENCE_QUOTE_THEN_SOURCE, 0.66)
				.select(Claim.class).single();
		assertThat(c.getStatus()).isEqualTo("SUGGESTED");
		assertThat(c.getOrigin()).startsWith("assay-claims@");
		assertThat(c.getConfidence()).isEqualTo(0.66);
		assertThat(c.getSource().getStatus()).isEqualTo("SUGGESTED");
		assertThat(c.getChangedAt()).isNotBlank();
	}

	@Test
	void thatUnattributedClaimsCanBeSwitchedOff() {
		JCas jcas = tokens("Looters reportedly ransacked a warehouse.");
		assertThat(claims(attribute(jcas, ClaimDetector.PARAM_UNATTRIBUTED, false))).isEmpty();
	}
}
