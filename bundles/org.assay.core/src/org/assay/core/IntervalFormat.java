package org.assay.core;

/**
 * Writes a figure's interval the one way Assay shows it: {@code [36, 40]}, {@code [20, ∞)},
 * {@code (-∞, 5]}; whole numbers without a decimal point.
 */
public final class IntervalFormat {

	private IntervalFormat() {
	}

	/** The interval with {@code infinity} as the symbol of an unbounded end ("inf" or "∞"). */
	public static String format(double low, double high, String infinity) {
		String lower = Double.isInfinite(low) ? "(-" + infinity : "[" + number(low);
		String upper = Double.isInfinite(high) ? infinity + ")" : number(high) + "]";
		return lower + ", " + upper;
	}

	/** "40" for 40.0, "2.5" for 2.5. */
	public static String number(double v) {
		return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : Double.toString(v);
	}
}
