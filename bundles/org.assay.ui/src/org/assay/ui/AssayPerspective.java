package org.assay.ui;

import java.util.List;

import org.assay.ui.views.AgreementView;
import org.assay.ui.views.AnnotationsView;
import org.assay.ui.views.ClaimsView;
import org.assay.ui.views.ConflictsView;
import org.assay.ui.views.CurationView;
import org.assay.ui.views.RecommendersView;
import org.assay.ui.views.SuggestionQueueView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Project Explorer left, the text in the middle, Annotations and Claims below, Properties right. */
public class AssayPerspective implements IPerspectiveFactory {

	public static final String ID = "org.assay.ui.perspective";

	/** The platform's Error Log view: what went wrong in the workbench, with its stack trace, for people to see. */
	public static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

	/** Shown in the bottom folder, in this order. */
	private static final List<String> BOTTOM = List.of(AnnotationsView.ID, ClaimsView.ID, ConflictsView.ID, IPageLayout.ID_PROBLEM_VIEW,
			ERROR_LOG);
	/** Given a place in the bottom folder, shown there when opened (Window > Show View). */
	private static final List<String> BOTTOM_WHEN_OPENED = List.of(AgreementView.ID, CurationView.ID, RecommendersView.ID,
			SuggestionQueueView.ID);

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, editors);
		IFolderLayout bottom = layout.createFolder("org.assay.ui.bottom", IPageLayout.BOTTOM, 0.68f, editors);
		BOTTOM.forEach(bottom::addView);
		BOTTOM_WHEN_OPENED.forEach(bottom::addPlaceholder);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.76f, editors);
		BOTTOM.forEach(layout::addShowViewShortcut);
		BOTTOM_WHEN_OPENED.forEach(layout::addShowViewShortcut);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
	}
}
