package org.assay.ui.handlers;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.SetLayerStateOperation;
import org.assay.core.review.ReviewNavigator;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.assay.ui.editor.OpenWork;
import org.eclipse.core.runtime.Status;

/** Saves the editor's layer, then records it FINISHED ({@link SetLayerStateOperation}) in a Job. */
final class MarkFinishedJob {

	private MarkFinishedJob() {
	}

	static void schedule(AssayEditor editor) {
		if (editor.tellIfLoading()) {
			return; // never mark a layer finished that nobody has seen yet
		}
		if (editor.jcas() != null && !OpenWork.confirm(editor.getSite().getShell(), editor.getTitle() + " (layer " + editor.annotator() + ")",
				"FINISHED", ReviewNavigator.progress(editor.jcas()).open(), 0)) {
			return;
		}
		editor.doSave(null);
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		if (doc == null || editor.isDirty()) {
			return;
		}
		String layer = editor.annotator();
		String title = editor.getTitle();
		CorpusJobs.schedule("Marking " + title + " finished", AssayEditor.JOBS, CorpusRule.of(doc.root()), monitor -> {
			try {
				new SetLayerStateOperation(Corpus.open(doc.root()), doc.documentId(), layer, DocumentState.FINISHED).execute(monitor);
				editor.getSite().getShell().getDisplay().asyncExec(() -> {
					if (editor.getEditorSite() != null) {
						editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(title + ": layer " + layer + " FINISHED");
					}
				});
				return Status.OK_STATUS;
			} catch (CorpusException e) {
				return CorpusJobs.error(e);
			}
		});
	}
}
