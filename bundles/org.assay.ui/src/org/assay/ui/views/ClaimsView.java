package org.assay.ui.views;

import java.util.List;

import org.assay.type.Claim;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.ClaimText;

/** The claims of the current document: who, with which words, what, how, and which figure. */
public class ClaimsView extends EditorTrackingView {

	public static final String ID = "org.assay.ui.views.claims";

	@Override
	protected void createColumns() {
		column("Source", 200, r -> ((Claim) r).getSource() == null ? "" : ((Claim) r).getSource().getCoveredText());
		column("Cue", 100, r -> ((Claim) r).getCue() == null ? "" : ((Claim) r).getCue().getCoveredText());
		column("Content", 360, Reviewable::getCoveredText);
		column("Kind", 110, r -> ((Claim) r).getKind());
		column("Factuality", 90, r -> ((Claim) r).getFactuality());
		column("Quantity", 160, r -> ((Claim) r).getQuantity() == null ? "" : ClaimText.interval(((Claim) r).getQuantity()));
		column("Status", 100, Reviewable::getStatus);
	}

	@Override
	protected List<? extends Reviewable> rows(AssayEditor editor) {
		return editor.jcas().select(Claim.class).filter(this::keeps).toList();
	}

	@Override
	protected boolean keeps(Reviewable r) {
		return r instanceof Claim && editor != null
				&& (editor.model().isShowRejected() || !ReviewStatus.REJECTED.name().equals(r.getStatus()));
	}
}
