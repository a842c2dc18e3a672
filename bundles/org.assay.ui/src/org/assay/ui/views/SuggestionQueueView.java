package org.assay.ui.views;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.review.ReviewNavigator;
import org.assay.core.review.SuggestionQueue;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.assay.ui.editor.OpenAssayEditors;
import org.assay.ui.preferences.AssayPreferences;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Active learning across a whole corpus: the open suggestions of every document, the most
 * informative first (where the suggesting model was least sure: the smallest margin between its
 * best and second-best labelling), to accept ({@code A}), reject ({@code R}) or skip ({@code S};
 * skipped ones come back after all the others). Each decision is made in the document's editor
 * (opened beside the view, the span shown), so it is undoable, saved with the layer and counted
 * for retraining like any other; the view keeps the keyboard.
 */
public class SuggestionQueueView extends ViewPart {

	public static final String ID = "org.assay.ui.views.queue";

	private Table table;
	private Path root;
	private String annotator;
	private SuggestionQueue queue = SuggestionQueue.of(List.of());

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] columns = { "Uncertainty", "Document", "Text", "Label", "Runner-up", "Origin", "Confidence" };
		int[] widths = { 90, 130, 260, 110, 90, 220, 80 };
		for (int i = 0; i < columns.length; i++) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(columns[i]);
			c.setWidth(widths[i]);
		}
		table.addListener(SWT.KeyDown, e -> {
			switch (Character.toLowerCase(e.character)) {
			case 'a' -> accept();
			case 'r' -> reject();
			case 's' -> skip();
			default -> {
				return;
			}
			}
			e.doit = false;
		});
		table.addListener(SWT.DefaultSelection, e -> showSelected());
		var toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(action("Accept (A)", this::accept));
		toolbar.add(action("Reject (R)", this::reject));
		toolbar.add(action("Skip (S)", this::skip));
		toolbar.add(action("Refresh", this::refresh));
		refresh();
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** Builds the queue again for the focused corpus (in the background). */
	public void refresh() {
		Path focused = CorpusViews.focusedCorpus(getSite().getPage());
		if (focused != null) {
			root = focused;
		}
		if (root == null) {
			setContentDescription("Open a corpus document to review its most informative suggestions");
			return;
		}
		// the open layers are read here, on the UI thread that changes them
		Map<String, List<SuggestionQueue.Item>> open = new HashMap<>();
		String who = AssayPreferences.annotator();
		for (AssayEditor editor : OpenAssayEditors.of(root)) {
			CorpusDocument doc = editor.provider().corpusDocument(editor.getEditorInput());
			if (doc != null && editor.jcas() != null) {
				open.put(doc.documentId(), SuggestionQueue.items(doc.documentId(), editor.jcas()));
				who = editor.annotator();
			}
		}
		Path corpusRoot = root;
		String forAnnotator = who;
		setContentDescription(root.getFileName() + ": finding the most informative suggestions...");
		Job job = Job.create("Most informative suggestions of " + root.getFileName(), monitor -> {
			try {
				SuggestionQueue built = SuggestionQueue.build(Corpus.open(corpusRoot), forAnnotator, open, monitor);
				table.getDisplay().asyncExec(() -> {
					if (!table.isDisposed() && corpusRoot.equals(root)) {
						queue = built;
						annotator = forAnnotator;
						fill();
					}
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (CorpusException e) {
				table.getDisplay().asyncExec(() -> {
					if (!table.isDisposed()) {
						setContentDescription(e.getMessage());
					}
				});
				return Status.warning(e.getMessage());
			}
		});
		job.setPriority(Job.SHORT);
		job.setRule(CorpusRule.of(corpusRoot)); // it reads every layer of the corpus: never while a Job rewrites them
		job.schedule();
	}

	/** The rows as shown (uncertainty, document, text, label, runner-up, origin, confidence), for tests. */
	public List<List<String>> rows() {
		return TableTexts.rows(table);
	}

	/** The table of suggestions (the keys A, R and S act on its selection). */
	public Table table() {
		return table;
	}

	/** The queue shown, for tests. */
	public SuggestionQueue queue() {
		return queue;
	}

	private void fill() {
		table.setRedraw(false);
		table.removeAll();
		List<SuggestionQueue.Item> items = queue.items();
		int shown = Math.min(items.size(), 2000);
		for (SuggestionQueue.Item i : items.subList(0, shown)) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { String.format(Locale.ROOT, "%.2f", i.uncertainty()), i.documentId(), i.text(),
					i.claim() ? "claim " + i.label() : i.label(), i.runnerUp() == null ? "" : i.runnerUp(),
					i.origin() == null ? "" : i.origin(), String.format(Locale.ROOT, "%.2f", i.confidence()) });
			row.setData(i);
		}
		table.setRedraw(true);
		if (shown > 0) {
			table.setSelection(0);
		}
		long documents = items.stream().map(SuggestionQueue.Item::documentId).distinct().count();
		setContentDescription(items.isEmpty() ? root.getFileName() + ": no open suggestions left"
				: root.getFileName() + ": " + items.size() + " open suggestions in " + documents + " documents, most uncertain first"
						+ (queue.skippedCount() > 0 ? "; " + queue.skippedCount() + " skipped (at the end)" : "")
						+ (shown < items.size() ? "; the first " + shown + " shown" : ""));
	}

	private SuggestionQueue.Item selected() {
		int i = table.getSelectionIndex();
		return i < 0 ? queue.head().orElse(null) : (SuggestionQueue.Item) table.getItem(i).getData();
	}

	/** Opens the selected suggestion's document beside the view and shows the suggestion. */
	private void showSelected() {
		SuggestionQueue.Item item = selected();
		if (item != null) {
			reveal(item);
		}
	}

	/** The editor of {@code item}'s document with the suggestion current, or null (decided meanwhile: dropped). */
	private AssayEditor reveal(SuggestionQueue.Item item) {
		AssayEditor editor;
		try {
			editor = CorpusViews.open(getSite().getPage(), root, item.documentId(), item.begin(), item.end());
		} catch (PartInitException e) {
			setContentDescription("Cannot open " + item.documentId() + ": " + e.getMessage());
			return null;
		}
		if (editor != null && editor.isLoading()) {
			// a large layer is read in the background: show the suggestion once it is there, decide nothing yet
			setContentDescription(AssayEditor.STILL_READING + " (" + item.documentId() + ")");
			editor.whenRead(() -> {
				fill();
				reveal(item);
			});
			return null;
		}
		Reviewable target = null;
		if (editor != null && editor.jcas() != null) {
			for (Reviewable r : ReviewNavigator.reviewables(editor.jcas())) {
				if (item.matches(r) && ReviewStatus.parse(r.getStatus()) == ReviewStatus.SUGGESTED) {
					target = r;
					break;
				}
			}
		}
		getSite().getPage().activate(this); // the keys stay with the queue
		if (target == null) {
			queue.decided(item); // decided in the editor since the queue was built
			fill();
			return null;
		}
		editor.reveal(target);
		return editor;
	}

	private void accept() {
		decide(true);
	}

	private void reject() {
		decide(false);
	}

	private void decide(boolean accept) {
		SuggestionQueue.Item item = selected();
		if (item == null) {
			return;
		}
		AssayEditor editor = reveal(item);
		if (editor == null) {
			return;
		}
		if (accept) {
			editor.session().accept(false);
		} else {
			editor.reject(false);
		}
		queue.decided(item);
		fill();
		showSelected();
	}

	private void skip() {
		SuggestionQueue.Item item = selected();
		if (item != null) {
			queue.skip(item);
			fill();
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
