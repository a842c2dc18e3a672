package org.assay.engines.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.engines.quantity.Interval;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P/R/F1 per type on the development set: the five demo articles, gold in {@code devset/}. The
 * rules were developed looking at these texts, so the figures are optimistic; see
 * {@link HeldOutEvaluationTest} for text the engines were not developed on.
 */
class DevSetEvaluationTest {

	static GoldSetEvaluation evaluation;

	@BeforeAll
	static void evaluate() throws IOException {
		evaluation = GoldSetEvaluation.run(Path.of("../../releng/demo/articles"), Path.of("devset"));
		assertThat(evaluation.predictions).hasSize(5);
	}

	@Test
	void thatTheDevSetScoresStayAboveTheirFloors() throws IOException {
		String report = evaluation.report();
		System.out.println("Development set (5 demo articles):\n" + report);
		Files.writeString(Path.of("target/devset-report.txt"), report);
		assertThat(evaluation.f1("Entities (micro)")).as(report).isGreaterThan(0.90);
		for (String label : List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY")) {
			assertThat(evaluation.f1(label)).as(label + "\n" + report).isGreaterThan(0.85);
		}
		assertThat(evaluation.f1("Claim")).as(report).isGreaterThan(0.85);
		assertThat(evaluation.f1("Claim source")).as(report).isGreaterThan(0.80);
		assertThat(evaluation.f1("Claim cue")).as(report).isGreaterThan(0.80);
	}

	@Test
	void thatEveryDemoArticleHasPeopleOrganisationsPlacesAndAttributedClaims() {
		assertThat(evaluation.predictions).allSatisfy(jcas -> {
			assertThat(jcas.select(Entity.class).map(Entity::getLabel).distinct().toList())
					.contains("PERSON", "ORGANIZATION", "LOCATION");
			assertThat(jcas.select(Claim.class).filter(c -> c.getSource() != null).count()).isPositive();
		});
	}

	@Test
	void thatTheArrestCountsBecomeIntervals() {
		List<String> quantities = new ArrayList<>();
		for (JCas jcas : evaluation.predictions) {
			for (Quantity q : jcas.select(Quantity.class)) {
				quantities.add(q.getCoveredText() + " " + new Interval(q.getLow(), q.getHigh(), q.getApproximate()) + " "
						+ q.getMeasure());
			}
		}
		assertThat(quantities).contains("at least around 20 [20, inf)~ arrests", "36 to 40 [36, 40] soldiers",
				"55 [55, 55] arrests", "around 50 [45, 55]~ arrests", "dozens [24, 99]~ soldiers");
	}
}
