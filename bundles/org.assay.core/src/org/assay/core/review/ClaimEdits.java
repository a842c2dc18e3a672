package org.assay.core.review;

import java.util.ArrayList;
import java.util.List;

import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Reviewable;
import org.assay.type.Source;

/**
 * The edits of a claim's parts and features that {@link Review} builds: setting its source or
 * cue, cycling its kind or factuality. Like {@link ReviewEdits}, each puts back on undo exactly
 * what it changed.
 */
final class ClaimEdits {

	private ClaimEdits() {
	}

	/** Sets (or replaces) a claim's source or cue; an unattributed claim with a new source becomes INDIRECT. */
	static final class SetPart implements CasEdit {
		private final Claim claim;
		private final Reviewable part;
		private final boolean source;
		private final String status;
		private final String changedAt;
		private final String by;
		private final boolean oldShared;
		private Reviewable old;
		private String oldKind;
		private ReviewEdits.Stamp before;

		/** @param oldShared whether the part replaced is also another claim's (then it stays) */
		SetPart(Claim claim, Reviewable part, boolean source, boolean oldShared, String status, String changedAt, String by) {
			this.claim = claim;
			this.part = part;
			this.source = source;
			this.oldShared = oldShared;
			this.status = status;
			this.changedAt = changedAt;
			this.by = by;
		}

		@Override
		public String label() {
			return source ? "Set claim source" : "Set claim cue";
		}

		@Override
		public List<Reviewable> affected() {
			Reviewable current = source ? claim.getSource() : claim.getCue();
			List<Reviewable> list = new ArrayList<>(List.of(claim, part));
			if (old != null) {
				list.add(old);
			} else if (current != null && current != part) {
				list.add(current);
			}
			return list;
		}

		@Override
		public void apply() {
			old = source ? claim.getSource() : claim.getCue();
			oldKind = claim.getKind();
			before = ReviewEdits.Stamp.of(claim);
			ReviewEdits.Stamp.decide(claim, by);
			part.addToIndexes();
			set(part);
			if (old != null && !oldShared) {
				old.removeFromIndexes();
			}
			if ("UNATTRIBUTED".equals(oldKind) && source) {
				claim.setKind("INDIRECT");
			}
			claim.setStatus(status);
			claim.setChangedAt(changedAt);
		}

		@Override
		public void undo() {
			if (old != null && !oldShared) {
				old.addToIndexes();
			}
			set(old);
			part.removeFromIndexes();
			claim.setKind(oldKind);
			before.restore(claim);
		}

		private void set(Reviewable value) {
			if (source) {
				claim.setSource((Source) value);
			} else {
				claim.setCue((Cue) value);
			}
		}
	}

	/** Sets a claim's kind or factuality. */
	static final class SetClaimFeature implements CasEdit {
		private final Claim claim;
		private final boolean kind;
		private final String value;
		private final String status;
		private final String changedAt;
		private final String by;
		private String oldValue;
		private ReviewEdits.Stamp before;

		SetClaimFeature(Claim claim, boolean kind, String value, String status, String changedAt, String by) {
			this.claim = claim;
			this.kind = kind;
			this.value = value;
			this.status = status;
			this.changedAt = changedAt;
			this.by = by;
		}

		@Override
		public String label() {
			return (kind ? "Kind " : "Factuality ") + value;
		}

		@Override
		public List<Reviewable> affected() {
			return List.of(claim);
		}

		@Override
		public void apply() {
			oldValue = kind ? claim.getKind() : claim.getFactuality();
			before = ReviewEdits.Stamp.of(claim);
			ReviewEdits.Stamp.decide(claim, by);
			set(value);
			claim.setStatus(status);
			claim.setChangedAt(changedAt);
		}

		@Override
		public void undo() {
			set(oldValue);
			before.restore(claim);
		}

		private void set(String v) {
			if (kind) {
				claim.setKind(v);
			} else {
				claim.setFactuality(v);
			}
		}
	}

}
