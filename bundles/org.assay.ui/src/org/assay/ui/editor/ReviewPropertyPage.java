package org.assay.ui.editor;

import java.util.Collection;

import org.assay.type.Reviewable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** The Properties view for an Assay editor: the annotation under review, not the text selection. */
final class ReviewPropertyPage extends PropertySheetPage {

	private final AssayEditor editor;

	/**
	 * Shows what the annotation under review is now after an edit, an undo or a redo that touched
	 * it (the editor itself passes a new annotation under review on).
	 */
	private final ReviewListener follow = new ReviewListener() {
		@Override
		public void layerChanged(AssayEditor e, Collection<? extends Reviewable> affected) {
			if (editor.current() != null && (affected.isEmpty() || affected.contains(editor.current()))) {
				show();
			}
		}
	};

	ReviewPropertyPage(AssayEditor editor) {
		this.editor = editor;
		setPropertySourceProvider(o -> o instanceof Reviewable r ? new ReviewablePropertySource(r) : null);
		editor.addListener(follow);
	}

	private void show() {
		if (getControl() != null && !getControl().isDisposed()) {
			super.selectionChanged(editor, editor.current() == null ? StructuredSelection.EMPTY : new StructuredSelection(editor.current()));
		}
	}

	@Override
	public void dispose() {
		editor.removeListener(follow);
		super.dispose();
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		// the editor's own selection is text; show the annotation under review instead
		super.selectionChanged(part, part == editor && !(selection instanceof StructuredSelection)
				? (editor.current() == null ? StructuredSelection.EMPTY : new StructuredSelection(editor.current())) : selection);
	}
}
