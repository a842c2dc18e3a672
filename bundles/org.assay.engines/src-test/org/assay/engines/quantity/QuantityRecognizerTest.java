package org.assay.engines.quantity;

import static org.assay.engines.EngineFixture.entities;
import static org.assay.engines.EngineFixture.quantities;
import static org.assay.engines.EngineFixture.run;
import static org.assay.engines.EngineFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.assay.type.Quantity;
import org.junit.jupiter.api.Test;

/** The quantity recogniser alone, on tokens and POS only. */
class QuantityRecognizerTest {

	private static JCas figures(String text, Object... parameters) {
		return run(QuantityRecognizer.class, tokens(text), parameters);
	}

	@Test
	void thatModifiersAndRangesBecomeIntervalsWithTheMeasuredNoun() {
		assertThat(quantities(figures("At least around 20 arrests were made, and 36 to 40 soldiers were detained.")))
				.containsExactly("[  0, 18]20..inf~ arrests(At least around 20)", "[ 42, 50]36..40 soldiers(36 to 40)");
	}

	@Test
	void thatVaguePluralsAndCompoundsAreCounted() {
		assertThat(quantities(figures("Dozens of soldiers and tens of thousands of protesters joined a 5,000-strong force.")))
				.containsExactly("[  0,  6]24..99~ soldiers(Dozens)", "[ 23, 40]20000..99999~ protesters(tens of thousands)",
						"[ 64, 69]5000..5000 force(5,000)");
	}

	@Test
	void thatUnitsAndCurrenciesAreKept() {
		assertThat(quantities(figures("Prices rose 20 percent, and the five-year plan costs $2.5 million.")))
				.containsExactly("[ 12, 14]20..20 /percent(20)", "[ 32, 36]5..5 plan/year(five)",
						"[ 53, 65]2500000..2500000 /dollars($2.5 million)");
	}

	@Test
	void thatYearsDatesNamesAndALoneOneAreNoCounts() {
		assertThat(quantities(figures("Between 300 and 400 homes were destroyed in 2019, on March 3, and G5 Sahel said one person died.")))
				.containsExactly("[  0, 19]300..400 homes(Between 300 and 400)");
	}

	@Test
	void thatEachQuantityIsAlsoAnEntityWithTheConfiguredLabel() {
		JCas jcas = figures("Police detained 12 people.", QuantityRecognizer.PARAM_LABEL, "NUMBER",
				QuantityRecognizer.PARAM_CONFIDENCE_MEASURED, 0.7);
		assertThat(entities(jcas)).containsExactly("[ 16, 18]NUMBER(12)");
		assertThat(jcas.select(Quantity.class).single().getConfidence()).isEqualTo(0.7);
	}

	@Test
	void thatACompoundTheTokenizerSplitAfterItsDashKeepsItsNumberAndUnit() {
		assertThat(quantities(figures("The 90-minute town hall was tense. A 3- or 4-day trip.")))
				.containsExactly("[  4,  6]90..90 town/minute(90)", "[ 37, 38]3..3 (3)", "[ 43, 44]4..4 trip/day(4)");
	}

	@Test
	void thatCountsOfTimeFromNowAreNoQuantities() {
		assertThat(quantities(figures("The polls closed two hours ago, three days ago and in the past four weeks; 12 people were hurt.")))
				.containsExactly("[ 75, 77]12..12 people(12)");
	}

	@Test
	void thatTheBoundAndHedgePhrasesBecomeTheirIntervals() {
		assertThat(quantities(figures("Up to 300 fled, fewer than 10 stayed, close to 200 died and an estimated 3,000 marched, "
				+ "though officials talked about 20 arrests."))).containsExactly("[  0,  9]0..300 (Up to 300)",
						"[ 16, 29]0..10 (fewer than 10)", "[ 38, 50]180..220~ (close to 200)",
						"[ 60, 78]2700..3300~ (an estimated 3,000)", "[118,120]20..20 arrests(20)");
	}
}
