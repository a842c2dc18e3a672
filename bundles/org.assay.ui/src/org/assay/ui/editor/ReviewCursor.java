package org.assay.ui.editor;

import java.util.List;

import org.assay.core.review.ReviewNavigator;
import org.assay.core.review.ReviewSession;
import org.assay.type.Reviewable;

/**
 * Where the review stands in an Assay editor: the annotation under review — moved by the caret,
 * by commands, by the views and by markers, boxed in the text and told to the views once the
 * annotator pauses — and the order in which the next one is found (text order, or most uncertain
 * first).
 */
final class ReviewCursor {

	/** Puts the caret at {@code caret} and scrolls {@code begin..end} into view (the editor's selectAndReveal). */
	interface Revealer {
		void reveal(int caret, int begin, int end);
	}

	private final AssayEditor editor;
	private final ReviewListeners listeners;
	private final ReviewStatusLine statusLine;
	private final Revealer revealer;
	/** Whether the cursor itself moves the caret: the caret listener then keeps still. */
	private boolean revealing;

	ReviewCursor(AssayEditor editor, ReviewListeners listeners, ReviewStatusLine statusLine, Revealer revealer) {
		this.editor = editor;
		this.listeners = listeners;
		this.statusLine = statusLine;
		this.revealer = revealer;
	}

	/** The annotator moved the caret to {@code offset}: the first annotation there is under review. */
	void caretMoved(int offset) {
		if (!revealing && editor.jcas() != null) {
			List<Reviewable> here = ReviewNavigator.at(editor.jcas(), Math.max(0, offset));
			set(here.isEmpty() ? null : here.get(0));
		}
	}

	/** Makes {@code r} the annotation under review and reveals its span, the caret at its start. */
	void reveal(Reviewable r) {
		set(r);
		if (r != null) {
			revealing = true;
			try {
				// the caret to the start, the span revealed; the box marks it (a selection would hide it)
				revealer.reveal(r.getBegin(), r.getBegin(), r.getEnd());
			} finally {
				revealing = false;
			}
		}
	}

	/** Reveals the annotation spanning exactly {@code begin..end}, if there is one (a marker's span). */
	void reveal(int begin, int end) {
		CasAnnotationModel model = editor.model();
		if (model == null || model.jcas() == null || begin < 0) {
			return;
		}
		for (Reviewable r : ReviewNavigator.at(model.jcas(), begin)) {
			if (r.getBegin() == begin && r.getEnd() == end) {
				reveal(r);
				return;
			}
		}
	}

	/** Makes {@code r} (or nothing) the annotation under review without moving the caret. */
	void set(Reviewable r) {
		ReviewSession session = editor.session();
		if (r != session.current()) {
			statusLine.forget();
		}
		session.setCurrent(r);
		CasAnnotationModel model = editor.model();
		if (model != null) {
			model.setCurrent(r);
		}
		listeners.currentChanged();
		statusLine.update();
	}

	/** The annotation under review was removed from the layer (deleted, undone): none is. */
	void layerChanged(CasAnnotationModel model) {
		Reviewable current = editor.session().current();
		if (current != null && !model.isIndexed(current)) {
			set(null);
		}
	}

	/** Switches the review order (text order, most uncertain first); the status line says which. */
	void toggleOrder() {
		editor.session().toggleOrder();
		statusLine.update();
	}
}
