package org.assay.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.SetLayerStateOperation;
import org.assay.core.curation.CurateOperation;
import org.assay.core.curation.Curation;
import org.assay.core.review.ReviewNavigator;
import org.assay.type.Reviewable;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.assay.ui.editor.LayerEditorInput;
import org.assay.ui.editor.OpenWork;
import org.assay.ui.editor.ReviewListener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * Curating one document: its curated layer open in the editor, and here every position where
 * the annotators differ, their versions side by side and the curated one. "Take" copies the
 * selected annotator's version into the curated layer (undoable; save as usual); "Mark Curated"
 * records that the document is settled. What all annotators agree on was merged already.
 */
public class CurationView extends ViewPart implements ReviewListener {

	public static final String ID = "org.assay.ui.views.curation";
	public static final String LAYER = Corpus.CURATION_LAYER;

	private TableViewer viewer;
	private AssayEditor editor;
	private Curation curation;
	private Action decidedOnly;
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
					} catch (CorpusException ex) {
						setContentDescription(ex.getMessage());
					}
				} else {
					setContentDescription("Open the document to curate first");
				}
			}
		});
		Action decidedOnly = new Action("Decided Differently Only", Action.AS_CHECK_BOX) {
			@Override
			public void run() {
				viewer.setFilters(isChecked() ? new ViewerFilter[] { new ViewerFilter() {
					@Override
					public boolean select(Viewer v, Object parent, Object element) {
						return curation == null || curation.decidedDifferently((Curation.Difference) element);
					}
				} } : new ViewerFilter[0]);
			}
		};
		decidedOnly.setToolTipText("Show only the differences where annotators decided differently (not those someone has not reviewed yet)");
		bar.add(decidedOnly);
		this.decidedOnly = decidedOnly;
		bar.add(new Separator("mark"));
		Action mark = new Action("Mark Curated") {
			@Override
			public void run() {
				markCurated();
			}
		};
		mark.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
		mark.setToolTipText("Mark Curated: save the curated layer and record the document CURATED (asks first while differences or"
				+ " suggestions are open)");
		bar.add(mark);
		bar.add(new Separator("take"));
		setContentDescription("Open a document with two or more annotator layers, then Curate This Document");
	}

	/**
	 * Curates the document shown in {@code from}: a Job writes the curated layer (merging what
	 * the annotators agree on, if it does not exist yet), then the curated layer opens in the
	 * editor and the differences are listed here.
	 *
	 * @return the scheduled Job
	 */
	public Job curate(AssayEditor from) throws CorpusException {
		CorpusDocument doc = CorpusDocument.of(from.getEditorInput()).orElseThrow(
				() -> new CorpusException(Path.of(from.getTitle()), "is not a corpus document"));
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(doc.textFile().toUri());
		if (files.length == 0) {
			throw new CorpusException(doc.textFile(), "is not in the workspace; import its corpus as a project");
		}
		Job job = Job.create("Curating " + doc.documentId(), monitor -> {
			try {
				CurateOperation op = new CurateOperation(Corpus.open(doc.root())).document(doc.documentId());
				if (op.execute(monitor).isEmpty()) {
					return error(new CorpusException(doc.textFile(), "has fewer than two annotator layers; nothing to curate"));
				}
				Curation comparison = op.compare(doc.documentId());
				getSite().getShell().getDisplay().asyncExec(() -> open(from, doc, files[0], comparison));
				return Status.OK_STATUS;
			} catch (CorpusException e) {
				return error(e);
			}
		});
		job.setUser(true);
		job.setRule(CorpusRule.of(doc.root())); // as CurateOperation names it
		job.schedule();
		return job;
	}

	private IStatus error(CorpusException e) {
		getSite().getShell().getDisplay().asyncExec(() -> setContentDescription(e.getMessage()));
		return Status.error(e.getMessage());
	}

	private void open(AssayEditor from, CorpusDocument doc, IFile file, Curation comparison) {
		// the curator works on the curated layer from now on: close the annotator's view of this text
		if (!(from.getEditorInput() instanceof LayerEditorInput) && !getSite().getPage().closeEditor(from, true)) {
			setContentDescription(doc.textFile() + " is still open with unsaved changes");
			return;
		}
		try {
			AssayEditor curated = (AssayEditor) getSite().getPage().openEditor(new LayerEditorInput(file, LAYER), AssayEditor.ID);
			show(doc, comparison, curated);
		} catch (PartInitException e) {
			setContentDescription(e.getMessage());
		}
	}

	/** The editor with the curated layer being curated, or null. */
	public AssayEditor curatedEditor() {
		return editor;
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
		column("Curated", 180, d -> editor.jcas() == null ? AssayEditor.READING : orNone(Curation.curatedVersion(editor.jcas(), d)));
		for (int i = 0; i < c.annotators().size(); i++) {
			int k = i;
			column(c.annotators().get(i), 180, d -> d.versions().get(k).isPresent() ? d.versions().get(k).value()
					: "(" + curation.absence(d, k) + ")");
		}
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		takeActions.forEach(a -> bar.remove(a.getId()));
		takeActions.clear();
		for (int i = 0; i < c.annotators().size(); i++) {
			int k = i;
			Action take = new Action("Take " + c.annotators().get(i) + "'s version") {
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
			bar.appendToGroup("take", take);
		}
		bar.update(true);
		viewer.setInput(c.differences());
		setContentDescription(doc.documentId() + ": " + c.agreed() + " agreed (merged), " + c.differences().size()
				+ " difference(s) between " + String.join(", ", c.annotators()));
	}

	/** Takes annotator {@code k}'s version of a difference into the curated layer (undoable). */
	public void take(Curation.Difference d, int k) {
		if (editor.tellIfLoading()) {
			return;
		}
		editor.execute(curation.take(editor.jcas(), d, k), null);
		viewer.refresh();
	}

	/**
	 * Saves the curated layer, then records the document as CURATED in a Job.
	 *
	 * @return the scheduled Job, or null when nothing is being curated or the save did not happen
	 */
	public Job markCurated() {
		if (editor == null || document == null || editor.tellIfLoading()) {
			return null;
		}
		if (editor.jcas() != null) {
			int open = ReviewNavigator.progress(editor.jcas()).open();
			int unsettled = (int) curation.differences().stream()
					.filter(d -> !Curation.curatedVersion(editor.jcas(), d).isPresent()).count();
			if (!OpenWork.confirm(getSite().getShell(), document.documentId() + " (curated layer)", "CURATED", open,
					unsettled)) {
				return null;
			}
		}
		editor.doSave(null);
		if (editor.isDirty()) {
			setContentDescription(document.documentId() + " was not saved, so it is not marked curated");
			return null;
		}
		CorpusDocument doc = document;
		Job job = Job.create("Marking " + doc.documentId() + " curated", monitor -> {
			try {
				new SetLayerStateOperation(Corpus.open(doc.root()), doc.documentId(), LAYER, DocumentState.CURATED).execute(monitor);
				getSite().getShell().getDisplay().asyncExec(() -> setContentDescription(doc.documentId() + " is CURATED"));
				return Status.OK_STATUS;
			} catch (CorpusException e) {
				return error(e);
			}
		});
		job.setUser(true);
		job.setRule(CorpusRule.of(doc.root())); // as SetLayerStateOperation names it
		job.schedule();
		return job;
	}

	/** Shows only the differences where annotators decided differently, or all. */
	public void showDecidedDifferentlyOnly(boolean only) {
		decidedOnly.setChecked(only);
		decidedOnly.run();
	}

	/** The rows shown: text, kind, curated, then one column per annotator (for tests). */
	public List<List<String>> rows() {
		return TableTexts.rows(viewer.getTable());
	}

	public List<Curation.Difference> differences() {
		return curation == null ? List.of() : curation.differences();
	}

	private void column(String title, int width, Function<Curation.Difference, String> text) {
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

	private static String orNone(Curation.Version v) {
		return v.isPresent() ? v.value() : "(none)";
	}

	@Override
	public void layerChanged(AssayEditor e, Collection<? extends Reviewable> affected) {
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
