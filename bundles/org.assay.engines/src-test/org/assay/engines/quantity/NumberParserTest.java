package org.assay.engines.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

	@ParameterizedTest
	@CsvSource({ "'5,000', 5000", "2.5, 2.5", "twenty, 20", "Twenty-five, 25", "'350,000', 350000", "dozen, 12", "0, 0" })
	void thatDigitsAndNumberWordsAreRead(String token, double value) {
		assertThat(NumberParser.parse(token)).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "five-year", "twenty-twenty", "M23", "1-0", "3/4", "abc", "-", "ten-ten" })
	void thatOtherTokensAreNoNumbers(String token) {
		assertThat(NumberParser.isNumber(token)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "million, 1000000", "Thousand, 1000", "bn, 1000000000" })
	void thatMultipliersAreKnown(String token, double value) {
		assertThat(NumberParser.multiplier(token)).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "people", "five", "" })
	void thatOtherWordsAreNoMultipliers(String token) {
		assertThat(NumberParser.multiplier(token)).isNaN();
	}
}
