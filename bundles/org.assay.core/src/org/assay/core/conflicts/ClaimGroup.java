package org.assay.core.conflicts;

import java.util.ArrayList;
import java.util.List;

/**
 * Claims about one thing across documents: a count of an event ("number of people in arrest
 * events") or a proposition ("Abass Dembele — arrest"). A conflict is kept as data: the pairs
 * that cannot both be true, and why.
 *
 * @param kind      what the claims are about
 * @param subject   what the claims are about, readable
 * @param claims    the members, in corpus order
 * @param conflicts the pairs of members that contradict each other
 */
public record ClaimGroup(Kind kind, String subject, List<ClaimRef> claims, List<Conflict> conflicts) {

	/** What a group's claims are about. */
	public enum Kind {
		/** A count of people an event happened to; members carry an interval. */
		COUNT,
		/** A named person and an event; members carry a polarity. */
		PROPOSITION
	}

	/** Why two claims cannot both be true. */
	public enum Reason {
		/** Their figures' intervals do not overlap. */
		DISJOINT_FIGURES("the figures do not overlap"),
		/** One asserts (or hedges) what the other denies. */
		ASSERTED_AND_DENIED("one asserts what the other denies");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

		/** A short phrase for people. */
		public String describe() {
			return description;
		}
	}

	/**
	 * Two members that contradict each other.
	 *
	 * @param first  index of the earlier member in {@link ClaimGroup#claims()}
	 * @param second index of the later member
	 * @param reason why they contradict
	 */
	public record Conflict(int first, int second, Reason reason) {

		/** Whether member {@code index} is one of the two. */
		public boolean involves(int index) {
			return first == index || second == index;
		}
	}

	/** Whether any two members contradict each other. */
	public boolean isConflict() {
		return !conflicts.isEmpty();
	}

	static ClaimGroup of(Kind kind, String subject, List<ClaimRef> claims) {
		List<Conflict> pairs = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			for (int j = i + 1; j < claims.size(); j++) {
				ClaimRef a = claims.get(i);
				ClaimRef b = claims.get(j);
				// two sources in one article can contradict each other too
				if (kind == Kind.COUNT && !a.overlaps(b)) {
					pairs.add(new Conflict(i, j, Reason.DISJOINT_FIGURES));
				} else if (kind == Kind.PROPOSITION && a.positive() != b.positive() && !"UNCERTAIN".equals(a.factuality())
						&& !"UNCERTAIN".equals(b.factuality())) {
					pairs.add(new Conflict(i, j, Reason.ASSERTED_AND_DENIED));
				}
			}
		}
		return new ClaimGroup(kind, subject, List.copyOf(claims), List.copyOf(pairs));
	}
}
