package org.assay.engines.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * P/R/F1 on three articles written and annotated by hand (in {@code heldout/}) before the engines
 * were run on them, and never used to change a rule. The floors only catch collapses; the point
 * is the printed report, quoted in the README.
 */
class HeldOutEvaluationTest {

	@Test
	void thatUnseenNewsIsReportedAndHasNotCollapsed() throws IOException {
		GoldSetEvaluation evaluation = GoldSetEvaluation.run(Path.of("heldout"), Path.of("heldout"));
		String report = evaluation.report();
		System.out.println("Held-out set (3 unseen articles):\n" + report);
		Files.writeString(Path.of("target/heldout-report.txt"), report);
		assertThat(evaluation.predictions).hasSize(3);
		assertThat(evaluation.f1("Entities (micro)")).as(report).isGreaterThan(0.6);
		assertThat(evaluation.f1("Claim")).as(report).isGreaterThan(0.6);
	}
}
