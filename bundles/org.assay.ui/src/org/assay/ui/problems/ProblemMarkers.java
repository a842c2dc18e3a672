package org.assay.ui.problems;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.ui.jobs.FamilyJob;
import org.assay.ui.preferences.AssayPreferences;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Keeps the Problems view telling what is still to do in the corpora of the workspace: open
 * suggestions (information), differences curation has not settled and sources that contradict
 * each other (warnings), each a marker on the document's text at the span to go to. Markers are
 * recomputed in the background whenever a layer or the manifest of a corpus changes in the
 * workspace (saving in the editor, annotate, import, curate: each refreshes the folders it wrote)
 * — never while the annotator types. The plug-in starts it and stops it.
 */
public final class ProblemMarkers {

	/** The marker type: plugin.xml declares it (extension "problem" of this bundle) as a problem and a text marker. */
	public static final String TYPE = "org.assay.ui.problem";
	/** Marker attribute: the name of the problem's {@code CorpusProblems.Kind}. */
	public static final String KIND = "assayKind";
	/** Marker attribute: the corpus document id. */
	public static final String DOCUMENT = "assayDocument";
	/** Marker attribute: the layer. */
	public static final String LAYER = "assayLayer";
	/** Marker attribute: "origin=count" pairs, one per line, of confident open suggestions. */
	public static final String CONFIDENT = "assayConfident";

	/** The family of the marker Jobs. */
	public static final Object FAMILY = ProblemMarkers.class;

	/** One Job per corpus project (see {@link #jobFor}). */
	private final Map<IProject, Job> jobs = new ConcurrentHashMap<>();

	private final IResourceChangeListener listener = this::changed;

	/**
	 * The Job that finds a project's problems: it holds the corpus's rule, as the corpus
	 * operations it runs name it, so it never reads a corpus a Job of the workbench is rewriting.
	 * It hands the markers to a second Job, which holds the project while it writes them: a Job
	 * holding the corpus must not wait for a workspace rule.
	 */
	private Job jobFor(IProject project) {
		return jobs.computeIfAbsent(project, p -> {
			Path root = p.getLocation().toFile().toPath();
			Job job = new FamilyJob("Finding Assay problems of " + p.getName(), FAMILY, monitor -> {
				if (p.isOpen() && p.getFile(Corpus.MANIFEST).exists()) {
					try {
						write(p, ProblemScan.of(root, AssayPreferences.annotator(), monitor));
					} catch (CorpusException e) {
						// not (or no longer) a readable corpus: the markers stay as they are
					}
				}
				return Status.OK_STATUS;
			});
			job.setSystem(true);
			job.setPriority(Job.DECORATE);
			job.setRule(CorpusRule.of(root));
			return job;
		});
	}

	/** Writes the markers {@code scan} found in a Job of its own, which holds the project. */
	private static void write(IProject project, ProblemScan scan) {
		Job write = new FamilyJob("Writing Assay problems of " + project.getName(), FAMILY, monitor -> {
			try {
				project.getWorkspace().run(w -> {
					if (project.isAccessible()) { // not deleted or closed since its problems were found
						scan.writeTo(project);
					}
				}, project, IWorkspace.AVOID_UPDATE, monitor);
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return e.getStatus();
			}
		});
		write.setSystem(true);
		write.setRule(project);
		write.schedule();
	}

	/** Starts watching the workspace and computes the markers of every corpus in it. */
	public void start() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
		for (IProject project : workspace.getRoot().getProjects()) {
			schedule(project);
		}
	}

	/** Stops watching; marker Jobs not done yet are cancelled. */
	public void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
		Job.getJobManager().cancel(FAMILY);
	}

	/** Recomputes the markers of a project's corpus soon (several changes coalesce). */
	public void refresh(IProject project) {
		schedule(project);
	}

	private void schedule(IProject project) {
		if (!project.isOpen() || project.getLocation() == null || !project.getFile(Corpus.MANIFEST).exists()) {
			return;
		}
		jobFor(project).schedule(500); // several changes in a row: one update
	}

	private void changed(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Set<IProject> touched = new LinkedHashSet<>();
		try {
			delta.accept(d -> {
				IResource r = d.getResource();
				if (r.getType() == IResource.PROJECT && (d.getFlags() & IResourceDelta.OPEN) != 0) {
					touched.add((IProject) r);
				}
				if (r.getType() == IResource.FILE && (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0)
						&& (r.getName().endsWith(".xmi") || r.getName().equals(Corpus.MANIFEST))) {
					touched.add(r.getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(ProblemMarkers.class).log(e.getStatus());
		}
		touched.forEach(this::schedule);
	}
}
