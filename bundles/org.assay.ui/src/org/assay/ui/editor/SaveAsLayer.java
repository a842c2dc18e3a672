package org.assay.ui.editor;

import java.util.List;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Save As for a layer: the open annotations, unsaved edits included, become a new layer of the
 * same document (the text is never copied: every layer is anchored in it), and the editor goes on
 * with that layer. The way out when the own layer cannot be saved, and a way to branch a review.
 */
final class SaveAsLayer {

	private SaveAsLayer() {
	}

	static void run(AssayEditor editor) {
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		if (doc == null) {
			return;
		}
		List<String> existing;
		try {
			existing = Corpus.open(doc.root()).layers(doc.documentId());
		} catch (CorpusException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Save Layer As", e.getMessage());
			return;
		}
		InputDialog ask = new InputDialog(editor.getSite().getShell(), "Save Layer As",
				"Save the annotations of " + doc.documentId() + " (layer '" + editor.annotator() + "') as a new layer:",
				editor.annotator() + "-2", name -> !Corpus.isValidLayer(name.strip())
						? "letters, digits, '.', '_' and '-', at most 64"
						: existing.contains(name.strip()) ? "layer '" + name.strip() + "' exists already" : null);
		if (ask.open() != Window.OK) {
			return;
		}
		String layer = ask.getValue().strip();
		try {
			editor.provider().saveAs(editor.getEditorInput(), layer);
		} catch (CoreException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Save Layer As", e.getStatus().getMessage());
			return;
		}
		if (editor.getEditorInput() instanceof FileEditorInput file) {
			editor.getSite().getPage().closeEditor(editor, false); // saved as the new layer: nothing is lost
			try {
				editor.getSite().getPage().openEditor(new LayerEditorInput(file.getFile(), layer), AssayEditor.ID);
			} catch (PartInitException e) {
				MessageDialog.openError(editor.getSite().getShell(), "Save Layer As", e.getMessage());
			}
		}
	}
}
