package org.assay.engines.dates;

import static org.assay.engines.EngineFixture.entities;
import static org.assay.engines.EngineFixture.run;
import static org.assay.engines.EngineFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.assay.type.Entity;
import org.junit.jupiter.api.Test;

/** The date recogniser alone, on tokens and POS only. */
class DateRecognizerTest {

	private static JCas dates(String text, Object... parameters) {
		return run(DateRecognizer.class, tokens(text), parameters);
	}

	@Test
	void thatCalendarAndDeicticExpressionsAreDates() {
		assertThat(entities(dates("Talks began on March 3, 2024, stalled last week and resumed this morning, three days ago.")))
				.containsExactly("[ 15, 28]DATE(March 3, 2024)", "[ 38, 47]DATE(last week)", "[ 60, 72]DATE(this morning)",
						"[ 74, 88]DATE(three days ago)");
	}

	@Test
	void thatMayAndMarchAreMonthsOnlyWhereTheContextSaysSo() {
		assertThat(entities(dates("Markets may fall in May, and protesters will march on March 21st.")))
				.containsExactly("[ 20, 23]DATE(May)", "[ 54, 64]DATE(March 21st)");
	}

	@Test
	void thatAYearBeforeACountedNounIsACount() {
		assertThat(entities(dates("She visited in 2019 and counted 2019 votes over the past two weeks.")))
				.containsExactly("[ 15, 19]DATE(2019)", "[ 48, 66]DATE(the past two weeks)");
	}

	@Test
	void thatPeriodsAndWeekendsAreDates() {
		assertThat(entities(dates("Results came yesterday; the weekend was calm, unlike last summer and earlier this year.")))
				.containsExactly("[ 13, 22]DATE(yesterday)", "[ 24, 35]DATE(the weekend)", "[ 53, 64]DATE(last summer)",
						"[ 77, 86]DATE(this year)");
	}

	@Test
	void thatLabelAndConfidenceAreParameters() {
		JCas jcas = dates("It rained on Tuesday morning.", DateRecognizer.PARAM_LABEL, "TIME", DateRecognizer.PARAM_CONFIDENCE, 0.5);
		assertThat(entities(jcas)).containsExactly("[ 13, 28]TIME(Tuesday morning)");
		assertThat(jcas.select(Entity.class).single().getConfidence()).isEqualTo(0.5);
		assertThat(jcas.select(Entity.class).single().getOrigin()).startsWith("assay-dates@");
	}

	@Test
	void thatACountOfHoursFromNowIsNoDate() {
		assertThat(entities(dates("They left two hours ago and came back three days ago."))).containsExactly("[ 38, 52]DATE(three days ago)");
	}
}
