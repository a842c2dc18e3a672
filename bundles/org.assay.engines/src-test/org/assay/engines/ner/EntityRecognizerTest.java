package org.assay.engines.ner;

import static org.assay.engines.PipelineFixture.annotate;
import static org.assay.engines.PipelineFixture.entities;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.assay.type.Entity;
import org.junit.jupiter.api.Test;

/** Texts that do not occur in the demo corpus: other countries, outlets and people. */
class EntityRecognizerTest {

	@Test
	void thatTitlesAndNationalitiesStayOutsidePersonSpans() {
		JCas jcas = annotate("Kenyan President William Ruto met Defence Minister Soipan Tuya in Nairobi on Tuesday.");
		assertThat(entities(jcas)).containsExactly("PERSON(William Ruto)", "PERSON(Soipan Tuya)", "LOCATION(Nairobi)",
				"DATE(Tuesday)");
	}

	@Test
	void thatRoleNounsMarkUnknownNamesAsPersons() {
		assertThat(entities(annotate("The economist Ngozi Okonjo-Iweala warned of a slowdown.")))
				.containsExactly("PERSON(Ngozi Okonjo-Iweala)");
	}

	@Test
	void thatShortFormsCoreferToTheFullName() {
		JCas jcas = annotate("Opposition leader Kizza Besigye was detained. Besigye denied the charges. "
				+ "Agence France-Presse (AFP) could not reach his lawyers, AFP said.");
		assertThat(entities(jcas)).containsExactly("PERSON(Kizza Besigye)", "PERSON(Besigye)",
				"ORGANIZATION(Agence France-Presse)", "ORGANIZATION(AFP)", "ORGANIZATION(AFP)");
		Entity shortName = jcas.select(Entity.class).get(1);
		assertThat(shortName.getAntecedent().getCoveredText()).isEqualTo("Kizza Besigye");
		assertThat(jcas.select(Entity.class).get(4).getAntecedent().getCoveredText()).isEqualTo("Agence France-Presse");
	}

	@Test
	void thatOrganisationsAreFoundByHeadWordCueNounAndGazetteer() {
		JCas jcas = annotate("The National Electoral Commission and the Economic Community of Central African States "
				+ "met the rebel group Ambazonia Defence Forces, the International Monetary Fund said.");
		assertThat(entities(jcas)).contains("ORGANIZATION(National Electoral Commission)",
				"ORGANIZATION(Economic Community of Central African States)", "ORGANIZATION(International Monetary Fund)",
				"ORGANIZATION(Ambazonia Defence Forces)");
	}

	@Test
	void thatPlacesComeFromGazetteersAndPlaceCues() {
		JCas jcas = annotate("Fighting spread from the Tigray region to Mekelle, near the Eritrea-Ethiopia border, "
				+ "and reached the town of Adigrat.");
		assertThat(entities(jcas)).containsExactly("LOCATION(Tigray)", "LOCATION(Mekelle)", "LOCATION(Eritrea)",
				"LOCATION(Ethiopia)", "LOCATION(Adigrat)");
	}

	@Test
	void thatDemonymsAreNotLocationsAndHeadlinesDoNotInventNames() {
		JCas jcas = annotate("Nigerian Troops Repel Attack In Borno State\n\nNigerian soldiers said they repelled the attack.");
		assertThat(entities(jcas)).containsExactly("LOCATION(Borno)");
	}

	@Test
	void thatDatesCoverCalendarAndDeicticExpressions() {
		JCas jcas = annotate("Talks began on March 3, 2024, stalled last week and resumed this morning, three days ago.");
		assertThat(entities(jcas)).containsExactly("DATE(March 3, 2024)", "DATE(last week)", "DATE(this morning)",
				"DATE(three days ago)");
	}

	@Test
	void thatAndJoinsOneOrganisationNameButNotTwo() {
		assertThat(entities(annotate("The Ministry of Water and Sanitation met the Red Cross and Save the Children in Juba.")))
				.contains("ORGANIZATION(Ministry of Water and Sanitation)");
		assertThat(entities(annotate("Fighters of the Wagner Group and Africa Corps Command arrived.")))
				.contains("ORGANIZATION(Wagner Group)", "ORGANIZATION(Africa Corps Command)");
	}
}
