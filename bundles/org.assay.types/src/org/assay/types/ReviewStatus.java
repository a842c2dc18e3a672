package org.assay.types;

import java.util.EnumSet;
import java.util.Set;

/** Review state of an annotation; the names are the values stored in the CAS. */
public enum ReviewStatus {
	SUGGESTED, ACCEPTED, REJECTED, CORRECTED, MANUAL;

	/** The states that make up the gold corpus. */
	public static final Set<ReviewStatus> GOLD = EnumSet.of(ACCEPTED, CORRECTED, MANUAL);

	/** Parses a stored value; an absent value counts as {@link #SUGGESTED}. */
	public static ReviewStatus parse(String value) {
		return value == null ? SUGGESTED : valueOf(value);
	}

	/** Whether an annotation with this status belongs to the gold corpus (ACCEPTED, CORRECTED, MANUAL). */
	public boolean isGold() {
		return GOLD.contains(this);
	}
}
