package org.assay.core.formats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How documents are divided into train, validation and test: by document (sentences of one
 * article never land in two splits), in proportions such as 80/10/10, shuffled with a fixed seed
 * so the same corpus and seed always give the same splits.
 *
 * @param percents the share of train, validation and test, summing to 100
 * @param seed     the shuffle's seed
 */
public record DatasetSplit(int[] percents, long seed) {

	/** The split names, in the order of {@link #percents}. */
	public static final List<String> NAMES = List.of("train", "validation", "test");

	/**
	 * Parses "80/10/10" (train/validation/test; a share may be 0).
	 *
	 * @throws IllegalArgumentException saying what is wrong with it
	 */
	public static DatasetSplit parse(String spec, long seed) {
		String[] parts = spec.trim().split("/", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("split '" + spec + "' is not train/validation/test percentages such as 80/10/10");
		}
		int[] p = new int[3];
		int sum = 0;
		for (int i = 0; i < 3; i++) {
			try {
				p[i] = Integer.parseInt(parts[i].trim());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("split '" + spec + "': '" + parts[i] + "' is not a whole number of percent");
			}
			if (p[i] < 0) {
				throw new IllegalArgumentException("split '" + spec + "': a share cannot be negative");
			}
			sum += p[i];
		}
		if (sum != 100) {
			throw new IllegalArgumentException("split '" + spec + "' adds up to " + sum + "%, not 100%");
		}
		return new DatasetSplit(p, seed);
	}

	/** The names of the splits with a share above 0. */
	public List<String> names() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			if (percents[i] > 0) {
				names.add(NAMES.get(i));
			}
		}
		return names;
	}

	/**
	 * The split of each document: {@code ids} (in any order) are sorted, shuffled with the seed and
	 * cut in the proportions, each split's size rounded by largest remainder so they add up.
	 */
	public Map<String, String> assign(List<String> ids) {
		List<String> order = new ArrayList<>(ids);
		Collections.sort(order);
		Collections.shuffle(order, new Random(seed));
		int n = order.size();
		int[] sizes = new int[3];
		double[] remainder = new double[3];
		int given = 0;
		for (int i = 0; i < 3; i++) {
			double exact = n * percents[i] / 100.0;
			sizes[i] = (int) Math.floor(exact);
			remainder[i] = exact - sizes[i];
			given += sizes[i];
		}
		for (; given < n; given++) {
			int best = 0;
			for (int i = 1; i < 3; i++) {
				if (remainder[i] > remainder[best]) {
					best = i;
				}
			}
			sizes[best]++;
			remainder[best] = -1;
		}
		Map<String, String> split = new HashMap<>();
		int at = 0;
		for (int i = 0; i < 3; i++) {
			for (int k = 0; k < sizes[i]; k++) {
				split.put(order.get(at++), NAMES.get(i));
			}
		}
		return split;
	}
}
