package org.assay.ui.views;

import java.nio.file.Path;

import org.apache.uima.jcas.tcas.Annotation;
import org.assay.core.corpus.Corpus;
import org.assay.type.Claim;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** Shared by the corpus-wide views and commands: which corpus is in focus, and opening a span in the editor. */
public final class CorpusViews {

	private CorpusViews() {
	}

	/** The corpus of the active Assay editor, or of the resource selected in the Project Explorer. */
	public static Path focusedCorpus(IWorkbenchPage page) {
		IEditorPart editor = page.getActiveEditor();
		if (editor instanceof AssayEditor assay) {
			Path root = CorpusDocument.of(assay.getEditorInput()).map(CorpusDocument::root).orElse(null);
			if (root != null) {
				return root;
			}
		}
		if (page.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof IResource r
				&& r.getLocation() != null) {
			return Corpus.findRoot(r.getLocation().toFile().toPath()).orElse(null);
		}
		return null;
	}

	/** Opens a corpus document in the Assay editor and makes the claim at begin..end current. */
	public static AssayEditor open(IWorkbenchPage page, Path corpusRoot, String documentId, int begin, int end)
			throws PartInitException {
		Path text = corpusRoot.resolve("texts").resolve(documentId);
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(text.toUri());
		IEditorPart part = files.length > 0 ? IDE.openEditor(page, files[0], AssayEditor.ID)
				: IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(text.toUri()));
		if (!(part instanceof AssayEditor editor)) {
			return null;
		}
		editor.whenRead(() -> { // a large layer is read in the background
			Annotation target = null;
			for (Claim c : editor.jcas().select(Claim.class).at(begin, end)) {
				target = c;
			}
			if (target instanceof Claim c) {
				editor.reveal(c);
			} else {
				editor.selectAndReveal(begin, end - begin);
			}
		});
		return editor;
	}
}
