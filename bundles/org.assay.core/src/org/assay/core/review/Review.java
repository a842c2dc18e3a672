package org.assay.core.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
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
 * change; human-made annotations carry the annotator as origin and confidence 1.
 */
public final class Review {

	private final JCas jcas;
	private final String annotator;
	private final Clock clock;

	public Review(JCas jcas, String annotator) {
		this(jcas, annotator, Clock.systemUTC());
	}

	public Review(JCas jcas, String annotator, Clock clock) {
		this.jcas = Objects.requireNonNull(jcas);
		this.annotator = Objects.requireNonNull(annotator);
		this.clock = clock;
	}

	public JCas jcas() {
		return jcas;
	}

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
			addIfPresent(all, c.getSource());
			addIfPresent(all, c.getCue());
			addIfPresent(all, c.getQuantity());
		}
		List<CasEdit> edits = new ArrayList<>();
		for (Reviewable each : all) {
			ReviewStatus current = ReviewStatus.parse(each.getStatus());
			// accepting a corrected or hand-made annotation keeps that state
			ReviewStatus next = target == ReviewStatus.ACCEPTED
					&& (current == ReviewStatus.CORRECTED || current == ReviewStatus.MANUAL) ? current : target;
			edits.add(new FeatureEdit(each, next.name(), now()));
		}
		return Compound.of(verb + " " + describe(r), edits);
	}

	private static void addIfPresent(List<Reviewable> list, Reviewable r) {
		if (r != null) {
			list.add(r);
		}
	}

	/** Changes an entity's label; an engine suggestion becomes CORRECTED. */
	public CasEdit relabel(Entity e, String label) {
		String before = e.getLabel();
		ReviewStatus status = corrected(e);
		String oldStatus = e.getStatus();
		String oldChanged = e.getChangedAt();
		String now = now();
		return new CasEdit() {
			@Override
			public String label() {
				return "Label " + before + " as " + label;
			}

			@Override
			public List<Reviewable> affected() {
				return List.of(e);
			}

			@Override
			public void apply() {
				e.setLabel(label);
				e.setStatus(status.name());
				e.setChangedAt(now);
			}

			@Override
			public void undo() {
				e.setLabel(before);
				e.setStatus(oldStatus);
				e.setChangedAt(oldChanged);
			}
		};
	}

	/** Moves an annotation's boundaries (it is re-indexed, as UIMA requires). */
	public CasEdit resize(Reviewable r, int begin, int end) {
		if (begin < 0 || end > jcas.getDocumentText().length() || begin >= end) {
			throw new IllegalArgumentException("invalid span " + begin + ".." + end);
		}
		int oldBegin = r.getBegin();
		int oldEnd = r.getEnd();
		String oldStatus = r.getStatus();
		String oldChanged = r.getChangedAt();
		ReviewStatus status = corrected(r);
		String now = now();
		return new CasEdit() {
			@Override
			public String label() {
				return "Resize " + describe(r);
			}

			@Override
			public List<Reviewable> affected() {
				return List.of(r);
			}

			@Override
			public void apply() {
				move(r, begin, end);
				r.setStatus(status.name());
				r.setChangedAt(now);
			}

			@Override
			public void undo() {
				move(r, oldBegin, oldEnd);
				r.setStatus(oldStatus);
				r.setChangedAt(oldChanged);
			}
		};
	}

	private static void move(Annotation a, int begin, int end) {
		a.removeFromIndexes();
		a.setBegin(begin);
		a.setEnd(end);
		a.addToIndexes();
	}

	/** A new entity made by the annotator (MANUAL). */
	public CasEdit createEntity(int begin, int end, String label) {
		Entity e = new Entity(jcas, begin, end);
		e.setLabel(label);
		stampManual(e);
		return new AddEdit("New " + label, e);
	}

	/** A new claim over {@code content}, with no source or cue yet (MANUAL, INDIRECT, ASSERTED). */
	public CasEdit createClaim(int begin, int end) {
		Claim c = new Claim(jcas, begin, end);
		c.setKind(ClaimKind.INDIRECT.name());
		c.setFactuality(Factuality.ASSERTED.name());
		stampManual(c);
		return new AddEdit("New claim", c);
	}

	/** Sets (or replaces) a claim's source to the span {@code begin..end}. */
	public CasEdit setSource(Claim claim, int begin, int end) {
		Source s = new Source(jcas, begin, end);
		stampManual(s);
		return link(claim, s, true);
	}

	/** Sets (or replaces) a claim's cue to the span {@code begin..end}. */
	public CasEdit setCue(Claim claim, int begin, int end) {
		Cue c = new Cue(jcas, begin, end);
		stampManual(c);
		return link(claim, c, false);
	}

	private CasEdit link(Claim claim, Reviewable part, boolean source) {
		Reviewable old = source ? claim.getSource() : claim.getCue();
		boolean oldShared = old != null && sharedWithOtherClaims(old, claim);
		String oldStatus = claim.getStatus();
		String oldKind = claim.getKind();
		ReviewStatus status = corrected(claim);
		String now = now();
		return new CasEdit() {
			@Override
			public String label() {
				return source ? "Set claim source" : "Set claim cue";
			}

			@Override
			public List<Reviewable> affected() {
				List<Reviewable> list = new ArrayList<>(List.of(claim, part));
				if (old != null) {
					list.add(old);
				}
				return list;
			}

			@Override
			public void apply() {
				part.addToIndexes();
				if (source) {
					claim.setSource((Source) part);
				} else {
					claim.setCue((Cue) part);
				}
				if (old != null && !oldShared) {
					old.removeFromIndexes();
				}
				if (ClaimKind.UNATTRIBUTED.name().equals(oldKind) && source) {
					claim.setKind(ClaimKind.INDIRECT.name());
				}
				claim.setStatus(status.name());
				claim.setChangedAt(now);
			}

			@Override
			public void undo() {
				if (old != null && !oldShared) {
					old.addToIndexes();
				}
				if (source) {
					claim.setSource((Source) old);
				} else {
					claim.setCue((Cue) old);
				}
				part.removeFromIndexes();
				claim.setKind(oldKind);
				claim.setStatus(oldStatus);
			}
		};
	}

	private boolean sharedWithOtherClaims(Reviewable part, Claim except) {
		for (Claim c : jcas.select(Claim.class)) {
			if (c != except && (c.getSource() == part || c.getCue() == part)) {
				return true;
			}
		}
		return false;
	}

	/** Cycles a claim's kind to the next value. */
	public CasEdit cycleKind(Claim claim) {
		ClaimKind[] values = ClaimKind.values();
		ClaimKind next = values[(ClaimKind.valueOf(claim.getKind()).ordinal() + 1) % values.length];
		return claimFeature(claim, "Kind " + next, () -> claim.setKind(next.name()), claim.getKind(),
				v -> claim.setKind(v));
	}

	/** Cycles a claim's factuality to the next value. */
	public CasEdit cycleFactuality(Claim claim) {
		Factuality[] values = Factuality.values();
		Factuality next = values[(Factuality.valueOf(claim.getFactuality()).ordinal() + 1) % values.length];
		return claimFeature(claim, "Factuality " + next, () -> claim.setFactuality(next.name()), claim.getFactuality(),
				v -> claim.setFactuality(v));
	}

	private CasEdit claimFeature(Claim claim, String label, Runnable set, String old,
			java.util.function.Consumer<String> restore) {
		String oldStatus = claim.getStatus();
		ReviewStatus status = corrected(claim);
		String now = now();
		return new CasEdit() {
			@Override
			public String label() {
				return label;
			}

			@Override
			public List<Reviewable> affected() {
				return List.of(claim);
			}

			@Override
			public void apply() {
				set.run();
				claim.setStatus(status.name());
				claim.setChangedAt(now);
			}

			@Override
			public void undo() {
				restore.accept(old);
				claim.setStatus(oldStatus);
			}
		};
	}

	/**
	 * Adds the engine suggestions of {@code engineOutput} (same text) that this layer does not
	 * have yet: entities with a new span or label, claims with a new content span. Their source,
	 * cue and quantity come along; everything already reviewed stays as it is.
	 */
	public CasEdit mergeSuggestions(JCas engineOutput) {
		if (!java.util.Objects.equals(engineOutput.getDocumentText(), jcas.getDocumentText())) {
			throw new IllegalArgumentException("engine output is for another text");
		}
		java.util.Set<String> have = new java.util.HashSet<>();
		for (Entity e : jcas.select(Entity.class)) {
			have.add("E" + e.getBegin() + ":" + e.getEnd() + ":" + e.getLabel());
		}
		for (Claim c : jcas.select(Claim.class)) {
			have.add("C" + c.getBegin() + ":" + c.getEnd());
		}
		org.apache.uima.util.CasCopier copier = new org.apache.uima.util.CasCopier(engineOutput.getCas(), jcas.getCas());
		List<Reviewable> added = new ArrayList<>();
		for (Entity e : engineOutput.select(Entity.class)) {
			if (have.add("E" + e.getBegin() + ":" + e.getEnd() + ":" + e.getLabel())) {
				added.add((Reviewable) copier.copyFs(e));
			}
		}
		for (Claim c : engineOutput.select(Claim.class)) {
			if (have.add("C" + c.getBegin() + ":" + c.getEnd())) {
				Claim copy = (Claim) copier.copyFs(c);
				added.add(copy);
				for (Reviewable part : new Reviewable[] { copy.getSource(), copy.getCue(), copy.getQuantity() }) {
					if (part != null && !added.contains(part)) {
						added.add(part);
					}
				}
			}
		}
		List<CasEdit> edits = new ArrayList<>();
		for (Reviewable r : added) {
			edits.add(new AddEdit("Add", r));
		}
		return Compound.of("Pre-annotate (" + added.size() + " suggestions)", edits);
	}

	/** Removes an annotation (a claim takes its own source, cue and quantity with it unless shared). */
	public CasEdit delete(Reviewable r) {
		List<CasEdit> edits = new ArrayList<>();
		edits.add(new RemoveEdit(r));
		if (r instanceof Claim c) {
			for (Reviewable part : new Reviewable[] { c.getSource(), c.getCue() }) {
				if (part != null && !sharedWithOtherClaims(part, c)) {
					edits.add(new RemoveEdit(part));
				}
			}
		}
		return Compound.of("Delete " + describe(r), edits);
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
		return Compound.of(label, edits);
	}

	/** "PERSON 'Abass Dembele'", "claim", "source". */
	public static String describe(Reviewable r) {
		if (r instanceof Entity e) {
			return e.getLabel() + " '" + abbreviate(e.getCoveredText()) + "'";
		}
		return r.getType().getShortName().toLowerCase(java.util.Locale.ROOT) + " '" + abbreviate(r.getCoveredText()) + "'";
	}

	private static String abbreviate(String s) {
		return s.length() <= 40 ? s : s.substring(0, 37) + "...";
	}

	/** Sets status and time on one annotation; restores both on undo. */
	private static final class FeatureEdit implements CasEdit {
		private final Reviewable target;
		private final String status;
		private final String changedAt;
		private String oldStatus;
		private String oldChangedAt;

		FeatureEdit(Reviewable target, String status, String changedAt) {
			this.target = target;
			this.status = status;
			this.changedAt = changedAt;
		}

		@Override
		public String label() {
			return status;
		}

		@Override
		public List<Reviewable> affected() {
			return List.of(target);
		}

		@Override
		public void apply() {
			oldStatus = target.getStatus();
			oldChangedAt = target.getChangedAt();
			target.setStatus(status);
			target.setChangedAt(changedAt);
		}

		@Override
		public void undo() {
			target.setStatus(oldStatus);
			target.setChangedAt(oldChangedAt);
		}
	}

	private static final class AddEdit implements CasEdit {
		private final String label;
		private final Reviewable annotation;

		AddEdit(String label, Reviewable annotation) {
			this.label = label;
			this.annotation = annotation;
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public List<Reviewable> affected() {
			return List.of(annotation);
		}

		@Override
		public void apply() {
			annotation.addToIndexes();
		}

		@Override
		public void undo() {
			annotation.removeFromIndexes();
		}
	}

	private static final class RemoveEdit implements CasEdit {
		private final Reviewable annotation;

		RemoveEdit(Reviewable annotation) {
			this.annotation = annotation;
		}

		@Override
		public String label() {
			return "Remove";
		}

		@Override
		public List<Reviewable> affected() {
			return List.of(annotation);
		}

		@Override
		public void apply() {
			annotation.removeFromIndexes();
		}

		@Override
		public void undo() {
			annotation.addToIndexes();
		}
	}

	/** Several edits applied in order and undone in reverse. */
	static final class Compound implements CasEdit {
		private final String label;
		private final List<CasEdit> edits;

		private Compound(String label, List<CasEdit> edits) {
			this.label = label;
			this.edits = List.copyOf(edits);
		}

		static CasEdit of(String label, List<CasEdit> edits) {
			return new Compound(label, edits);
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public List<Reviewable> affected() {
			List<Reviewable> all = new ArrayList<>();
			edits.forEach(e -> all.addAll(e.affected()));
			return all;
		}

		@Override
		public void apply() {
			edits.forEach(CasEdit::apply);
		}

		@Override
		public void undo() {
			for (int i = edits.size() - 1; i >= 0; i--) {
				edits.get(i).undo();
			}
		}
	}
}
