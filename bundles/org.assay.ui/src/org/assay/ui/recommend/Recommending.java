package org.assay.ui.recommend;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.review.CasEdit;
import org.assay.engines.recommend.ConfirmedAnnotations;
import org.assay.engines.recommend.RecommenderTraining;
import org.assay.types.ReviewStatus;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.assay.ui.editor.OpenAssayEditors;
import org.assay.ui.editor.ReviewListener;
import org.assay.ui.jobs.FamilyJob;
import org.assay.ui.preferences.AssayPreferences;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Keeps a corpus's recommenders learning while annotators work: after every N decisions (the
 * preference {@link AssayPreferences#RETRAIN_AFTER}) a background Job retrains them from the
 * saved layers and the open, unsaved ones — at most one running and one queued per corpus,
 * cancellable, giving way to the annotator, never blocking the editor — and then their new
 * suggestions are merged into every open editor of that corpus. A document that opens gets the
 * active recommenders' suggestions too ({@link RecommenderSuggestions}).
 * <p>
 * The plug-in owns one and attaches it to the workbench: it watches the Assay editors open and
 * close ({@link AssayEditorWatch}) and hears each editor's edits as a {@link ReviewListener}.
 * Views reach it as a workbench service. Called on the UI thread.
 */
public final class Recommending {

	/** The family of the retraining and suggesting Jobs (for tests and progress). */
	public static final Object JOBS = new Object();

	private final Map<Path, Integer> decisions = new HashMap<>();
	private final Map<Path, Job> running = new HashMap<>();
	private final Set<Path> queued = new HashSet<>();
	private final List<Consumer<Path>> trainedListeners = new CopyOnWriteArrayList<>();
	private final GivingWay givingWay = new GivingWay();
	private final RecommenderSuggestions suggestions = new RecommenderSuggestions(JOBS);
	private AssayEditorWatch watch;

	/** Hears the edits of every watched editor. */
	private final ReviewListener edits = new ReviewListener() {
		@Override
		public void edited(AssayEditor editor, CasEdit edit) {
			if (edit.affected().stream().anyMatch(r -> r.getStatus() != null && !ReviewStatus.SUGGESTED.name().equals(r.getStatus()))) {
				decided(editor); // accepted, rejected, corrected or made by hand
			}
		}
	};

	/** Starts watching the Assay editors of {@code workbench}, those open already included. Called on the UI thread. */
	public void attach(IWorkbench workbench) {
		if (watch == null) {
			watch = new AssayEditorWatch(workbench, this::opened, this::closed);
			watch.start();
		}
	}

	/** Stops watching editors and cancels the retraining and suggesting Jobs. */
	public void detach() {
		AssayEditorWatch stopped = watch;
		watch = null;
		// a workbench that closed took its windows, and the listeners on them, with it
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (stopped != null && display != null && !display.isDisposed()) {
			display.asyncExec(stopped::stop);
		}
		Job.getJobManager().cancel(JOBS);
	}

	/** Tells {@code listener} (on the UI thread) when a corpus's recommenders were retrained. */
	public void addTrainedListener(Consumer<Path> listener) {
		trainedListeners.add(listener);
	}

	/** Stops telling {@code listener}. */
	public void removeTrainedListener(Consumer<Path> listener) {
		trainedListeners.remove(listener);
	}

	/** An editor opened: its edits are counted, and it gets what the corpus's recommenders learnt so far once its layer is there. */
	private void opened(AssayEditor editor) {
		editor.addListener(edits);
		editor.whenRead(() -> suggestions.suggest(editor));
	}

	/** Counts a decision made in {@code editor}; retrains its corpus's recommenders every N. */
	private void decided(AssayEditor editor) {
		givingWay.decided();
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		int every = AssayPreferences.retrainAfter();
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
	public void retrain(Path root) {
		if (running.containsKey(root)) {
			queued.add(root);
			return;
		}
		Map<String, Map<String, ConfirmedAnnotations.LayerDecisions>> unsaved = unsavedLayers(root);
		Job job = new FamilyJob("Retraining the recommenders of " + root.getFileName(), JOBS, monitor -> {
			try {
				Corpus corpus = Corpus.open(root);
				new RecommenderTraining(corpus, RecommenderTraining.forWorkbench(corpus)).unsaved(unsaved)
						.execute(givingWay.monitor(monitor));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (CorpusException e) {
				return Status.warning("The recommenders were not retrained: " + e.getMessage());
			}
		});
		job.setPriority(Job.DECORATE); // the editor never waits for it
		job.setRule(CorpusRule.of(root)); // the rule of RecommenderTraining on this corpus
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> trained(root, event.getResult()));
			}
		});
		running.put(root, job);
		job.schedule();
	}

	private void trained(Path root, IStatus result) {
		running.remove(root);
		if (result.isOK()) {
			trainedListeners.forEach(l -> l.accept(root));
			for (AssayEditor editor : OpenAssayEditors.of(root)) {
				suggestions.suggest(editor);
			}
		}
		if (queued.remove(root)) {
			retrain(root);
		}
	}

	/**
	 * {@code editor} closed: when it was the last open editor of its corpus, a retraining of that
	 * corpus is cancelled (it stops within one training iteration) and none stays queued — nobody
	 * is there to see its suggestions, and the next decision retrains.
	 */
	private void closed(AssayEditor editor, Path root) {
		editor.removeListener(edits);
		if (OpenAssayEditors.of(root).stream().anyMatch(e -> e != editor)) {
			return;
		}
		queued.remove(root);
		decisions.remove(root);
		Job job = running.get(root);
		if (job != null) {
			job.cancel();
		}
	}

	/** The decisions of the layers open and dirty in editors of the corpus at {@code root}. */
	private static Map<String, Map<String, ConfirmedAnnotations.LayerDecisions>> unsavedLayers(Path root) {
		Map<String, Map<String, ConfirmedAnnotations.LayerDecisions>> layers = new HashMap<>();
		for (AssayEditor editor : OpenAssayEditors.of(root)) {
			if (editor.isDirty() && editor.jcas() != null) {
				CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
				layers.computeIfAbsent(doc.documentId(), k -> new HashMap<>()).put(editor.annotator(),
						ConfirmedAnnotations.decisions(editor.jcas()));
			}
		}
		return layers;
	}
}
