package org.assay.engines.claims;

import static org.assay.engines.EngineFixture.addEntity;
import static org.assay.engines.EngineFixture.claims;
import static org.assay.engines.EngineFixture.run;
import static org.assay.engines.EngineFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.junit.jupiter.api.Test;

/**
 * Attribution as PARC means it, beyond speech verbs: belief and knowledge, argument and report
 * verbs, to-infinitive and noun-phrase contents, non-human sources, cue nouns, and sources that
 * refer back to a full mention. The claim detector alone, on tokens and POS.
 */
class AttributionBeyondSpeechTest {

	private static JCas detect(String text) {
		return run(ClaimDetector.class, tokens(text));
	}

	@Test
	void thatBeliefAndKnowledgeVerbsAttributeTheirClause() {
		assertThat(claims(detect("Residents fear that the bridge will collapse."))).containsExactly(
				"[ 20, 44]INDIRECT ASSERTED(the bridge will collapse) source[  0,  9](Residents) cue[ 10, 14](fear)");
		assertThat(claims(detect("Analysts think the merger will be blocked."))).containsExactly(
				"[ 15, 41]INDIRECT ASSERTED(the merger will be blocked) source[  0,  8](Analysts) cue[  9, 14](think)");
		assertThat(claims(detect("The council believes the new rules will cut traffic."))).containsExactly(
				"[ 21, 51]INDIRECT ASSERTED(the new rules will cut traffic) source[  0, 11](The council) cue[ 12, 20](believes)");
	}

	@Test
	void thatTheSameVerbsWithoutAClauseAreNoCues() {
		assertThat(claims(detect("Police found a body in the river on Tuesday."))).isEmpty();
		assertThat(claims(detect("Forecasters expect heavy rain on Monday."))).isEmpty();
		assertThat(claims(detect("Officials called the meeting for Thursday."))).isEmpty();
	}

	@Test
	void thatAnObjectWithAToInfinitiveOrAToInfinitiveIsTheContent() {
		assertThat(claims(detect("The union urged workers to stay home on Friday."))).containsExactly(
				"[ 16, 46]INDIRECT ASSERTED(workers to stay home on Friday) source[  0,  9](The union) cue[ 10, 15](urged)");
		assertThat(claims(detect("The central bank expects inflation to ease next year."))).containsExactly(
				"[ 25, 52]INDIRECT ASSERTED(inflation to ease next year) source[  0, 16](The central bank) cue[ 17, 24](expects)");
		assertThat(claims(detect("The company promised to cut prices by June."))).containsExactly(
				"[ 21, 42]INDIRECT ASSERTED(to cut prices by June) source[  0, 11](The company) cue[ 12, 20](promised)");
	}

	@Test
	void thatCallingForSomethingAttributesTheNounPhrase() {
		assertThat(claims(detect("Campaigners called for an independent inquiry into the crash."))).containsExactly(
				"[ 23, 60]INDIRECT ASSERTED(an independent inquiry into the crash) source[  0, 11](Campaigners) cue[ 12, 22](called for)");
	}

	@Test
	void thatDocumentsPollsAndStudiesAreSources() {
		assertThat(claims(detect("Court documents show the company paid the fine."))).containsExactly(
				"[ 21, 46]INDIRECT ASSERTED(the company paid the fine) source[  0, 15](Court documents) cue[ 16, 20](show)");
		assertThat(claims(detect("The poll found that most voters support the plan."))).containsExactly(
				"[ 20, 48]INDIRECT ASSERTED(most voters support the plan) source[  0,  8](The poll) cue[  9, 14](found)");
	}

	@Test
	void thatACueNounWithAPossessorAttributesItsThatClauseUpToTheSentencesOwnVerb() {
		assertThat(claims(detect("The minister's claim that the roads are safe was disputed by drivers."))).containsExactly(
				"[ 26, 44]INDIRECT HEDGED(the roads are safe) source[  0, 12](The minister) cue[ 15, 20](claim)");
		assertThat(claims(detect("Drivers disputed the minister's claim that the roads are safe."))).containsExactly(
				"[ 43, 61]INDIRECT HEDGED(the roads are safe) source[ 17, 29](the minister) cue[ 32, 37](claim)");
	}

	@Test
	void thatACueNounTakesItsSourceFromAByPhraseOrAnInViewAdjunct() {
		assertThat(claims(detect("The accusation by the opposition that the count was rigged was rejected."))).containsExactly(
				"[ 38, 58]INDIRECT ASSERTED(the count was rigged) source[ 18, 32](the opposition) cue[  4, 14](accusation)");
		assertThat(claims(detect("In the committee's view, the contract breached the rules."))).containsExactly(
				"[ 25, 56]INDIRECT ASSERTED(the contract breached the rules) source[  3, 16](the committee) cue[ 19, 23](view)");
		assertThat(claims(detect("In the view of analysts, the plan will fail."))).containsExactly(
				"[ 25, 43]INDIRECT ASSERTED(the plan will fail) source[ 15, 23](analysts) cue[  7, 11](view)");
	}

	@Test
	void thatAPossessivePronounSourceRefersToThePersonBefore() {
		JCas jcas = tokens("Jane Doe spoke on Monday. Her warning that prices would rise went unheeded.");
		addEntity(jcas, "Jane Doe", "PERSON");
		Claim claim = run(ClaimDetector.class, jcas).select(Claim.class).single();
		assertThat(claim.getCoveredText()).isEqualTo("prices would rise");
		assertThat(claim.getSource().getCoveredText()).isEqualTo("Her");
		assertThat(claim.getSource().getAntecedent().getCoveredText()).isEqualTo("Jane Doe");
	}

	@Test
	void thatADefiniteRoleRefersToThePersonIntroducedWithIt() {
		JCas jcas = tokens("Finance Minister Jane Doe presented the budget. The minister said the deficit would shrink.");
		addEntity(jcas, "Jane Doe", "PERSON");
		Claim claim = run(ClaimDetector.class, jcas).select(Claim.class).single();
		assertThat(claim.getSource().getCoveredText()).isEqualTo("The minister");
		assertThat(claim.getSource().getAntecedent().getCoveredText()).isEqualTo("Jane Doe");
	}

	@Test
	void thatAShortNameRefersToTheFullName() {
		JCas jcas = tokens("Jane Okafor presented the budget. Okafor said the deficit would shrink.");
		Entity full = addEntity(jcas, "Jane Okafor", "PERSON");
		Entity surname = new Entity(jcas, 34, 40);
		surname.setLabel("PERSON");
		surname.setAntecedent(full);
		surname.addToIndexes();
		Claim claim = run(ClaimDetector.class, jcas).select(Claim.class).single();
		assertThat(claim.getSource().getCoveredText()).isEqualTo("Okafor");
		assertThat(claim.getSource().getAntecedent()).isSameAs(full);
	}

	@Test
	void thatADescriptionNamingItsOwnOrganisationIsNotResolved() {
		JCas jcas = tokens("RFI reported the attack. The Reuters news agency said the toll was higher.");
		addEntity(jcas, "RFI", "ORGANIZATION");
		Claim claim = run(ClaimDetector.class, jcas).select(Claim.class).asList().get(1);
		assertThat(claim.getSource().getCoveredText()).isEqualTo("The Reuters news agency");
		assertThat(claim.getSource().getAntecedent()).isNull();
	}
}
