package org.assay.core.formats;

import java.util.Map;
import java.util.TreeMap;

import org.assay.core.Abbreviation;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;

/**
 * What the readers of another tool's files share while they read them into one import's layer:
 * the annotations they make were made by hand (MANUAL, the import's layer as their origin),
 * entity types map through a {@link LabelMapping}, and what has no Assay counterpart is counted
 * so the import can say what it left out.
 */
public final class ForeignLayer {

	private final LabelMapping labels;
	private final String origin;
	private final Map<String, Integer> notMapped = new TreeMap<>();

	/** A layer whose labels come from {@code labels} and whose annotations have {@code origin} (the import's layer). */
	public ForeignLayer(LabelMapping labels, String origin) {
		this.labels = labels;
		this.origin = origin;
	}

	/** How the other tool's types become labels. */
	public LabelMapping labels() {
		return labels;
	}

	/** {@code r}, marked as made by hand into the import's layer. */
	public <R extends Reviewable> R handMade(R r) {
		r.setStatus(ReviewStatus.MANUAL.name());
		r.setOrigin(origin);
		r.setConfidence(1.0);
		return r;
	}

	/** Counts {@code n} more of {@code what} ("layer webanno.custom.Sentiment") as left out. */
	public void leftOut(String what, int n) {
		notMapped.merge(what, n, Integer::sum);
	}

	/** Counts one more {@code what} as left out. */
	public void leftOut(String what) {
		leftOut(what, 1);
	}

	/** What was left out so far, and how often. */
	public Map<String, Integer> notMapped() {
		return notMapped;
	}

	/**
	 * A figure's bound as the other tool wrote it.
	 *
	 * @param what names the bound in the message if it is not a number ("T4: low")
	 * @throws IllegalArgumentException when {@code v} is not a number
	 */
	public static double number(String v, String what) {
		try {
			double d = Double.parseDouble(v);
			if (Double.isNaN(d)) {
				throw new NumberFormatException();
			}
			return d;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(what + " '" + Abbreviation.ofInput(v) + "' is not a number");
		}
	}
}
