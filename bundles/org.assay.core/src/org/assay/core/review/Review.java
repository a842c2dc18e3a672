package org.assay.core.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCopier;
import org.assay.core.Abbreviation;
import org.assay.core.Span;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.type.Source;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;
import org.assay.types.ReviewStatus;

/**
 * Builds the review edits an annotator makes on their layer. Every edit stamps the time of the
 * change and puts the previous time back on undo; human-made annotations carry the annotator as
 * origin and confidence 1.
 */
public final class Review {

	private final JCas jcas;
	private final String annotator;
	private final Clock clock;

	/** Edits of {@code annotator} on {@code jcas}, stamped with the system clock. */
	public Review(JCas jcas, String annotator) {
		this(jcas, annotator, Clock.systemUTC());
	}

	/** Edits stamped with {@code clock} (tests fix the time). */
	public Review(JCas jcas, String annotator, Clock clock) {
		this.jcas = Objects.requireNonNull(jcas);
		this.annotator = Objects.requireNonNull(annotator);
		this.clock = clock;
	}

	/** The layer edited. */
	public JCas jcas() {
		return jcas;
	}

	/** Who edits. */
	public String annotator() {
		return annotator;
	}

	String now() {
		return clock.instant().toString();
	}

	/** Marks an annotation (and, for a claim, its source, cue and quantity) ACCEPTED. */
	public CasEdit accept(Reviewable r) {
		return status(r, ReviewStatus.ACCEPTED, "Accept");
	}

	/** Marks an annotation (and a claim's parts) REJECTED; it stays in the layer for evaluation. */
	public CasEdit reject(Reviewable r) {
		return status(r, ReviewStatus.REJECTED, "Reject");
	}

	private CasEdit status(Reviewable r, ReviewStatus target, String verb) {
		List<Reviewable> all = new ArrayList<>();
		all.add(r);
		if (r instanceof Claim c) {
			all.addAll(ClaimParts.of(c));
		}
		List<CasEdit> edits = new ArrayList<>();
		String now = now();
		for (Reviewable each : all) {
			ReviewStatus current = ReviewStatus.parse(each.getStatus());
			// accepting a corrected or hand-made annotation keeps that state
			ReviewStatus next = target == ReviewStatus.ACCEPTED
					&& (current == ReviewStatus.CORRECTED || current == ReviewStatus.MANUAL) ? current : target;
			edits.add(new ReviewEdits.SetStatus(each, next.name(), now, annotator));
		}
		return together(verb + " " + describe(r), edits);
	}

	/** Changes an entity's label; an engine suggestion becomes CORRECTED. */
	public CasEdit relabel(Entity e, String label) {
		return new ReviewEdits.Relabel(e, label, corrected(e).name(), now(), annotator);
	}

	/** Moves an annotation's boundaries (it is re-indexed, as UIMA requires). */
	public CasEdit resize(Reviewable r, int begin, int end) {
		if (begin < 0 || end > jcas.getDocumentText().length() || begin >= end) {
			throw new IllegalArgumentException("invalid span " + begin + ".." + end);
		}
		return new ReviewEdits.Resize(r, begin, end, corrected(r).name(), now(), annotator);
	}

	/** A new entity made by the annotator (MANUAL). */
	public CasEdit createEntity(int begin, int end, String label) {
		Entity e = new Entity(jcas, begin, end);
		e.setLabel(label);
		stampManual(e);
		return new ReviewEdits.Add("New " + label, e);
	}

	/** A new claim over {@code content}, with no source or cue yet (MANUAL, INDIRECT, ASSERTED). */
	public CasEdit createClaim(int begin, int end) {
		Claim c = new Claim(jcas, begin, end);
		c.setKind(ClaimKind.INDIRECT.name());
		c.setFactuality(Factuality.ASSERTED.name());
		stampManual(c);
		return new ReviewEdits.Add("New claim", c);
	}

	/** Sets (or replaces) a claim's source to the span {@code begin..end}. */
	public CasEdit setSource(Claim claim, int begin, int end) {
		Source s = new Source(jcas, begin, end);
		stampManual(s);
		return new ClaimEdits.SetPart(claim, s, true, sharedWithOtherClaims(claim.getSource(), claim), corrected(claim).name(), now(),
				annotator);
	}

	/** Sets (or replaces) a claim's cue to the span {@code begin..end}. */
	public CasEdit setCue(Claim claim, int begin, int end) {
		Cue c = new Cue(jcas, begin, end);
		stampManual(c);
		return new ClaimEdits.SetPart(claim, c, false, sharedWithOtherClaims(claim.getCue(), claim), corrected(claim).name(), now(),
				annotator);
	}

