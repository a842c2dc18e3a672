package org.assay.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The Assay editors open in the workbench's windows (those not restored yet are not open). */
public final class OpenAssayEditors {

	private OpenAssayEditors() {
	}

	/** Every open Assay editor. Called on the UI thread. */
	public static List<AssayEditor> all() {
		List<AssayEditor> editors = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference ref : page.getEditorReferences()) {
					if (ref.getEditor(false) instanceof AssayEditor editor && editor.provider() != null) {
						editors.add(editor);
					}
				}
			}
		}
		return editors;
	}

	/** The open Assay editors of the corpus at {@code root}. Called on the UI thread. */
	public static List<AssayEditor> of(Path root) {
		List<AssayEditor> editors = new ArrayList<>();
		for (AssayEditor editor : all()) {
			CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
			if (doc != null && doc.root().equals(root)) {
				editors.add(editor);
			}
		}
		return editors;
	}
}
