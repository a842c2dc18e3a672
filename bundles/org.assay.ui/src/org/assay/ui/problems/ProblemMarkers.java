package org.assay.ui.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.core.CorpusException;
import org.assay.core.conflicts.ConflictOperation;
import org.assay.core.corpus.Corpus;
import org.assay.core.problems.CorpusProblems;
import org.assay.ui.internal.AssayUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Keeps the Problems view telling what is still to do in the corpora of the workspace: open
 * suggestions (information), differences curation has not settled and sources that contradict
 * each other (warnings), each a marker on the document's text at the span to go to. Markers are
 * recomputed in the background whenever a layer or the manifest of a corpus changes on disk
 * (saving in the editor, annotate, import, curate) — never while the annotator types.
 */
public final class ProblemMarkers {

	/** The marker type (plugin.xml): a problem and a text marker. */
	public static final String TYPE = AssayUiPlugin.ID + ".problem";
	/** Marker attribute: {@link CorpusProblems.Kind} name. */
	public static final String KIND = "assayKind";
	/** Marker attribute: the corpus document id. */
	public static final String DOCUMENT = "assayDocument";
	/** Marker attribute: the layer. */
	public static final String LAYER = "assayLayer";
	/** Marker attribute: "origin=count" pairs, one per line, of confident open suggestions. */
	public static final String CONFIDENT = "assayConfident";

	private static final ProblemMarkers INSTANCE = new ProblemMarkers();

	/** One job per corpus project, holding the project as its rule: a project is never deleted under it. */
	private final Map<IProject, Job> jobs = new java.util.concurrent.ConcurrentHashMap<>();

	/** The family of the marker jobs. */
	public static final Object FAMILY = ProblemMarkers.class;

	private final IResourceChangeListener listener = this::changed;

	private ProblemMarkers() {
	}

	private Job jobFor(IProject project) {
		return jobs.computeIfAbsent(project, p -> {
			Job job = new Job("Updating Assay problems of " + p.getName()) {
				@Override
				protected IStatus run(IProgressMonitor monitor) {
					if (p.isOpen() && p.getLocation() != null && p.getFile(Corpus.MANIFEST).exists()) {
						update(p, monitor);
					}
					return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
				}

				@Override
				public boolean belongsTo(Object family) {
					return family == FAMILY;
				}
			};
			job.setSystem(true);
			job.setPriority(Job.DECORATE);
			job.setRule(p);
			return job;
		});
	}

	/** Starts watching the workspace and computes the markers of every corpus in it. */
	public static void start() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.addResourceChangeListener(INSTANCE.listener, IResourceChangeEvent.POST_CHANGE);
		for (IProject project : workspace.getRoot().getProjects()) {
			INSTANCE.schedule(project);
		}
	}

	/** Stops watching. */
	public static void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(INSTANCE.listener);
		Job.getJobManager().cancel(FAMILY);
	}

	/** Recomputes the markers of a project's corpus soon (several changes coalesce). */
	public static void refresh(IProject project) {
		INSTANCE.schedule(project);
	}

	/**
	 * Tells the workspace that files were written outside it (a layer saved by the editor, the
	 * manifest): their folders are refreshed in the background, so the Project Explorer shows
	 * them and the markers follow.
	 */
	public static void written(Path... files) {
		org.eclipse.core.resources.IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		List<IResource> resources = new ArrayList<>();
		for (Path file : files) {
			for (org.eclipse.core.resources.IContainer folder : root.findContainersForLocationURI(file.getParent().toUri())) {
				resources.add(folder);
			}
		}
		if (resources.isEmpty()) {
			return;
		}
		Job refresh = Job.create("Refreshing " + files[0].getFileName(), monitor -> {
			for (IResource r : resources) {
				try {
					r.refreshLocal(IResource.DEPTH_ONE, monitor);
				} catch (CoreException e) {
					org.eclipse.core.runtime.ILog.of(ProblemMarkers.class).log(e.getStatus());
				}
			}
		});
		refresh.setSystem(true);
		refresh.schedule();
	}

	/** Waits until the markers of every scheduled project are written (tests, benchmarks). */
	public static void join() throws InterruptedException {
		Job.getJobManager().join(FAMILY, null);
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
			org.eclipse.core.runtime.ILog.of(ProblemMarkers.class).log(e.getStatus());
		}
		touched.forEach(this::schedule);
	}

	/** Computes a corpus's problems and replaces its markers with them. */
	private void update(IProject project, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Assay problems of " + project.getName(), 3);
		Path root = project.getLocation().toFile().toPath();
		List<CorpusProblems.Problem> found = new ArrayList<>();
		try {
			Corpus corpus = Corpus.open(root);
			CorpusProblems problems = new CorpusProblems(corpus, AssayUiPlugin.annotator());
			List<String> ids = corpus.documentIds();
			SubMonitor documents = SubMonitor.convert(progress.split(1), ids.size());
			for (String id : ids) {
				documents.split(1);
				try {
					found.addAll(problems.of(id));
				} catch (CorpusException e) {
					// the Conflicts view and the editor say what is wrong with an unreadable layer
				}
			}
			found.addAll(CorpusProblems.conflicts(new ConflictOperation(corpus).execute(progress.split(1)).groups()));
		} catch (CorpusException e) {
			return; // not (or no longer) a readable corpus: leave the markers as they are
		}
		Map<CorpusProblems.Problem, Integer> lines = new HashMap<>();
		Map<String, String> texts = new HashMap<>();
		for (CorpusProblems.Problem p : found) {
			String text = texts.computeIfAbsent(p.documentId(), id -> {
				try {
					return Files.readString(root.resolve("texts").resolve(id));
				} catch (java.io.IOException | RuntimeException e) {
					return "";
				}
			});
			int line = 1;
			for (int i = 0; i < Math.min(p.begin(), text.length()); i++) {
				if (text.charAt(i) == '\n') {
					line++;
				}
			}
			lines.put(p, line);
		}
		try {
			project.getWorkspace().run(m -> write(project, found, lines), project, IWorkspace.AVOID_UPDATE, progress.split(1));
		} catch (CoreException e) {
			org.eclipse.core.runtime.ILog.of(ProblemMarkers.class).log(e.getStatus());
		}
	}

	private static void write(IProject project, List<CorpusProblems.Problem> found, Map<CorpusProblems.Problem, Integer> lines) throws CoreException {
		project.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
		for (CorpusProblems.Problem p : found) {
			IFile file = project.getFile("texts/" + p.documentId());
			if (!file.exists()) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, p.message());
			attributes.put(IMarker.SEVERITY, p.warning() ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
			attributes.put(IMarker.CHAR_START, p.begin());
			attributes.put(IMarker.CHAR_END, p.end());
			Integer line = lines.get(p);
			if (line != null) {
				attributes.put(IMarker.LINE_NUMBER, line);
			}
			attributes.put(KIND, p.kind().name());
			attributes.put(DOCUMENT, p.documentId());
			if (p.layer() != null) {
				attributes.put(LAYER, p.layer());
			}
			if (!p.confident().isEmpty()) {
				attributes.put(CONFIDENT, p.confident().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("\n")));
			}
			file.createMarker(TYPE, attributes);
		}
	}
}
