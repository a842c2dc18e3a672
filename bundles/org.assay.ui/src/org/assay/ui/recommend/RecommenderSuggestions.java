package org.assay.ui.recommend;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.engines.recommend.RecommenderSuggester;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.assay.ui.jobs.FamilyJob;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.PlatformUI;

/**
 * Merges the active recommenders' suggestions into an editor's layer, in the background, as one
 * undoable step that keeps the annotator's place. At most one suggesting Job runs and one waits
 * per editor: asked again while one runs (retrainings close together), it suggests once more
 * after it. Called on the UI thread.
 */
final class RecommenderSuggestions {

	private final Object family;
	private final Map<AssayEditor, Job> suggesting = new WeakHashMap<>();
	private final Set<AssayEditor> again = Collections.newSetFromMap(new WeakHashMap<>());

	RecommenderSuggestions(Object family) {
		this.family = family;
	}

	/** Suggests in {@code editor} what the corpus's recommenders learnt so far. */
	void suggest(AssayEditor editor) {
		CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
		if (doc == null || editor.jcas() == null) {
			return;
		}
		if (suggesting.containsKey(editor)) {
			again.add(editor);
			return;
		}
		String text = editor.jcas().getDocumentText();
		Job job = new FamilyJob("Recommender suggestions for " + editor.getTitle(), family, monitor -> {
			try {
				JCas found = RecommenderSuggester.suggest(Corpus.open(doc.root()), doc.documentId(), text);
				if (found != null) {
					editor.getSite().getShell().getDisplay().asyncExec(() -> {
						if (editor.model() != null && editor.jcas() != null && text.equals(editor.jcas().getDocumentText())) {
							editor.session().mergeSuggestions(found);
						}
					});
				}
				return Status.OK_STATUS;
			} catch (CorpusException e) {
				return Status.warning("No recommender suggestions for " + editor.getTitle() + ": " + e.getMessage());
			}
		});
		job.setPriority(Job.DECORATE); // the editor never waits for it
		job.setRule(CorpusRule.of(doc.root())); // reads the models a retraining of the corpus writes
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
					suggesting.remove(editor);
					if (again.remove(editor) && editor.jcas() != null) {
						suggest(editor);
					}
				});
			}
		});
		suggesting.put(editor, job);
		job.schedule();
	}
}
