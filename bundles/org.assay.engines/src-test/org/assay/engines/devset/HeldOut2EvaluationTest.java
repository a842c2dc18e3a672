package org.assay.engines.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * P/R/F1 on the second held-out set ({@code heldout2/}): ten articles in other domains and
 * layouts, annotated by hand before any engine ran on them. The floors only catch collapses; the
 * point is the printed report, quoted in the README. Never change a rule because of this set.
 */
class HeldOut2EvaluationTest {

	@Test
	void thatUnseenNewsIsReportedAndHasNotCollapsed() throws IOException {
		GoldSetEvaluation evaluation = GoldSetEvaluation.run(Path.of("heldout2"), Path.of("heldout2"));
		String report = evaluation.report();
		System.out.println("Second held-out set (10 unseen articles):\n" + report);
		Files.writeString(Path.of("target/heldout2-report.txt"), report);
		assertThat(evaluation.predictions).hasSize(10);
		assertThat(evaluation.f1("Entities (micro)")).as(report).isGreaterThan(0.4);
		assertThat(evaluation.f1("Claim")).as(report).isGreaterThan(0.3);
	}
}
