package org.assay.core.review;

import java.util.ArrayList;
import java.util.List;

import org.assay.type.Claim;
import org.assay.type.Reviewable;

/** The annotations a claim points to, which travel with it when it is copied, decided or deleted. */
public final class ClaimParts {

	private ClaimParts() {
	}

	/** The claim's source, cue and quantity, those it has, in that order. */
	public static List<Reviewable> of(Claim claim) {
		List<Reviewable> parts = new ArrayList<>(3);
		addIfPresent(parts, claim.getSource());
		addIfPresent(parts, claim.getCue());
		addIfPresent(parts, claim.getQuantity());
		return parts;
	}

	/** The claim's source and cue, those it has (a quantity is also an entity of its own). */
	public static List<Reviewable> attribution(Claim claim) {
		List<Reviewable> parts = new ArrayList<>(2);
		addIfPresent(parts, claim.getSource());
		addIfPresent(parts, claim.getCue());
		return parts;
	}

	private static void addIfPresent(List<Reviewable> list, Reviewable r) {
		if (r != null) {
			list.add(r);
		}
	}
}
