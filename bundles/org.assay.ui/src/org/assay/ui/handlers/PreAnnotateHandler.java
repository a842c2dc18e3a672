package org.assay.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.AnnotateOperation;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.internal.AssayUiPlugin;
import org.assay.ui.internal.CorpusDocument;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Pre-annotates a whole corpus folder (selected in the Project Explorer, or the corpus of the
 * active editor) with the engines, as a cancellable Job. Suggestions go to the engine layer;
 * annotator layers are left alone.
 */
public class PreAnnotateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Path root = corpusRoot(event);
		if (root == null) {
			return null;
		}
		Job job = new Job("Pre-annotating " + root.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				AtomicBoolean cancel = new AtomicBoolean();
				monitor.beginTask("Pre-annotating " + root.getFileName(), IProgressMonitor.UNKNOWN);
				Thread watcher = new Thread(() -> {
					while (!cancel.get()) {
						if (monitor.isCanceled()) {
							cancel.set(true);
						}
						try {
							Thread.sleep(100);
						} catch (InterruptedException e) {
							return;
						}
					}
				}, "assay-cancel-watch");
				watcher.setDaemon(true);
				watcher.start();
				try {
					Corpus corpus = Corpus.open(root);
					AnnotateOperation.Result r = new AnnotateOperation(root.resolve("texts"), corpus)
							.threads(Runtime.getRuntime().availableProcessors()).cancelWith(cancel)
							.progress(monitor::subTask).execute();
					refresh(root);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					return r.ok() ? Status.OK_STATUS
							: new Status(IStatus.WARNING, AssayUiPlugin.ID, r.failures().size()
									+ " document(s) could not be annotated; first: " + r.failures().get(0).getMessage());
				} catch (CorpusException e) {
					return new Status(IStatus.ERROR, AssayUiPlugin.ID, e.getMessage());
				} finally {
					cancel.set(true);
					monitor.done();
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static Path corpusRoot(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IResource resource
				&& resource.getLocation() != null) {
			for (Path p = resource.getLocation().toFile().toPath(); p != null; p = p.getParent()) {
				if (Files.isRegularFile(p.resolve(Corpus.MANIFEST))) {
					return p;
				}
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof AssayEditor assay) {
			return CorpusDocument.of(assay.getEditorInput()).map(CorpusDocument::root).orElse(null);
		}
		return null;
	}

	private static void refresh(Path root) {
		for (IContainer c : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(root.toUri())) {
			try {
				c.refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (org.eclipse.core.runtime.CoreException e) {
				// a stale tree in the Project Explorer is harmless; the corpus files are written
			}
		}
	}
}
