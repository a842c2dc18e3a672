package org.assay.engines.ner;

import static org.assay.engines.EngineFixture.entities;
import static org.assay.engines.EngineFixture.run;
import static org.assay.engines.EngineFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.engines.dates.DateRecognizer;
import org.assay.type.Entity;
import org.junit.jupiter.api.Test;

/** The statistical recogniser on the rules' output (its inputs: tokens, POS, dates, rule names). */
class StatisticalNameRecognizerTest {

	private static JCas stacked(String text, Object... parameters) {
		JCas jcas = run(EntityRecognizer.class, run(DateRecognizer.class, tokens(text)));
		return run(StatisticalNameRecognizer.class, jcas, parameters);
	}

	@Test
	void thatConfidentRuleNamesStandAndGainConfidenceWhereTheModelAgrees() {
		JCas rulesOnly = run(EntityRecognizer.class, run(DateRecognizer.class, tokens("President William Ruto flew to Nairobi on Monday.")));
		double before = rulesOnly.select(Entity.class).filter(e -> e.getLabel().equals("PERSON")).findFirst().orElseThrow().getConfidence();
		JCas jcas = stacked("President William Ruto flew to Nairobi on Monday.");
		assertThat(entities(jcas)).containsExactly("[ 10, 22]PERSON(William Ruto)", "[ 31, 38]LOCATION(Nairobi)", "[ 42, 48]DATE(Monday)");
		Entity ruto = jcas.select(Entity.class).get(0);
		assertThat(ruto.getConfidence()).isGreaterThan(before);
		assertThat(ruto.getOrigin()).startsWith("assay-entities@");
	}

	@Test
	void thatNationalityAdjectivesAndTitlesAreNeverNamesEvenForTheModelAlone() {
		JCas jcas = stacked("Russian instructors and Malian troops met the General.", StatisticalNameRecognizer.PARAM_KEEP_RULES, false);
		assertThat(entities(jcas)).isEmpty();
	}

	@Test
	void thatTheModelAloneFindsNamesWithItsProbabilityAsConfidence() {
		JCas jcas = stacked("Angela Merkel met Emmanuel Macron in Berlin.", StatisticalNameRecognizer.PARAM_KEEP_RULES, false);
		List<Entity> names = jcas.select(Entity.class).asList();
		assertThat(entities(jcas)).contains("[  0, 13]PERSON(Angela Merkel)", "[ 18, 33]PERSON(Emmanuel Macron)");
		assertThat(names).allSatisfy(e -> {
			assertThat(e.getOrigin()).startsWith("assay-names@");
			assertThat(e.getConfidence()).isBetween(0.0, 1.0);
			assertThat(e.getStatus()).isEqualTo("SUGGESTED");
		});
	}
}
