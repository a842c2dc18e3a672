package org.assay.ui.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks before a layer is marked done while work is still open in it: suggestions nobody accepted
 * or rejected, curation differences nobody settled.
 */
public final class OpenWork {

	/** The confirmation's title (tests find it by it). */
	public static final String TITLE = "Open work left";
	/** Its button that marks anyway. */
	public static final String MARK_ANYWAY = "Mark Anyway";

	private OpenWork() {
	}

	/**
	 * Whether to mark {@code what} as {@code state}: true at once when nothing is open, else as
	 * the user answers, with the counts.
	 */
	public static boolean confirm(Shell shell, String what, String state, int openSuggestions, int unsettledDifferences) {
		if (openSuggestions <= 0 && unsettledDifferences <= 0) {
			return true;
		}
		StringBuilder open = new StringBuilder();
		if (openSuggestions > 0) {
			open.append(openSuggestions).append(openSuggestions == 1 ? " suggestion is" : " suggestions are")
					.append(" still open (neither accepted nor rejected)");
		}
		if (unsettledDifferences > 0) {
			open.append(open.length() > 0 ? ", and " : "").append(unsettledDifferences)
					.append(unsettledDifferences == 1 ? " difference between annotators is" : " differences between annotators are")
					.append(" not settled");
		}
		MessageDialog dialog = new MessageDialog(shell, TITLE, null, what + ": " + open + ".\n\nMark it " + state + " anyway?",
				MessageDialog.QUESTION, 1, MARK_ANYWAY, "Cancel");
		return dialog.open() == 0;
	}
}
