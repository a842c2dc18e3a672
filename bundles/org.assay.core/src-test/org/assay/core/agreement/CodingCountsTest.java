package org.assay.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Figures from counts of distinct codings equal DKPro Agreement's, item by item, on random studies. */
class CodingCountsTest {

	private static void assertSame(double ours, double dkpro, String what) {
		if (Double.isNaN(dkpro)) {
			assertThat(ours).as(what).isNaN();
		} else {
			assertThat(ours).as(what).isCloseTo(dkpro, within(1e-9));
		}
	}

	@Test
	void thatCohenFleissAndKrippendorffEqualDkproOnRandomStudies() {
		Random random = new Random(11);
		String[] labels = { "O", "PERSON", "LOCATION", "DATE", "QUANTITY" };
		for (int trial = 0; trial < 300; trial++) {
			int raters = 2 + random.nextInt(3);
			int categories = 1 + random.nextInt(labels.length);
			int n = 1 + random.nextInt(trial < 20 ? 5 : 400);
			List<String[]> items = new ArrayList<>();
			CodingCounts counts = new CodingCounts(raters);
			for (int i = 0; i < n; i++) {
				String truth = labels[random.nextInt(categories)];
				String[] item = new String[raters];
				for (int r = 0; r < raters; r++) {
					item[r] = random.nextInt(4) == 0 ? labels[random.nextInt(categories)] : truth;
				}
				items.add(item);
				counts.add(item, 1);
			}
			double[] coding = AgreementCalculator.Reference.coding(items);
			assertSame(counts.fleiss(), coding[0], "Fleiss, trial " + trial);
			assertSame(counts.alphaNominal(), coding[1], "Krippendorff, trial " + trial);
			List<String> names = new ArrayList<>();
			for (int r = 0; r < raters; r++) {
				names.add("r" + r);
			}
			Map<String, Double> cohen = AgreementCalculator.Reference.cohen(items, names);
			int k = 0;
			for (int a = 0; a < raters; a++) {
				for (int b = a + 1; b < raters; b++) {
					assertSame(counts.raters(a, b).cohen(), cohen.get("r" + a + "|r" + b), "Cohen " + a + "|" + b + ", trial " + trial);
					k++;
				}
			}
			assertThat(k).isEqualTo(cohen.size());
		}
	}
}
