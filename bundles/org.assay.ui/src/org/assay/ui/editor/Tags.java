package org.assay.ui.editor;

import java.util.Locale;
import java.util.Map;

import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;

/**
 * The short label tags drawn under spans: PER, ORG, LOC, DATE, QTY for the standard labels, the
 * first five letters of a custom one (WEAPO), "claim" for claim content; a trailing "?" while
 * the annotation is a suggestion. Sources, cues and quantities of claims carry none (the claim
 * links them when it is under review).
 */
public final class Tags {

	private static final Map<String, String> SHORT = Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "DATE", "DATE",
			"QUANTITY", "QTY");

	private Tags() {
	}

	/** The tag of {@code r}, or null when it has none. */
	public static String of(Reviewable r) {
		String tag;
		if (r instanceof Entity e) {
			String label = e.getLabel() == null ? "?" : e.getLabel().toUpperCase(Locale.ROOT);
			tag = SHORT.getOrDefault(label, label.length() > 5 ? label.substring(0, 5) : label);
		} else if (r instanceof Claim) {
			tag = "claim";
		} else {
			return null;
		}
		return ReviewStatus.parse(r.getStatus()) == ReviewStatus.SUGGESTED ? tag + "?" : tag;
	}
}
