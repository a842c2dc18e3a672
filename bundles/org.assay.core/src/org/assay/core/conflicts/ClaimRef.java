package org.assay.core.conflicts;

import org.assay.core.IntervalFormat;

/**
 * One claim in a group: where it is, who says it, and what it says about the group's subject.
 *
 * @param documentId corpus document
 * @param begin content start (UTF-16 offset)
 * @param end content end
 * @param content the claim's content text
 * @param source who asserts it ("" when unattributed)
 * @param factuality ASSERTED, DENIED, HEDGED or UNCERTAIN
 * @param low lower bound of the figure (NaN for propositions; -Infinity when unbounded)
 * @param high upper bound (NaN for propositions; +Infinity when unbounded)
 * @param value the figure or the polarity as written ("at least around 20", "denied")
 */
public record ClaimRef(String documentId, int begin, int end, String content, String source, String factuality,
		double low, double high, String value) {

	boolean overlaps(ClaimRef other) {
		return low <= other.high && other.low <= high;
	}

	/**
	 * The figure as an interval, "[36, 40]", "[20, inf)", with {@code infinity} as the symbol
	 * for an unbounded end.
	 */
	public String interval(String infinity) {
		return IntervalFormat.format(low, high, infinity);
	}

	boolean positive() {
		return !"DENIED".equals(factuality);
	}
}