	private boolean sharedWithOtherClaims(Reviewable part, Claim except) {
		if (part == null) {
			return false;
		}
		for (Claim c : jcas.select(Claim.class)) {
			if (c != except && (c.getSource() == part || c.getCue() == part)) {
				return true;
			}
		}
		return false;
	}

	/** Moves a claim's kind to the next value ({@code forward}) or the previous one. */
	public CasEdit cycleKind(Claim claim, boolean forward) {
		ClaimKind next = step(ClaimKind.values(), ClaimKind.valueOf(claim.getKind()).ordinal(), forward);
		return new ClaimEdits.SetClaimFeature(claim, true, next.name(), corrected(claim).name(), now(), annotator);
	}

	/** Moves a claim's factuality to the next value ({@code forward}) or the previous one. */
	public CasEdit cycleFactuality(Claim claim, boolean forward) {
		Factuality next = step(Factuality.values(), Factuality.valueOf(claim.getFactuality()).ordinal(), forward);
		return new ClaimEdits.SetClaimFeature(claim, false, next.name(), corrected(claim).name(), now(), annotator);
	}

	private static <T> T step(T[] values, int at, boolean forward) {
		return values[(at + (forward ? 1 : values.length - 1)) % values.length];
	}

	/** An entity's identity for merging: where and what. */
	private record EntityKey(Span span, String label) {
		static EntityKey of(Entity e) {
			return new EntityKey(new Span(e.getBegin(), e.getEnd()), e.getLabel());
		}
	}

	/**
	 * Adds the engine suggestions of {@code engineOutput} (same text) that this layer does not
	 * have yet: entities with a new span or label, claims with a new content span. Their source,
	 * cue and quantity come along; everything already reviewed stays as it is.
	 */
	public CasEdit mergeSuggestions(JCas engineOutput) {
		if (!Objects.equals(engineOutput.getDocumentText(), jcas.getDocumentText())) {
			throw new IllegalArgumentException("engine output is for another text");
		}
		Set<EntityKey> entities = new HashSet<>();
		for (Entity e : jcas.select(Entity.class)) {
			entities.add(EntityKey.of(e));
		}
		Set<Span> claims = new HashSet<>();
		for (Claim c : jcas.select(Claim.class)) {
			claims.add(new Span(c.getBegin(), c.getEnd()));
		}
		CasCopier copier = new CasCopier(engineOutput.getCas(), jcas.getCas());
		List<Reviewable> added = new ArrayList<>();
		for (Entity e : engineOutput.select(Entity.class)) {
			if (entities.add(EntityKey.of(e))) {
				added.add((Reviewable) copier.copyFs(e));
			}
		}
		for (Claim c : engineOutput.select(Claim.class)) {
			if (claims.add(new Span(c.getBegin(), c.getEnd()))) {
				Claim copy = (Claim) copier.copyFs(c);
				added.add(copy);
				for (Reviewable part : ClaimParts.of(copy)) {
					if (!added.contains(part)) {
						added.add(part);
					}
				}
			}
		}
		List<CasEdit> edits = new ArrayList<>();
		for (Reviewable r : added) {
			edits.add(new ReviewEdits.Add("Add", r));
		}
		return together("Pre-annotate (" + added.size() + " suggestions)", edits);
	}

	/** Removes an annotation (a claim takes its own source and cue with it unless shared). */
	public CasEdit delete(Reviewable r) {
		List<CasEdit> edits = new ArrayList<>();
		edits.add(new ReviewEdits.Remove(r));
		if (r instanceof Claim c) {
			for (Reviewable part : ClaimParts.attribution(c)) {
				if (!sharedWithOtherClaims(part, c)) {
					edits.add(new ReviewEdits.Remove(part));
				}
			}
		}
		return together("Delete " + describe(r), edits);
	}

	private void stampManual(Reviewable r) {
		r.setStatus(ReviewStatus.MANUAL.name());
		r.setOrigin(annotator);
		r.setConfidence(1.0);
		r.setChangedAt(now());
	}

	private static ReviewStatus corrected(Reviewable r) {
		return ReviewStatus.parse(r.getStatus()) == ReviewStatus.MANUAL ? ReviewStatus.MANUAL : ReviewStatus.CORRECTED;
	}

	/** Several edits as one step (one undo): applied in order, undone in reverse. */
	public static CasEdit together(String label, List<CasEdit> edits) {
		return new ReviewEdits.Compound(label, edits);
	}

	/** "PERSON 'Abass Dembele'", "claim '...'", "source 'a security source'". */
	public static String describe(Reviewable r) {
		String what = r instanceof Entity e ? e.getLabel() : r.getClass().getSimpleName().toLowerCase(Locale.ROOT);
		return what + " '" + Abbreviation.of(r.getCoveredText(), 40) + "'";
	}
}
