package org.assay.ui.handlers;

import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.engines.AnnotateOperation;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.assay.ui.workspace.WorkspaceRefresh;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Pre-annotates a whole corpus folder (selected in the Project Explorer, or the corpus of the
 * active editor) with the engines ({@link AnnotateOperation}), as a cancellable Job.
 * Suggestions go to the engine layer; annotator layers are left alone.
 */
public class PreAnnotateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Path root = corpusRoot(event);
		if (root == null) {
			return null;
		}
		CorpusJobs.schedule("Pre-annotating " + root.getFileName(), PreAnnotateHandler.class, CorpusRule.of(root), monitor -> {
			try {
				AnnotateOperation.Result r = new AnnotateOperation(root.resolve("texts"), Corpus.open(root))
						.threads(Runtime.getRuntime().availableProcessors()).execute(monitor);
				return CorpusJobs.result(r.annotated() + " document(s) annotated, " + r.failures().size()
						+ " could not be", r.failures());
			} catch (CorpusException e) {
				return CorpusJobs.error(e);
			} finally {
				WorkspaceRefresh.tree(root); // the workspace shows what it wrote
			}
		});
		return null;
	}

	private static Path corpusRoot(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IResource resource
				&& resource.getLocation() != null) {
			return Corpus.findRoot(resource.getLocation().toFile().toPath()).orElse(null);
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof AssayEditor assay) {
			return CorpusDocument.of(assay.getEditorInput()).map(CorpusDocument::root).orElse(null);
		}
		return null;
	}
}
