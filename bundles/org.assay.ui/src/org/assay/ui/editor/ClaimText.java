package org.assay.ui.editor;

import org.assay.type.Quantity;

/** Display strings for claim parts. */
public final class ClaimText {

	private ClaimText() {
	}

	/** "[20, ∞) arrests ~", "[36, 40] soldiers". */
	public static String interval(Quantity q) {
		String low = Double.isInfinite(q.getLow()) ? "(-\u221E" : "[" + number(q.getLow());
		String high = Double.isInfinite(q.getHigh()) ? "\u221E)" : number(q.getHigh()) + "]";
		String measure = q.getMeasure() == null || q.getMeasure().isEmpty() ? "" : " " + q.getMeasure();
		return low + ", " + high + measure + (q.getApproximate() ? " ~" : "");
	}

	private static String number(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
	}
}
