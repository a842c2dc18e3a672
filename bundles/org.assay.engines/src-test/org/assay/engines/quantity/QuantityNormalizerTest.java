package org.assay.engines.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityNormalizerTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"at least around 20      | [20, inf)~",
			"36 to 40                | [36, 40]",
			"36-40                   | [36, 40]",
			"between 10 and 15       | [10, 15]",
			"around 50               | [45, 55]~",
			"about 2,000             | [1800, 2200]~",
			"dozens                  | [24, 99]~",
			"hundreds                | [200, 999]~",
			"tens of thousands       | [20000, 99999]~",
			"up to 350,000           | [0, 350000]",
			"more than 60            | [60, inf)",
			"at least 12             | [12, inf)",
			"nearly 100              | [90, 100]~",
			"a dozen                 | [12, 12]~",
			"five                    | [5, 5]",
			"twenty-five             | [25, 25]",
			"2.5 million             | [2500000, 2500000]",
			"55                      | [55, 55]",
			"an estimated 3,000      | [2700, 3300]~",
			"as many as 40           | [36, 44]~" })
	void thatExpressionsBecomeIntervals(String expression, String interval) {
		assertThat(QuantityNormalizer.normalize(Arrays.asList(expression.split(" "))).toString()).isEqualTo(interval);
	}

	@ParameterizedTest
	@CsvSource({ "several", "many", "the" })
	void thatWordsWithoutANumberAreNotQuantities(String words) {
		assertThat(QuantityNormalizer.normalize(Arrays.asList(words.split(" ")))).isNull();
	}
}
