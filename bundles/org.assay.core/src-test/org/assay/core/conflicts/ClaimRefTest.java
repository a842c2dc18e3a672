package org.assay.core.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimRefTest {

	private static ClaimRef figure(double low, double high) {
		return new ClaimRef("a.txt", 0, 1, "x", "AFP", "ASSERTED", low, high, "x");
	}

	@Test
	void thatIntervalsPrintWholeNumbersWithoutDecimalsAndUnboundedEndsOpen() {
		assertThat(figure(36, 40).interval("inf")).isEqualTo("[36, 40]");
		assertThat(figure(20, Double.POSITIVE_INFINITY).interval("inf")).isEqualTo("[20, inf)");
		assertThat(figure(Double.NEGATIVE_INFINITY, 2.5).interval("\u221E")).isEqualTo("(-\u221E, 2.5]");
	}
}
