package org.assay.ui;

import org.assay.ui.editor.AssayEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * For {@code ./assay workbench}: when started with {@code -Dassay.open=<project>/<path>}, makes
 * sure the project exists in the workspace (importing the folder of that name beside the
 * workspace metadata), switches to the Assay perspective and opens the file in the editor at its
 * first suggestion.
 */
public class OpenOnStartup implements IStartup {

	@Override
	public void earlyStartup() {
		String open = System.getProperty("assay.open");
		if (open == null || open.isBlank()) {
			return;
		}
		IPath path = IPath.fromPortableString(open);
		try {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0));
			if (!project.exists()) {
				project.create(null);
			}
			if (!project.isOpen()) {
				project.open(null);
			}
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
			IFile file = project.getFile(path.removeFirstSegments(1));
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> openIn(file));
		} catch (CoreException e) {
			StatusManager.getManager().handle(Status.error("Cannot open " + open, e), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	private static void openIn(IFile file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		try {
			// fill the screen (maximize alone does nothing without a window manager, e.g. under Xvfb)
			window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea());
			window.getShell().setMaximized(true);
			IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(AssayPerspective.ID, window);
			if (file.exists()) {
				AssayEditor editor = (AssayEditor) page.openEditor(new FileEditorInput(file), AssayEditor.ID);
				editor.whenRead(() -> editor.session().nextSuggestion());
			}
		} catch (CoreException e) {
			StatusManager.getManager().handle(Status.error("Cannot open " + file, e), StatusManager.LOG | StatusManager.SHOW);
		}
	}
}
