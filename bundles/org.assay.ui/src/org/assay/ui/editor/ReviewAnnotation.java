package org.assay.ui.editor;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.type.Source;
import org.assay.types.ReviewStatus;
import org.eclipse.jface.text.source.Annotation;

/**
 * The editor's view of one CAS annotation. Its type ({@code org.assay.ui.entity.person},
 * {@code ...suggested}) selects the style declared in plugin.xml, so users restyle it in
 * Preferences > General > Editors > Text Editors > Annotations.
 */
public final class ReviewAnnotation extends Annotation {

	public static final String PREFIX = "org.assay.ui.";
	public static final String CURRENT = PREFIX + "current";
	private static final Set<String> STYLED_LABELS = Set.of("person", "organization", "location", "date", "quantity");

	private final Reviewable reviewable;

	ReviewAnnotation(Reviewable reviewable) {
		super(typeOf(reviewable), false, null);
		this.reviewable = reviewable;
	}

	/** Hover text, made when asked: 50,000 annotations need not carry 50,000 strings. */
	@Override
	public String getText() {
		return describe(reviewable);
	}

	public Reviewable reviewable() {
		return reviewable;
	}

	/** Annotation type for a CAS annotation in its current state. */
	public static String typeOf(Reviewable r) {
		// a layer opens with tens of thousands of annotations of a handful of kinds, labels and
		// states: look the type up by those instead of building its name for each annotation
		String label = r instanceof Entity e ? e.getLabel() : null;
		return TYPES.computeIfAbsent(new Kind(r.getClass(), label, r.getStatus()), ReviewAnnotation::typeName);
	}

	/** What an annotation's type depends on. */
	private record Kind(Class<?> type, String label, String status) {
	}

	private static String typeName(Kind k) {
		String base;
		if (Entity.class.isAssignableFrom(k.type())) {
			String label = k.label() == null ? "" : k.label().toLowerCase(Locale.ROOT);
			base = PREFIX + "entity." + (STYLED_LABELS.contains(label) ? label : "other");
		} else if (Claim.class.isAssignableFrom(k.type())) {
			base = PREFIX + "claim";
		} else if (Source.class.isAssignableFrom(k.type())) {
			base = PREFIX + "source";
		} else if (Cue.class.isAssignableFrom(k.type())) {
			base = PREFIX + "cue";
		} else {
			base = PREFIX + "quantity";
		}
		ReviewStatus status = ReviewStatus.parse(k.status());
		String type = status == ReviewStatus.SUGGESTED ? base + ".suggested"
				: status == ReviewStatus.REJECTED ? base + ".rejected" : base;
		// one instance per type name: the painter hashes types on every lookup
		return NAMES.computeIfAbsent(type, t -> t);
	}

	private static final ConcurrentHashMap<Kind, String> TYPES = new ConcurrentHashMap<>();
	private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();

	/** Hover text: "PERSON · SUGGESTED · assay-entities@0.1.0 · 0.85". */
	public static String describe(Reviewable r) {
		String what = r instanceof Entity e ? e.getLabel()
				: r instanceof Claim c ? "CLAIM " + c.getKind() + " " + c.getFactuality() : r.getClass().getSimpleName().toUpperCase(Locale.ROOT);
		return what + " \u00B7 " + r.getStatus() + " \u00B7 " + r.getOrigin()
				+ String.format(Locale.ROOT, " \u00B7 %.2f", r.getConfidence());
	}
}
