package org.assay.core.conflicts;

import java.util.ArrayList;
import java.util.List;

/**
 * Claims about one thing across documents: a measure of an event ("ARREST count") or a
 * proposition ("Abass Dembele — ARREST"). A conflict is kept as data: the pairs that cannot
 * both be true.
 *
 * @param kind QUANTITY or PROPOSITION
 * @param subject what the claims are about, readable
 * @param claims the members, in corpus order
 * @param conflicts index pairs into {@code claims} that contradict each other
 */
public record ClaimGroup(String kind, String subject, List<ClaimRef> claims, List<int[]> conflicts) {

	public boolean isConflict() {
		return !conflicts.isEmpty();
	}

	static ClaimGroup of(String kind, String subject, List<ClaimRef> claims) {
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			for (int j = i + 1; j < claims.size(); j++) {
				ClaimRef a = claims.get(i);
				ClaimRef b = claims.get(j);
				boolean clash = kind.equals("QUANTITY") ? !a.overlaps(b)
						: a.positive() != b.positive() && !"UNCERTAIN".equals(a.factuality())
								&& !"UNCERTAIN".equals(b.factuality());
				if (clash) { // two sources in one article can contradict each other too
					pairs.add(new int[] { i, j });
				}
			}
		}
		return new ClaimGroup(kind, subject, List.copyOf(claims), List.copyOf(pairs));
	}
}
