package org.assay.core.formats;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;

/** Which review states an export keeps. REJECTED annotations are never exported. */
public enum StatusFilter {
	/** ACCEPTED, CORRECTED and MANUAL: the gold corpus. */
	GOLD(ReviewStatus.GOLD),
	/** Gold plus unreviewed SUGGESTED annotations. */
	ALL(EnumSet.of(ReviewStatus.SUGGESTED, ReviewStatus.ACCEPTED, ReviewStatus.CORRECTED, ReviewStatus.MANUAL));

	private final Set<ReviewStatus> kept;

	StatusFilter(Set<ReviewStatus> kept) {
		this.kept = kept;
	}

	/** Whether an annotation with this status is exported. */
	public boolean keeps(Reviewable annotation) {
		return annotation != null && kept.contains(ReviewStatus.parse(annotation.getStatus()));
	}

	/** Parses "gold" or "all". */
	public static StatusFilter parse(String value) {
		try {
			return valueOf(value.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown status filter '" + value + "' (expected gold or all)");
		}
	}
}
