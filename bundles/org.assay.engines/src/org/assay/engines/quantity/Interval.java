package org.assay.engines.quantity;

import org.assay.core.IntervalFormat;

/**
 * A closed numeric interval; {@code low = -Infinity} or {@code high = +Infinity} when unbounded.
 *
 * @param low lower bound
 * @param high upper bound
 * @param approximate whether the source hedged the figure ("around", "dozens")
 */
public record Interval(double low, double high, boolean approximate) {

	/** The interval holding exactly {@code v}. */
	public static Interval exact(double v) {
		return new Interval(v, v, false);
	}

	/** Whether the two intervals share a value. */
	public boolean overlaps(Interval other) {
		return low <= other.high && other.low <= high;
	}

	@Override
	public String toString() {
		return IntervalFormat.format(low, high, "inf") + (approximate ? "~" : "");
	}
}
