package org.assay.ui.handlers;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.engines.SuggestOperation;
import org.assay.ui.editor.AssayEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs the engines on the open document in a Job ({@link SuggestOperation}) and adds, as one
 * undoable edit, the suggestions the annotator's layer does not have yet.
 */
public class PreAnnotateDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof AssayEditor editor)) {
			return null;
		}
		String text = editor.jcas().getDocumentText();
		SuggestOperation op = new SuggestOperation(editor.getTitle(), text);
		CorpusJobs.schedule("Pre-annotating " + editor.getTitle(), PreAnnotateDocumentHandler.class, monitor -> {
			try {
				JCas output = op.execute(monitor);
				editor.getSite().getShell().getDisplay().asyncExec(() -> {
					if (editor.model() != null && text.equals(editor.jcas().getDocumentText())) {
						editor.session().mergeSuggestions(output);
					}
				});
				return Status.OK_STATUS;
			} catch (CorpusException e) {
				return CorpusJobs.error(e);
			}
		});
		return null;
	}
}
