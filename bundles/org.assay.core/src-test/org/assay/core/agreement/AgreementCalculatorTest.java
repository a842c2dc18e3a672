package org.assay.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.apache.uima.jcas.JCas;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

class AgreementCalculatorTest {

	static final String TEXT = "A B C D E F G H I J";

	private static JCas layer(String... spans) {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		for (String s : spans) {
			String[] p = s.split(":");
			int b = TEXT.indexOf(p[0].charAt(0));
			int e = TEXT.indexOf(p[0].charAt(p[0].length() - 1)) + 1;
			Entity en = new Entity(jcas, b, e);
			en.setLabel(p[1]);
			en.setStatus(p.length > 2 ? p[2] : "ACCEPTED");
			en.addToIndexes();
		}
		return jcas;
	}

	/**
	 * Ten tokens; alice: PERSON on A-B, LOCATION on E; bob: PERSON on A, LOCATION on E, ORG on H.
	 * By hand: observed agreement 0.8; Cohen's expected 0.52 -> kappa 0.28/0.48; Fleiss' expected
	 * (pooled) 0.525 -> 0.275/0.475; Krippendorff: 4 disagreeing pairs of 20 values,
	 * 1 - 19*4/190 = 0.6.
	 */
	@Test
	void thatTokenLevelFiguresMatchTheHandComputedValues() {
		AgreementCalculator calc = new AgreementCalculator(List.of("alice", "bob"));
		AgreementFigures f = calc.addDocument("d", List.of(layer("AB:PERSON", "E:LOCATION"),
				layer("A:PERSON", "E:LOCATION", "H:ORGANIZATION")), null);
		assertThat(f.tokens()).isEqualTo(10);
		assertThat(f.cohen().get("alice|bob")).isCloseTo(0.28 / 0.48, within(1e-9));
		assertThat(f.fleiss()).isCloseTo(0.275 / 0.475, within(1e-9));
		assertThat(f.alpha()).isCloseTo(0.6, within(1e-9));
		assertThat(f.perLabel()).containsKeys("PERSON", "LOCATION", "ORGANIZATION");
		assertThat(f.perLabel().get("LOCATION").cohen().get("alice|bob")).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void thatIdenticalLayersAgreeFullyAndUnreviewedSuggestionsDoNotCount() {
		AgreementCalculator calc = new AgreementCalculator(List.of("alice", "bob"));
		AgreementFigures f = calc.addDocument("d", List.of(layer("AB:PERSON", "E:LOCATION", "J:DATE:SUGGESTED"),
				layer("AB:PERSON", "E:LOCATION")), null);
		assertThat(f.cohen().get("alice|bob")).isCloseTo(1.0, within(1e-9));
		assertThat(f.unitizingAlpha()).isCloseTo(1.0, within(1e-9));
		assertThat(f.perLabel()).doesNotContainKey("DATE");
	}

	@Test
	void thatBoundaryDisagreementLowersUnitizingAlphaAndThePooledCorpusFiguresCoverAllDocuments() {
		AgreementCalculator calc = new AgreementCalculator(List.of("alice", "bob"));
		calc.addDocument("d1", List.of(layer("AB:PERSON"), layer("AB:PERSON")), null);
		AgreementFigures d2 = calc.addDocument("d2", List.of(layer("CD:PERSON"), layer("D:PERSON")), null);
		assertThat(d2.unitizingAlpha()).isLessThan(1.0);
		AgreementFigures corpus = calc.corpus();
		assertThat(corpus.tokens()).isEqualTo(20);
		assertThat(corpus.unitizingAlpha()).isGreaterThan(d2.unitizingAlpha()).isLessThan(1.0);
	}

	@Test
	void thatSharedUnitizingAlphaGivesDkprosOwnFiguresOverallAndPerCategory() {
		UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(3, 0, 200);
		Random random = new Random(5);
		String[] categories = { "PERSON", "LOCATION", "DATE" };
		for (int r = 0; r < 3; r++) {
			for (int u = 0; u < 12; u++) {
				long begin = random.nextInt(180);
				study.addUnit(begin, 1 + random.nextInt(15), r, categories[random.nextInt(3)]);
			}
		}
		KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
		SharedUnitizingAlpha shared = new SharedUnitizingAlpha(study);
		assertThat(shared.calculateAgreement()).isCloseTo(dkpro.calculateAgreement(), within(1e-12));
		for (String c : categories) {
			assertThat(shared.calculateCategoryAgreement(c)).isCloseTo(dkpro.calculateCategoryAgreement(c), within(1e-12));
		}
	}
}
