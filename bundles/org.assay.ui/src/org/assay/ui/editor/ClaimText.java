package org.assay.ui.editor;

import org.assay.core.IntervalFormat;
import org.assay.type.Quantity;

/** Display strings for claim parts. */
public final class ClaimText {

	private ClaimText() {
	}

	/** "[20, ∞) arrests ~", "[36, 40] soldiers". */
	public static String interval(Quantity q) {
		String measure = q.getMeasure() == null || q.getMeasure().isEmpty() ? "" : " " + q.getMeasure();
		return IntervalFormat.format(q.getLow(), q.getHigh(), "\u221E") + measure + (q.getApproximate() ? " ~" : "");
	}

}
