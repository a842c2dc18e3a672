package org.assay.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/**
 * The linear expected disagreement gives DKPro Agreement's unitizing alpha — DKPro stays the
 * reference: both run on the same random studies, overall and per category.
 */
class SharedUnitizingAlphaTest {

	/** A random study: raters' units never overlap within a rater and category, as DKPro requires. */
	static UnitizingAnnotationStudy randomStudy(Random random, int raters, int categories, int length) {
		UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, length);
		// a shared "truth" the raters follow with boundary, label and omission errors
		List<int[]> truth = new ArrayList<>();
		for (int pos = random.nextInt(5);;) {
			pos += random.nextInt(40);
			int len = 1 + (random.nextInt(10) == 0 ? random.nextInt(60) : random.nextInt(12));
			if (pos + len > length) {
				break;
			}
			truth.add(new int[] { pos, len, random.nextInt(categories) });
			pos += len + 2;
		}
		for (int r = 0; r < raters; r++) {
			int after = 0;
			for (int[] t : truth) {
				if (random.nextInt(8) == 0) {
					continue; // missed
				}
				int begin = Math.max(after, t[0] + (random.nextInt(5) == 0 ? random.nextInt(3) - 1 : 0));
				int end = Math.min(length, t[0] + t[1] + (random.nextInt(5) == 0 ? random.nextInt(3) - 1 : 0));
				if (end > begin) {
					int category = random.nextInt(6) == 0 ? random.nextInt(categories) : t[2];
					study.addUnit(begin, end - begin, r, "C" + category);
					after = end;
				}
			}
		}
		return study;
	}

	@Test
	void thatItEqualsDkproOnRandomStudies() {
		Random random = new Random(20261130);
		for (int trial = 0; trial < 300; trial++) {
			UnitizingAnnotationStudy study = randomStudy(random, 2 + random.nextInt(3), 1 + random.nextInt(3), 50 + random.nextInt(3000));
			if (study.getUnitCount() == 0) {
				continue;
			}
			KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
			SharedUnitizingAlpha ours = new SharedUnitizingAlpha(study);
			assertThat(ours.calculateAgreement()).as("trial %d", trial).isCloseTo(dkpro.calculateAgreement(), within(1e-9));
			for (Object category : study.getCategories()) {
				assertThat(SharedUnitizingAlpha.expectedDisagreement(study, category)).as("trial %d, %s", trial, category)
						.isEqualTo(new Expected(study).of(category));
				assertThat(ours.calculateCategoryAgreement(category)).isCloseTo(dkpro.calculateCategoryAgreement(category), within(1e-9));
			}
		}
	}

	/** DKPro's own expected disagreement, made callable. */
	private static final class Expected extends KrippendorffAlphaUnitizingAgreement {
		Expected(UnitizingAnnotationStudy study) {
			super(study);
		}

		double of(Object category) {
			return calculateExpectedCategoryDisagreement(category);
		}
	}
}
