package org.assay.ui.editor;

import java.util.Collection;

import org.assay.core.review.CasEdit;
import org.assay.type.Reviewable;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * Who hears what happens in an Assay editor: its {@link ReviewListener}s and its page of the
 * Properties view. The annotation under review is told once the annotator pauses, as Eclipse's
 * views follow a post-selection: selecting a row of a 50,000-row table and rebuilding the
 * Properties tree at every key press cost more than the key press itself (accept-and-advance
 * 26-32 ms with them, 8-25 without); several moves in a row cost one update.
 */
final class ReviewListeners {

	private final AssayEditor editor;
	private final ListenerList<ReviewListener> listeners = new ListenerList<>();
	private final Runnable tellCurrent = this::tellCurrent;
	private ReviewPropertyPage propertyPage;

	ReviewListeners(AssayEditor editor) {
		this.editor = editor;
	}

	void add(ReviewListener l) {
		listeners.add(l);
	}

	void remove(ReviewListener l) {
		listeners.remove(l);
	}

	/** Tells the annotation under review after {@link AssayEditor#FOLLOW_DELAY_MS} without another move. */
	void currentChanged() {
		editor.getSite().getShell().getDisplay().timerExec(AssayEditor.FOLLOW_DELAY_MS, tellCurrent);
	}

	void layerChanged(Collection<? extends Reviewable> affected) {
		for (ReviewListener l : listeners) {
			l.layerChanged(editor, affected);
		}
	}

	void edited(CasEdit edit) {
		for (ReviewListener l : listeners) {
			l.edited(editor, edit);
		}
	}

	/** The editor's page of the Properties view (a new one once the last was closed). */
	IPropertySheetPage propertyPage() {
		if (!isShowing(propertyPage)) {
			propertyPage = new ReviewPropertyPage(editor);
		}
		return propertyPage;
	}

	private void tellCurrent() {
		Control text = editor.getAdapter(Control.class);
		if (text == null || text.isDisposed()) {
			return;
		}
		Reviewable r = editor.current();
		if (isShowing(propertyPage)) {
			propertyPage.selectionChanged(editor, r == null ? StructuredSelection.EMPTY : new StructuredSelection(r));
		}
		for (ReviewListener l : listeners) {
			l.currentChanged(editor, r);
		}
	}

	private static boolean isShowing(ReviewPropertyPage page) {
		return page != null && page.getControl() != null && !page.getControl().isDisposed();
	}
}
