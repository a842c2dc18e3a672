package org.assay.ui.editor;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorExtension;
import org.eclipse.ui.texteditor.StatusLineContributionItem;

/**
 * The text editor's actions and status line, for review: the progress ("12 of 57 suggestions
 * reviewed · 3 made by hand") gets a field of its own at the left, wide enough never to be cut,
 * and the Insert/Overwrite field goes (the text is fixed; nothing is typed into it). In a
 * 1000-pixel window the message area was left so little room that the progress was cut in the
 * middle ("0 of 58 suggest.....").
 */
public class AssayEditorContributor extends TextEditorActionContributor {

	/** The status field of the review progress. */
	public static final String PROGRESS = "org.assay.ui.status.progress";

	private final StatusLineContributionItem progress = new StatusLineContributionItem(PROGRESS, true, 46);

	@Override
	public void contributeToStatusLine(IStatusLineManager manager) {
		super.contributeToStatusLine(manager);
		manager.remove(ITextEditorActionConstants.STATUS_CATEGORY_INPUT_MODE);
		manager.prependToGroup(StatusLineManager.BEGIN_GROUP, progress);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (part instanceof ITextEditorExtension extension) {
			extension.setStatusField(progress, PROGRESS);
		}
	}
}
