package org.assay.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.curation.CurateOperation;
import org.assay.core.curation.Curation;
import org.assay.type.Reviewable;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.internal.CorpusDocument;
import org.assay.ui.internal.LayerEditorInput;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Curating one document: its curated layer open in the editor, and here every position where
 * the annotators differ, their versions side by side and the curated one. "Take" copies the
 * selected annotator's version into the curated layer (undoable; save as usual); "Mark Curated"
 * records that the document is settled. What all annotators agree on was merged already.
 */
public class CurationView extends ViewPart implements AssayEditor.Listener {

	public static final String ID = "org.assay.ui.views.curation";
	public static final String LAYER = Corpus.CURATION_LAYER;

	private TableViewer viewer;
	private AssayEditor editor;
	private Curation curation;
	private CorpusDocument document;
	private final List<Action> takeActions = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof Curation.Difference d && editor != null) {
				editor.selectAndReveal(d.begin(), d.end() - d.begin());
				getSite().getPage().activate(editor);
			}
		});
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		bar.add(new Action("Curate This Document") {
			@Override
			public void run() {
				if (getSite().getPage().getActiveEditor() instanceof AssayEditor active) {
					try {
						curate(active);
					} catch (CorpusException | PartInitException ex) {
						setContentDescription(ex.getMessage());
					}
				} else {
					setContentDescription("Open the document to curate first");
				}
			}
		});
		bar.add(new Action("Mark Curated") {
			@Override
			public void run() {
				markCurated();
			}
		});
		setContentDescription("Open a document with two or more annotator layers, then Curate This Document");
	}

	/**
	 * Opens the curated layer of the document shown in {@code from} (merging what the annotators
	 * agree on if the curated layer does not exist yet) and lists the differences.
	 */
	public AssayEditor curate(AssayEditor from) throws CorpusException, PartInitException {
		CorpusDocument doc = CorpusDocument.of(from.getEditorInput()).orElseThrow(
				() -> new CorpusException(Path.of(from.getTitle()), "is not a corpus document"));
		Corpus corpus = Corpus.open(doc.root());
		CurateOperation op = new CurateOperation(corpus);
		if (op.curateDocument(doc.documentId()) == null) {
			throw new CorpusException(doc.textFile(), "has fewer than two annotator layers; nothing to curate");
		}
		corpus.save();
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(doc.textFile().toUri());
		if (files.length == 0) {
			throw new CorpusException(doc.textFile(), "is not in the workspace; import its corpus as a project");
		}
		// the curator works on the curated layer from now on: close the annotator's view of this text
		if (!(from.getEditorInput() instanceof LayerEditorInput) && !getSite().getPage().closeEditor(from, true)) {
			throw new CorpusException(doc.textFile(), "is still open with unsaved changes");
		}
		AssayEditor curated = (AssayEditor) getSite().getPage().openEditor(new LayerEditorInput(files[0], LAYER), AssayEditor.ID);
		show(doc, op.compare(doc.documentId()), curated);
		return curated;
	}

	private void show(CorpusDocument doc, Curation c, AssayEditor curatedEditor) {
		if (editor != null) {
			editor.removeListener(this);
		}
		document = doc;
		curation = c;
		editor = curatedEditor;
		editor.addListener(this);
		for (var column : viewer.getTable().getColumns()) {
			column.dispose();
		}
		column("Where", 90, d -> d.begin() + "-" + d.end());
		column("Text", 200, Curation.Difference::text);
		column("Difference", 220, Curation.Difference::describe);
		column("Curated", 180, d -> orNone(Curation.curatedVersion(editor.jcas(), d)));
		for (int i = 0; i < c.annotators().size(); i++) {
			int k = i;
			column(c.annotators().get(i), 180, d -> orNone(d.versions()[k]));
		}
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		takeActions.forEach(a -> bar.remove(a.getId()));
		takeActions.clear();
		for (int i = 0; i < c.annotators().size(); i++) {
			int k = i;
			Action take = new Action("Take " + c.annotators().get(i)) {
				@Override
				public void run() {
					Object first = viewer.getStructuredSelection().getFirstElement();
					if (first instanceof Curation.Difference d) {
						take(d, k);
					}
				}
			};
			take.setId("org.assay.ui.curation.take." + i);
			takeActions.add(take);
			bar.add(take);
		}
		bar.update(true);
		viewer.setInput(c.differences());
		setContentDescription(doc.documentId() + ": " + c.agreed() + " agreed (merged), " + c.differences().size()
				+ " difference(s) between " + String.join(", ", c.annotators()));
	}

	/** Takes annotator {@code k}'s version of a difference into the curated layer (undoable). */
	public void take(Curation.Difference d, int k) {
		editor.execute(curation.take(editor.jcas(), d, k), null);
		viewer.refresh();
	}

	/** Saves the curated layer and records the document as CURATED. */
	public void markCurated() {
		if (editor == null || document == null) {
			return;
		}
		editor.doSave(null);
		try {
			Corpus corpus = Corpus.open(document.root());
			corpus.setState(document.documentId(), LAYER, DocumentState.CURATED);
			corpus.save();
			setContentDescription(document.documentId() + " is CURATED");
		} catch (CorpusException e) {
			setContentDescription(e.getMessage());
		}
	}

	public List<Curation.Difference> differences() {
		return curation == null ? List.of() : curation.differences();
	}

	private void column(String title, int width, java.util.function.Function<Curation.Difference, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Curation.Difference) element).replace('\n', ' ');
			}
		});
	}

	private static String orNone(String s) {
		return s == null ? "(none)" : s;
	}

	@Override
	public void currentChanged(AssayEditor e, Reviewable current) {
		// the table follows the curated layer's content, not the caret
	}

	@Override
	public void layerChanged(AssayEditor e, java.util.Collection<? extends Reviewable> affected) {
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (editor != null) {
			editor.removeListener(this);
		}
		super.dispose();
	}
}
