package org.assay.engines.ner;

import static org.assay.engines.EngineFixture.entities;
import static org.assay.engines.EngineFixture.run;
import static org.assay.engines.EngineFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.assay.engines.dates.DateRecognizer;
import org.assay.type.Entity;
import org.junit.jupiter.api.Test;

/**
 * The name recogniser alone, on tokens and POS only. Texts that do not occur in the demo corpus:
 * other countries, outlets and people.
 */
class EntityRecognizerTest {

	private static JCas names(String text, Object... parameters) {
		return run(EntityRecognizer.class, tokens(text), parameters);
	}

	@Test
	void thatTitlesAndNationalitiesStayOutsidePersonSpans() {
		assertThat(entities(names("Kenyan President William Ruto met Defence Minister Soipan Tuya in Nairobi on Tuesday.")))
				.containsExactly("[ 17, 29]PERSON(William Ruto)", "[ 51, 62]PERSON(Soipan Tuya)", "[ 66, 73]LOCATION(Nairobi)");
	}

	@Test
	void thatRoleNounsMarkUnknownNamesAsPersons() {
		assertThat(entities(names("The economist Ngozi Okonjo-Iweala warned of a slowdown.")))
				.containsExactly("[ 14, 33]PERSON(Ngozi Okonjo-Iweala)");
	}

	@Test
	void thatShortFormsCoreferToTheFullName() {
		JCas jcas = names("Opposition leader Kizza Besigye was detained. Besigye denied the charges. "
				+ "Agence France-Presse (AFP) could not reach his lawyers, AFP said.");
		assertThat(entities(jcas)).containsExactly("[ 18, 31]PERSON(Kizza Besigye)", "[ 46, 53]PERSON(Besigye)",
				"[ 74, 94]ORGANIZATION(Agence France-Presse)", "[ 96, 99]ORGANIZATION(AFP)", "[130,133]ORGANIZATION(AFP)");
		assertThat(jcas.select(Entity.class).get(1).getAntecedent().getCoveredText()).isEqualTo("Kizza Besigye");
		assertThat(jcas.select(Entity.class).get(3).getAntecedent().getCoveredText()).isEqualTo("Agence France-Presse");
		assertThat(jcas.select(Entity.class).get(4).getAntecedent().getCoveredText()).isEqualTo("Agence France-Presse");
	}

	@Test
	void thatOrganisationsAreFoundByHeadWordCueNounAndGazetteer() {
		assertThat(entities(names("The National Electoral Commission and the Economic Community of Central African States "
				+ "met the rebel group Ambazonia Defence Forces, the International Monetary Fund said."))).containsExactly(
						"[  4, 33]ORGANIZATION(National Electoral Commission)",
						"[ 42, 86]ORGANIZATION(Economic Community of Central African States)",
						"[107,131]ORGANIZATION(Ambazonia Defence Forces)",
						"[137,164]ORGANIZATION(International Monetary Fund)");
	}

	@Test
	void thatPlacesComeFromGazetteersAndPlaceCues() {
		assertThat(entities(names("Fighting spread from the Tigray region to Mekelle, near the Eritrea-Ethiopia border, "
				+ "and reached the town of Adigrat."))).containsExactly("[ 25, 31]LOCATION(Tigray)",
						"[ 42, 49]LOCATION(Mekelle)", "[ 60, 67]LOCATION(Eritrea)", "[ 68, 76]LOCATION(Ethiopia)",
						"[109,116]LOCATION(Adigrat)");
	}

	@Test
	void thatDemonymsAreNotLocationsAndHeadlinesDoNotInventNames() {
		assertThat(entities(names("Nigerian Troops Repel Attack In Borno State\n\nNigerian soldiers said they repelled the attack.")))
				.containsExactly("[ 32, 37]LOCATION(Borno)");
	}

	@Test
	void thatAndJoinsOneOrganisationNameButNotTwo() {
		assertThat(entities(names("The Ministry of Water and Sanitation met the Red Cross in Juba."))).containsExactly(
				"[  4, 36]ORGANIZATION(Ministry of Water and Sanitation)", "[ 45, 54]ORGANIZATION(Red Cross)",
				"[ 58, 62]LOCATION(Juba)");
		assertThat(entities(names("Fighters of the Wagner Group and Africa Corps Command arrived.")))
				.containsExactly("[ 16, 28]ORGANIZATION(Wagner Group)", "[ 33, 53]ORGANIZATION(Africa Corps Command)");
	}

	@Test
	void thatDatesFoundBeforeAreNeverPartOfAName() {
		JCas jcas = run(DateRecognizer.class, tokens("Talks in Geneva began on Monday March 3 with Ursula Schmidt."));
		assertThat(entities(run(EntityRecognizer.class, jcas))).containsExactly("[  9, 15]LOCATION(Geneva)",
				"[ 25, 31]DATE(Monday)", "[ 32, 39]DATE(March 3)", "[ 45, 59]PERSON(Ursula Schmidt)");
	}

	@Test
	void thatLabelsAndConfidencesAreParameters() {
		JCas jcas = names("Kenyan President William Ruto visited Nairobi.", EntityRecognizer.PARAM_PERSON_LABEL, "PER",
				EntityRecognizer.PARAM_LOCATION_LABEL, "LOC", EntityRecognizer.PARAM_CONFIDENCE_CUE, 0.77);
		assertThat(entities(jcas)).containsExactly("[ 17, 29]PER(William Ruto)", "[ 38, 45]LOC(Nairobi)");
		assertThat(jcas.select(Entity.class).get(0).getConfidence()).isEqualTo(0.77);
	}
}
