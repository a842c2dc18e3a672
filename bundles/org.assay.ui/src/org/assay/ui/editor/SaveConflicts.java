package org.assay.ui.editor;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What Eclipse offers when a file changed on disk, for a layer: saving an editor whose layer was
 * rewritten since it was opened (another annotator's tool, an import, a second window) asks
 * whether to compare the two versions, overwrite the one on disk, reload it (dropping this
 * editor's edits), or cancel — never a dead end where neither Save, Save As nor Exit can keep
 * the work.
 */
final class SaveConflicts {

	/** The dialog's title (tests find it by it). */
	static final String TITLE = "Layer changed on disk";

	static final int COMPARE = 0;
	static final int OVERWRITE = 1;
	static final int RELOAD = 2;

	private SaveConflicts() {
	}

	/** Asks, and does what was chosen; a cancelled (or compared) save leaves the editor dirty. */
	static void resolve(AssayEditor editor, IProgressMonitor monitor) {
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		Shell shell = editor.getSite().getShell();
		String layer = editor.annotator();
		MessageDialog dialog = new MessageDialog(shell, TITLE, null, "Layer '" + layer + "' of " + doc.documentId()
				+ " was changed on disk since you opened it (by another program, an import or another window).\n\n"
				+ "Compare shows both versions side by side; Overwrite saves yours over it; Reload drops your unsaved edits and"
				+ " opens the version on disk; Cancel keeps both as they are.", MessageDialog.WARNING, 0, "Compare...", "Overwrite",
				"Reload", "Cancel");
		switch (dialog.open()) {
		case COMPARE -> {
			try {
				LayerCompare.open(doc.documentId() + ": your layer and the one on disk", LayerCompare.unsaved(editor),
						LayerCompare.Side.onDisk(Corpus.open(doc.root()), doc.documentId(), layer));
			} catch (CorpusException e) {
				MessageDialog.openError(shell, TITLE, "The version on disk cannot be read: " + e.getMessage());
			}
			cancel(monitor);
		}
		case OVERWRITE -> editor.saveOverwriting(monitor);
		case RELOAD -> editor.reload();
		default -> cancel(monitor);
		}
	}

	private static void cancel(IProgressMonitor monitor) {
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}
}
