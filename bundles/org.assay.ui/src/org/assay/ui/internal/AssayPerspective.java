package org.assay.ui.internal;

import org.assay.ui.views.AnnotationsView;
import org.assay.ui.views.ClaimsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Project Explorer left, the text in the middle, Annotations and Claims below, Properties right. */
public class AssayPerspective implements IPerspectiveFactory {

	public static final String ID = "org.assay.ui.perspective";

	/** The platform's Error Log view: what went wrong in the workbench, with its stack trace, for people to see. */
	public static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, editors);
		IFolderLayout bottom = layout.createFolder("org.assay.ui.bottom", IPageLayout.BOTTOM, 0.68f, editors);
		bottom.addView(AnnotationsView.ID);
		bottom.addView(ClaimsView.ID);
		bottom.addView(org.assay.ui.views.ConflictsView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(org.assay.ui.views.AgreementView.ID);
		bottom.addPlaceholder(org.assay.ui.views.CurationView.ID);
		bottom.addPlaceholder(org.assay.ui.views.RecommendersView.ID);
		bottom.addPlaceholder(org.assay.ui.views.SuggestionQueueView.ID);
		bottom.addView(ERROR_LOG);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.76f, editors);
		layout.addShowViewShortcut(AnnotationsView.ID);
		layout.addShowViewShortcut(ClaimsView.ID);
		layout.addShowViewShortcut(org.assay.ui.views.ConflictsView.ID);
		layout.addShowViewShortcut(org.assay.ui.views.AgreementView.ID);
		layout.addShowViewShortcut(org.assay.ui.views.CurationView.ID);
		layout.addShowViewShortcut(org.assay.ui.views.RecommendersView.ID);
		layout.addShowViewShortcut(org.assay.ui.views.SuggestionQueueView.ID);
		layout.addShowViewShortcut(ERROR_LOG);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
	}
}
