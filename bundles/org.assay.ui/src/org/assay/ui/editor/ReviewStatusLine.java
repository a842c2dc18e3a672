package org.assay.ui.editor;

import java.util.function.Function;

import org.assay.core.review.Review;
import org.assay.core.review.ReviewNavigator;
import org.assay.type.Reviewable;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.texteditor.IStatusField;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * An Assay editor's status line: the review progress in a field of its own ("12 of 57
 * suggestions reviewed · 3 made by hand", or "Reading annotations…" while the layer is read in the
 * background), beside it the annotation under review, the layer and the review order, and why a
 * command did nothing — said until the annotator does something else. "Annotating" stands where
 * Eclipse says "Read-Only" for texts. Updated at most once per UI cycle.
 */
final class ReviewStatusLine {

	private final AssayEditor editor;
	/** The editor's status fields by category (the contributor gives them to the editor). */
	private final Function<String, IStatusField> fields;
	private boolean queued;
	/**
	 * Whether the status line says why a command did nothing: it stays until the annotator does
	 * something else (an edit, another annotation), not until the next refresh of the progress.
	 */
	private boolean told;

	ReviewStatusLine(AssayEditor editor, Function<String, IStatusField> fields) {
		this.editor = editor;
		this.fields = fields;
	}

	/** Updates the status line once per UI cycle, however many changes the cycle had. */
	void update() {
		if (queued || editor.getSite() == null) {
			return;
		}
		queued = true;
		editor.getSite().getShell().getDisplay().asyncExec(() -> {
			queued = false;
			show();
		});
	}

	/** Says why a command did nothing; it stays until {@link #forget()}. */
	void tell(String why) {
		told = true;
		manager().setErrorMessage(why);
	}

	/** The annotator did something else: a message about what came before is stale. */
	void forget() {
		told = false;
	}

	/**
	 * Fills the field of {@code category} if it is one of the review's.
	 *
	 * @return whether it was; the editor fills the others as any text editor does
	 */
	boolean fill(String category) {
		if (AssayEditorContributor.PROGRESS.equals(category)) {
			show();
			return true;
		}
		IStatusField field = fields.apply(category);
		if (ITextEditorActionConstants.STATUS_CATEGORY_ELEMENT_STATE.equals(category) && field != null) {
			field.setText(AssayEditor.ELEMENT_STATE);
			return true;
		}
		return false;
	}

	/** What the progress field says now. */
	String progress() {
		CasAnnotationModel model = editor.model();
		if (editor.isLoading()) {
			return AssayEditor.READING;
		}
		return model == null || model.jcas() == null ? "" : progressText(ReviewNavigator.progress(model.jcas()));
	}

	private void show() {
		CasAnnotationModel model = editor.model();
		if (model == null || editor.getEditorSite() == null || !model.isLoading() && model.jcas() == null) {
			return;
		}
		IStatusField field = fields.apply(AssayEditorContributor.PROGRESS);
		if (field != null) {
			field.setText(progress());
		}
		if (model.isLoading()) {
			return;
		}
		if (!told) {
			manager().setErrorMessage(null);
		}
		manager().setMessage(message());
	}

	/** The progress field: "12 of 57 suggestions reviewed · 3 made by hand". */
	static String progressText(ReviewNavigator.Progress progress) {
		return progress.reviewed() + " of " + progress.suggestions() + " suggestions reviewed"
				+ (progress.manual() > 0 ? " \u00B7 " + progress.manual() + " made by hand" : "");
	}

	/** The message beside it: the annotation under review first (narrow windows cut the rest), the layer, the order. */
	private String message() {
		Reviewable current = editor.current();
		return (current == null ? "" : Review.describe(current) + " \u00B7 " + current.getStatus() + "   ") + "layer "
				+ editor.annotator() + (editor.session().isUncertainFirst() ? " \u00B7 most uncertain first" : "");
	}

	private IStatusLineManager manager() {
		return editor.getEditorSite().getActionBars().getStatusLineManager();
	}
}
