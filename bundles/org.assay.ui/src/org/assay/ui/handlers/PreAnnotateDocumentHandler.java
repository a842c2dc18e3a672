package org.assay.ui.handlers;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.assay.core.review.CasEdit;
import org.assay.engines.AssayPipeline;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.internal.AssayUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs the engines on the open document in a Job and adds, as one undoable edit, the
 * suggestions the annotator's layer does not have yet.
 */
public class PreAnnotateDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof AssayEditor editor)) {
			return null;
		}
		String text = editor.jcas().getDocumentText();
		Job job = new Job("Pre-annotating " + editor.getTitle()) {
			@Override
			public boolean belongsTo(Object family) {
				return family == PreAnnotateDocumentHandler.class;
			}

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Running the Assay engines", 2);
				try {
					AnalysisEngine engine = AssayPipeline.create();
					monitor.worked(1);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					JCas output = engine.newJCas();
					output.setDocumentText(text);
					engine.process(output);
					engine.destroy();
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					editor.getSite().getShell().getDisplay().asyncExec(() -> {
						if (editor.model() != null && text.equals(editor.jcas().getDocumentText())) {
							CasEdit merge = editor.review().mergeSuggestions(output);
							editor.execute(merge, editor.current());
						}
					});
					return Status.OK_STATUS;
				} catch (Exception e) {
					return new Status(IStatus.ERROR, AssayUiPlugin.ID, "Pre-annotation failed: " + e.getMessage(), e);
				} finally {
					monitor.done();
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return null;
	}
}
