package org.assay.ui.editor;

import java.util.Collection;

import org.assay.core.review.CasEdit;
import org.assay.type.Reviewable;

/**
 * Told what happens in an Assay editor: which annotation is under review, what changed in the
 * layer, which edits the annotator made. The views listen to follow the editor; the recommenders
 * to count decisions. Every method is called on the UI thread and does nothing unless overridden.
 */
public interface ReviewListener {

	/** The annotation under review is now {@code current} (or none); told once the annotator pauses. */
	default void currentChanged(AssayEditor editor, Reviewable current) {
	}

	/**
	 * The layer changed: an edit, an undo or redo, a reload, a layer read in the background.
	 *
	 * @param affected what changed, or empty when everything may have
	 */
	default void layerChanged(AssayEditor editor, Collection<? extends Reviewable> affected) {
	}

	/** The annotator made {@code edit} with a command of the editor or a view (an undo or redo is not told). */
	default void edited(AssayEditor editor, CasEdit edit) {
	}
}
