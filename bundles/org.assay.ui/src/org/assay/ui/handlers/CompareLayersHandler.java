package org.assay.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.assay.ui.editor.LayerCompare;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Assay > Compare Layers...: the open layer (unsaved edits included) against another layer of
 * the same document — another annotator's, the curated one, the engine's — or against its own
 * version on disk, in Eclipse's Compare editor.
 */
public class CompareLayersHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof AssayEditor editor) || editor.tellIfLoading()) {
			return null;
		}
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		if (doc == null) {
			return null;
		}
		try {
			List<String> others = choices(Corpus.open(doc.root()), doc.documentId(), editor.annotator());
			if (others.isEmpty()) {
				MessageDialog.openInformation(editor.getSite().getShell(), "Compare Layers",
						doc.documentId() + " has no other layer, and '" + editor.annotator() + "' is not saved yet.");
				return null;
			}
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(editor.getSite().getShell(), new LabelProvider());
			dialog.setTitle("Compare Layers");
			dialog.setMessage("Compare '" + editor.annotator() + "' (this editor) with:");
			dialog.setElements(others.toArray());
			dialog.setMultipleSelection(false);
			if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof String chosen) {
				compare(editor, chosen);
			}
		} catch (CorpusException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Compare Layers", e.getMessage());
		}
		return null;
	}

	/** The layers to compare with: every other layer of the document, and the own one as saved. */
	static List<String> choices(Corpus corpus, String documentId, String own) throws CorpusException {
		List<String> choices = new ArrayList<>();
		for (String layer : corpus.layers(documentId)) {
			choices.add(layer.equals(own) ? layer + SAVED : layer);
		}
		return choices;
	}

	private static final String SAVED = " (as saved on disk)";

	/** Opens the editor's layer against {@code choice} (a layer name, or the own one as saved). */
	public static void compare(AssayEditor editor, String choice) throws CorpusException {
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		String layer = choice.endsWith(SAVED) ? choice.substring(0, choice.length() - SAVED.length()) : choice;
		LayerCompare.open(doc.documentId() + ": " + editor.annotator() + " and " + layer, LayerCompare.unsaved(editor),
				LayerCompare.Side.onDisk(Corpus.open(doc.root()), doc.documentId(), layer));
	}
}
