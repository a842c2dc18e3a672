package org.assay.engines.internal;

import java.time.Instant;

import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;

/** Stamps engine output as a suggestion with its origin and confidence. */
public final class Provenance {

	private Provenance() {
	}

	/** Marks {@code annotation} SUGGESTED by {@code origin} with {@code confidence} (three decimals), now. */
	public static <T extends Reviewable> T suggest(T annotation, String origin, double confidence) {
		annotation.setStatus(ReviewStatus.SUGGESTED.name());
		annotation.setOrigin(origin);
		annotation.setConfidence(Math.round(confidence * 1000) / 1000.0);
		annotation.setChangedAt(Instant.now().toString());
		return annotation;
	}
}
