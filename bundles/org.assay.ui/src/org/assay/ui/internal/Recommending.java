package org.assay.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.recommend.ConfirmedAnnotations;
import org.assay.engines.recommend.RecommenderSuggester;
import org.assay.engines.recommend.RecommenderTraining;
import org.assay.ui.editor.AssayEditor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Keeps a corpus's recommenders learning while annotators work: after every N decisions (the
 * preference {@link AssayUiPlugin#PREF_RETRAIN_AFTER}) a background Job retrains them from the
 * saved layers and the open, unsaved ones — at most one running and one queued per corpus,
 * cancellable, never blocking the editor — and then their new suggestions are merged into every
 * open editor of that corpus as one undoable step that keeps the annotator's place. A document
 * that opens gets the active recommenders' suggestions too. Called on the UI thread.
 */
public final class Recommending {

	/** The family of the retraining and suggesting Jobs (for tests and progress). */
	public static final Object JOBS = new Object();

	private static final Map<Path, Integer> decisions = new HashMap<>();
	private static final Map<Path, Job> running = new HashMap<>();
	private static final Set<Path> queued = new HashSet<>();
	private static final List<Consumer<Path>> trainedListeners = new CopyOnWriteArrayList<>();

	/** When the annotator last decided something (System.nanoTime). */
	private static volatile long lastDecision;
	/** How long after a decision the background work keeps still. */
	private static final long QUIET_NANOS = 300_000_000L;
	/** The longest it keeps still at once, so that a long burst of decisions still lets it learn. */
	private static final long LONGEST_WAIT_NANOS = 500_000_000L;

	private Recommending() {
	}

	/** Tells {@code listener} (on the UI thread) when a corpus's recommenders were retrained. */
	public static void addTrainedListener(Consumer<Path> listener) {
		trainedListeners.add(listener);
	}

	/** Stops telling {@code listener}. */
	public static void removeTrainedListener(Consumer<Path> listener) {
		trainedListeners.remove(listener);
	}

	/** Counts a decision made in {@code editor}; retrains its corpus's recommenders every N. */
	public static void decided(AssayEditor editor) {
		lastDecision = System.nanoTime();
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		int every = AssayUiPlugin.getDefault() == null ? 0
				: AssayUiPlugin.getDefault().getPreferenceStore().getInt(AssayUiPlugin.PREF_RETRAIN_AFTER);
		if (doc == null || every <= 0) {
			return;
		}
		int n = decisions.merge(doc.root(), 1, Integer::sum);
		if (n >= every) {
			decisions.put(doc.root(), 0);
			retrain(doc.root());
		}
	}

	/** Retrains the recommenders of the corpus at {@code root} now (queued if a retraining runs). */
	public static void retrain(Path root) {
		if (running.containsKey(root)) {
			queued.add(root);
			return;
		}
		Map<String, Map<String, ConfirmedAnnotations.LayerDecisions>> unsaved = unsavedLayers(root);
		Job job = job("Retraining the recommenders of " + root.getFileName(), monitor -> {
			try {
				Corpus corpus = Corpus.open(root);
				new RecommenderTraining(corpus, RecommenderTraining.forWorkbench(corpus)).unsaved(unsaved).execute(yielding(monitor));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (CorpusException e) {
				return new Status(IStatus.WARNING, AssayUiPlugin.ID, "The recommenders were not retrained: " + e.getMessage());
			}
		});
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Display display = PlatformUI.getWorkbench().getDisplay();
				display.asyncExec(() -> {
					running.remove(root);
					if (event.getResult().isOK()) {
						trainedListeners.forEach(l -> l.accept(root));
						for (AssayEditor editor : openEditors(root)) {
							suggest(editor);
						}
					}
					if (queued.remove(root)) {
						retrain(root);
					}
				});
			}
		});
		running.put(root, job);
		job.schedule();
	}

	/**
	 * Called as {@code editor} closes: when it was the last open editor of its corpus, a
	 * retraining of that corpus is cancelled (it stops within one training iteration) and none
	 * stays queued — nobody is there to see its suggestions, and the next decision retrains.
	 */
	public static void closed(AssayEditor editor) {
		CorpusDocument doc = editor.provider() == null ? null : editor.provider().corpusDocument(editor.getEditorInput());
		if (doc == null) {
			return;
		}
		Path root = doc.root();
		if (openEditors(root).stream().anyMatch(e -> e != editor)) {
			return;
		}
		queued.remove(root);
		decisions.remove(root);
		Job job = running.get(root);
		if (job != null) {
			job.cancel();
		}
	}

	/**
	 * {@code monitor} for work that gives way to the annotator: training asks it whether it is
	 * cancelled between documents, samples and perceptron iterations, and while the annotator
	 * decided something in the last {@link #QUIET_NANOS} it waits there (at most
	 * {@link #LONGEST_WAIT_NANOS} at once) — on a 2-core machine the training would otherwise take
	 * the core the display and the garbage collector need while keys are pressed.
	 */
	static IProgressMonitor yielding(IProgressMonitor monitor) {
		return new org.eclipse.core.runtime.ProgressMonitorWrapper(monitor) {
			@Override
			public boolean isCanceled() {
				long start = System.nanoTime();
				while (!super.isCanceled() && System.nanoTime() - lastDecision < QUIET_NANOS
						&& System.nanoTime() - start < LONGEST_WAIT_NANOS) {
					try {
						Thread.sleep(20);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						break;
					}
				}
				return super.isCanceled();
			}
		};
	}

	/** A background Job of the {@link #JOBS} family, low priority so the editor never waits. */
	private static Job job(String name, java.util.function.Function<IProgressMonitor, IStatus> body) {
		Job job = new Job(name) {
			@Override
			public boolean belongsTo(Object family) {
				return family == JOBS;
			}

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return body.apply(monitor);
			}
		};
		job.setPriority(Job.DECORATE);
		return job;
	}

	/** The suggesting Job of each open editor: at most one runs and one waits per editor. */
	private static final Map<AssayEditor, Job> suggesting = new java.util.WeakHashMap<>();
	private static final Set<AssayEditor> suggestAgain = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

	/**
	 * Merges the active recommenders' suggestions into {@code editor}'s layer, in the background;
	 * asked again while that runs (retrainings close together), it suggests once more after it.
	 */
	public static void suggest(AssayEditor editor) {
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		if (doc == null || editor.jcas() == null) {
			return;
		}
		if (suggesting.containsKey(editor)) {
			suggestAgain.add(editor);
			return;
		}
		String text = editor.jcas().getDocumentText();
		Job job = job("Recommender suggestions for " + editor.getTitle(), monitor -> {
			try {
				JCas suggestions = RecommenderSuggester.suggest(Corpus.open(doc.root()), doc.documentId(), text);
				if (suggestions != null) {
					editor.getSite().getShell().getDisplay().asyncExec(() -> {
						if (editor.model() != null && editor.jcas() != null && text.equals(editor.jcas().getDocumentText())) {
							editor.session().mergeSuggestions(suggestions);
						}
					});
				}
				return Status.OK_STATUS;
			} catch (CorpusException e) {
				return new Status(IStatus.WARNING, AssayUiPlugin.ID, "No recommender suggestions for " + editor.getTitle() + ": "
						+ e.getMessage());
			}
		});
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
					suggesting.remove(editor);
					if (suggestAgain.remove(editor) && editor.jcas() != null) {
						suggest(editor);
					}
				});
			}
		});
		suggesting.put(editor, job);
		job.schedule();
	}

	/** The decisions of the layers open and dirty in editors of the corpus at {@code root}. */
	private static Map<String, Map<String, ConfirmedAnnotations.LayerDecisions>> unsavedLayers(Path root) {
		Map<String, Map<String, ConfirmedAnnotations.LayerDecisions>> layers = new HashMap<>();
		for (AssayEditor editor : openEditors(root)) {
			if (!editor.isDirty() || editor.jcas() == null) {
				continue;
			}
			CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
			layers.computeIfAbsent(doc.documentId(), k -> new HashMap<>()).put(editor.annotator(),
					ConfirmedAnnotations.decisions(editor.jcas()));
		}
		return layers;
	}

	/** The open Assay editors of the corpus at {@code root}. */
	public static List<AssayEditor> openEditors(Path root) {
		List<AssayEditor> editors = new java.util.ArrayList<>();
		for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : w.getPages()) {
				for (IEditorReference ref : page.getEditorReferences()) {
					if (ref.getEditor(false) instanceof AssayEditor editor) {
						CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
						if (doc != null && doc.root().equals(root)) {
							editors.add(editor);
						}
					}
				}
			}
		}
		return editors;
	}
}
