package org.assay.ui.editor;

import org.assay.core.Span;
import org.assay.core.review.CasEdit;
import org.assay.core.review.ReviewSession;
import org.assay.type.Reviewable;
import org.eclipse.jface.text.ITextSelection;

/** What the review session sees of an Assay editor: its caret and selection, its undoable edits, its status line. */
final class EditorSessionView implements ReviewSession.View {

	private final AssayEditor editor;
	private final ReviewStatusLine statusLine;

	EditorSessionView(AssayEditor editor, ReviewStatusLine statusLine) {
		this.editor = editor;
		this.statusLine = statusLine;
	}

	@Override
	public int caret() {
		return editor.caretOffset();
	}

	@Override
	public Span selection() {
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		return new Span(selection.getOffset(), selection.getOffset() + selection.getLength());
	}

	@Override
	public void run(CasEdit edit, Reviewable next) {
		editor.execute(edit, next);
	}

	@Override
	public void show(Reviewable r) {
		editor.reveal(r);
	}

	@Override
	public void tell(String message) {
		statusLine.tell(message);
		editor.getSite().getShell().getDisplay().beep();
	}
}
