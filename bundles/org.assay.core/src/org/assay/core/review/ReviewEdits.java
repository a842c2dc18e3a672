package org.assay.core.review;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.type.Suggested;
import org.assay.types.ReviewStatus;

/**
 * The edits {@link Review} builds. Each remembers, when applied, what it changes (status and
 * time included) and puts exactly that back on undo, so undo after redo after undo holds.
 */
final class ReviewEdits {

	private ReviewEdits() {
	}

	/** What a reviewable's status and time were, to put back. */
	record Stamp(String status, String changedAt, Suggested suggested, String decidedBy) {
		static Stamp of(Reviewable r) {
			return new Stamp(r.getStatus(), r.getChangedAt(), r.getSuggested(), r.getDecidedBy());
		}

		void restore(Reviewable r) {
			r.setStatus(status);
			r.setChangedAt(changedAt);
			r.setSuggested(suggested);
			r.setDecidedBy(decidedBy);
		}

		/**
		 * Records that {@code by} decides on {@code r}: the first decision on a suggestion keeps
		 * what was suggested (span, label, origin, confidence). Call before changing {@code r}.
		 */
		static void decide(Reviewable r, String by) {
			if (r.getSuggested() == null && ReviewStatus.SUGGESTED.name().equals(r.getStatus())) {
				Suggested s = new Suggested(r.getJCas(), r.getBegin(), r.getEnd());
				s.setLabel(r instanceof Entity e ? e.getLabel() : null);
				s.setOrigin(r.getOrigin());
				s.setConfidence(r.getConfidence());
				r.setSuggested(s);
			}
			r.setDecidedBy(by);
		}
	}

	/** Sets one annotation's status and time. */
	static final class SetStatus implements CasEdit {
		private final Reviewable target;
		private final String status;
		private final String changedAt;
		private final String by;
		private Stamp before;

		SetStatus(Reviewable target, String status, String changedAt, String by) {
			this.target = target;
			this.status = status;
			this.changedAt = changedAt;
			this.by = by;
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
			before = Stamp.of(target);
			Stamp.decide(target, by);
			target.setStatus(status);
			target.setChangedAt(changedAt);
		}

		@Override
		public void undo() {
			before.restore(target);
		}
	}

	/** Gives an entity another label. */
	static final class Relabel implements CasEdit {
		private final Entity entity;
		private final String label;
		private final String status;
		private final String changedAt;
		private final String by;
		private final String description;
		private String oldLabel;
		private Stamp before;

		Relabel(Entity entity, String label, String status, String changedAt, String by) {
			this.entity = entity;
			this.label = label;
			this.status = status;
			this.changedAt = changedAt;
			this.by = by;
			this.description = "Label " + entity.getLabel() + " as " + label;
		}

		@Override
		public String label() {
			return description;
		}

		@Override
		public List<Reviewable> affected() {
			return List.of(entity);
		}

		@Override
		public void apply() {
			oldLabel = entity.getLabel();
			before = Stamp.of(entity);
			Stamp.decide(entity, by);
			entity.setLabel(label);
			entity.setStatus(status);
			entity.setChangedAt(changedAt);
		}

		@Override
		public void undo() {
			entity.setLabel(oldLabel);
			before.restore(entity);
		}
	}

	/** Moves an annotation's boundaries (re-indexing it, as UIMA requires). */
	static final class Resize implements CasEdit {
		private final Reviewable target;
		private final int begin;
		private final int end;
		private final String status;
		private final String changedAt;
		private final String by;
		private int oldBegin;
		private int oldEnd;
		private FSArray<Annotation> oldFragments;
		private Stamp before;

		Resize(Reviewable target, int begin, int end, String status, String changedAt, String by) {
			this.target = target;
			this.begin = begin;
			this.end = end;
			this.status = status;
			this.changedAt = changedAt;
			this.by = by;
		}

		@Override
		public String label() {
			return "Resize " + Review.describe(target);
		}

		@Override
		public List<Reviewable> affected() {
			return List.of(target);
		}

		@Override
		public void apply() {
			oldBegin = target.getBegin();
			oldEnd = target.getEnd();
			before = Stamp.of(target);
			Stamp.decide(target, by);
			if (target instanceof Claim claim) {
				oldFragments = claim.getFragments();
				ClaimParts.setContent(claim, ClaimParts.moved(claim, begin, end));
			}
			move(target, begin, end);
			target.setStatus(status);
			target.setChangedAt(changedAt);
		}

		@Override
		public void undo() {
			move(target, oldBegin, oldEnd);
			if (target instanceof Claim claim) {
				claim.setFragments(oldFragments);
			}
			before.restore(target);
		}

		private static void move(Annotation a, int begin, int end) {
			a.removeFromIndexes();
			a.setBegin(begin);
			a.setEnd(end);
			a.addToIndexes();
		}
	}

	/** Adds an annotation to the layer's indexes. */
	static final class Add implements CasEdit {
		private final String label;
		private final Reviewable annotation;

		Add(String label, Reviewable annotation) {
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

	/** Removes an annotation from the layer's indexes. */
	static final class Remove implements CasEdit {
		private final Reviewable annotation;

		Remove(Reviewable annotation) {
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

	/** Several edits as one step: applied in order, undone in reverse. */
	static final class Compound implements CasEdit {
		private final String label;
		private final List<CasEdit> edits;

		Compound(String label, List<CasEdit> edits) {
			this.label = label;
			this.edits = List.copyOf(edits);
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
