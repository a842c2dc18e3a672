package org.assay.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.core.review.ReviewNavigator;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;
import org.assay.ui.editor.AssayEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** All entities and claims of the current document, filterable by status and label. */
public class AnnotationsView extends EditorTrackingView {

	public static final String ID = "org.assay.ui.views.annotations";
	private static final String ALL = "All";

	private Combo status;
	private Combo label;

	@Override
	protected void createFilters(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(4, false));
		new Label(bar, SWT.NONE).setText("Status:");
		status = new Combo(bar, SWT.READ_ONLY);
		status.add(ALL);
		for (ReviewStatus s : ReviewStatus.values()) {
			status.add(s.name());
		}
		status.select(0);
		status.addListener(SWT.Selection, e -> refresh());
		new Label(bar, SWT.NONE).setText("Label:");
		label = new Combo(bar, SWT.READ_ONLY);
		label.add(ALL);
		label.select(0);
		label.addListener(SWT.Selection, e -> refresh());
	}

	@Override
	protected void createColumns() {
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column("Label", 120, AnnotationsView::labelOf);
		column("Text", 260, Reviewable::getCoveredText);
		column("Status", 100, Reviewable::getStatus);
		column("Origin", 160, Reviewable::getOrigin);
		column("Confidence", 80, r -> String.format(Locale.ROOT, "%.2f", r.getConfidence()));
		column("Offset", 70, r -> Integer.toString(r.getBegin()));
	}

	static String labelOf(Reviewable r) {
		return r instanceof Entity e ? e.getLabel() : r instanceof Claim ? "CLAIM" : r.getClass().getSimpleName();
	}

	@Override
	protected List<? extends Reviewable> rows(AssayEditor editor) {
		refreshLabelChoices(editor);
		List<Reviewable> rows = new ArrayList<>();
		for (Reviewable r : ReviewNavigator.reviewables(editor.jcas())) {
			if (keeps(r)) {
				rows.add(r);
			}
		}
		return rows;
	}

	@Override
	protected boolean keeps(Reviewable r) {
		if (!(r instanceof Entity || r instanceof Claim) || editor == null) {
			return false;
		}
		String s = status.getText();
		String l = label.getText();
		boolean statusOk = ALL.equals(s) || s.equals(r.getStatus());
		boolean labelOk = ALL.equals(l) || l.equals(labelOf(r));
		boolean visible = editor.model().isShowRejected() || !ReviewStatus.REJECTED.name().equals(r.getStatus())
				|| ReviewStatus.REJECTED.name().equals(s);
		return statusOk && labelOk && visible;
	}

	private void refreshLabelChoices(AssayEditor editor) {
		List<String> wanted = new ArrayList<>();
		wanted.add(ALL);
		wanted.addAll(editor.tagset());
		wanted.add("CLAIM");
		if (!wanted.equals(List.of(label.getItems()))) {
			String selected = label.getText();
			label.setItems(wanted.toArray(new String[0]));
			int i = wanted.indexOf(selected);
			label.select(i < 0 ? 0 : i);
		}
	}
}
