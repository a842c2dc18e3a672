package org.assay.ui.handlers;

import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.SuggestOperation;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs the engines and the corpus's active recommenders on the open document in a Job
 * ({@link SuggestOperation}) and adds, as one undoable edit, the suggestions the annotator's
 * layer does not have yet.
 */
public class PreAnnotateDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof AssayEditor editor) || editor.tellIfLoading()) {
			return null;
		}
		String text = editor.jcas().getDocumentText();
		Corpus corpus = null;
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		if (doc != null) {
			try {
				corpus = Corpus.open(doc.root());
			} catch (CorpusException e) {
				// the engines still suggest; the corpus's recommenders need a readable corpus
			}
		}
		SuggestOperation op = new SuggestOperation(editor.getTitle(), text, corpus);
		CorpusJobs.schedule("Pre-annotating " + editor.getTitle(), PreAnnotateDocumentHandler.class, op.getSchedulingRule(), monitor -> {
			try {
				SuggestOperation.Suggestions found = op.execute(monitor);
				editor.getSite().getShell().getDisplay().asyncExec(() -> {
					if (editor.model() != null && editor.jcas() != null && text.equals(editor.jcas().getDocumentText())) {
						editor.session().mergeSuggestions(found.output());
					}
				});
				return CorpusJobs.result("Some engines failed on " + editor.getTitle() + "; the others' suggestions were added",
						found.failures().stream().map(f -> new CorpusException(Path.of(editor.getTitle()),
								"engine " + f.engine() + " failed (" + f.reason() + ")", f.error())).toList());
			} catch (CorpusException e) {
				return CorpusJobs.error(e);
			}
		});
		return null;
	}
}
