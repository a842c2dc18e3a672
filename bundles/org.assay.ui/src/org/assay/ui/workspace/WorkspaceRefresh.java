package org.assay.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.ui.jobs.FamilyJob;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Tells the workspace about files Assay wrote outside it (a layer saved by the editor, a corpus
 * annotated or imported): their folders are refreshed in a background Job, so the Project
 * Explorer shows them and resource change listeners — the Problems view's markers — hear of them.
 * The refresh is scheduled, never waited for: it needs a workspace rule, and a Job that holds its
 * corpus's rule must not wait for another one (that is how two Jobs end up waiting for each other).
 */
public final class WorkspaceRefresh {

	/** The family of the refresh Jobs. */
	public static final Object FAMILY = WorkspaceRefresh.class;

	private WorkspaceRefresh() {
	}

	/** Refreshes the folders holding {@code files}, one level deep. */
	public static void folders(Path... files) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		List<IContainer> folders = new ArrayList<>();
		for (Path file : files) {
			folders.addAll(List.of(root.findContainersForLocationURI(file.getParent().toUri())));
		}
		schedule("Refreshing " + files[0].getFileName(), folders, IResource.DEPTH_ONE);
	}

	/** Refreshes the workspace folders at {@code corpusRoot} and everything below them. */
	public static void tree(Path corpusRoot) {
		List<IContainer> folders = List.of(ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(corpusRoot.toUri()));
		schedule("Refreshing " + corpusRoot.getFileName(), folders, IResource.DEPTH_INFINITE);
	}

	private static void schedule(String name, List<IContainer> folders, int depth) {
		if (folders.isEmpty()) {
			return; // not in the workspace: nobody there to tell
		}
		Job job = new FamilyJob(name, FAMILY, monitor -> {
			for (IContainer folder : folders) {
				try {
					folder.refreshLocal(depth, monitor);
				} catch (CoreException e) {
					ILog.of(WorkspaceRefresh.class).log(e.getStatus());
				}
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}
}
