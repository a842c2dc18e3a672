package org.assay.ui.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.assay.type.Reviewable;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.ReviewListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * A table of the active Assay editor's annotations that follows editor activation and layer
 * changes (refreshed at most once per UI cycle). Double-click reveals an annotation in the text;
 * Accept/Reject act on the whole selection as one undoable step.
 */
abstract class EditorTrackingView extends ViewPart implements ReviewListener {

	protected TableViewer viewer;
	protected AssayEditor editor;
	private boolean refreshQueued;

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			IWorkbenchPart part = ref.getPart(false);
			if (part instanceof AssayEditor e) {
				track(e);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				track(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		createFilters(parent);
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		createColumns();
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (editor != null && first instanceof Reviewable r) {
				editor.reveal(r);
				getSite().getPage().activate(editor);
			}
		});
		getSite().setSelectionProvider(viewer);
		getViewSite().getActionBars().getToolBarManager().add(action("Accept", true));
		getViewSite().getActionBars().getToolBarManager().add(action("Reject", false));
		getSite().getPage().addPartListener(partListener);
		if (getSite().getPage().getActiveEditor() instanceof AssayEditor e) {
			track(e);
		}
	}

	/** Filters above the table; none by default. */
	protected void createFilters(Composite parent) {
		parent.setLayout(new FillLayout());
	}

	protected abstract void createColumns();

	/** The rows for the editor's layer, after filters. */
	protected abstract List<? extends Reviewable> rows(AssayEditor editor);

	private Action action(String name, boolean accept) {
		Action a = new Action(name) {
			@Override
			public void run() {
				if (editor == null) {
					return;
				}
				List<Reviewable> selected = new ArrayList<>();
				for (Object o : viewer.getStructuredSelection()) {
					selected.add((Reviewable) o);
				}
				editor.acceptAll(selected, accept);
			}
		};
		a.setToolTipText(name + " the selected annotations (one undoable step)");
		return a;
	}

	protected TableViewerColumn column(String title, int width, Function<Reviewable, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.getColumn().setMoveable(true);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply((Reviewable) element);
				return s == null ? "" : s.replace('\n', ' ');
			}
		});
		return c;
	}

	void track(AssayEditor e) {
		if (editor == e) {
			return;
		}
		if (editor != null) {
			editor.removeListener(this);
		}
		editor = e;
		if (editor != null) {
			editor.addListener(this);
		}
		fillAfterPaint(e);
	}

	/**
	 * Fills the table once the editor has painted (or at once if it cannot paint). Used when an
	 * editor is first tracked and when its layer, read in the background, has arrived.
	 */
	private void fillAfterPaint(AssayEditor e) {
		int generation = ++tracked;
		Control text = e == null ? null : e.getAdapter(Control.class);
		if (text == null || text.isDisposed() || !text.isVisible()) {
			refresh();
			return;
		}
		// the editor paints its text first, the table of its annotations follows: tens of thousands
		// of rows are as many native rows (GTK appends each), half a second before an opened
		// document would show anything; a safety timer fills the table should no paint come
		boolean[] done = { false };
		PaintListener[] once = new PaintListener[1];
		Runnable fill = () -> {
			if (!done[0]) {
				done[0] = true;
				if (!text.isDisposed()) {
					text.removePaintListener(once[0]);
				}
				if (generation == tracked) {
					refresh();
				}
			}
		};
		once[0] = ev -> text.getDisplay().asyncExec(fill);
		text.addPaintListener(once[0]);
		text.getDisplay().timerExec(1000, fill);
		setContentDescription("Listing the annotations of " + e.getTitle() + "\u2026");
	}

	/** Counts editors tracked, so a table fill meant for an editor no longer tracked is skipped. */
	private int tracked;

	/**
	 * Updates just the changed rows when none of them enters or leaves the table (the common
	 * case: a status or label change under an "All" filter); a full refresh re-filters and sorts.
	 */
	private boolean updateInPlace(Collection<? extends Reviewable> affected) {
		if (viewer == null || viewer.getControl().isDisposed() || editor == null || !(viewer.getInput() instanceof List<?> rows)) {
			return false;
		}
		Set<Object> listed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Reviewable r : affected) {
			if (!keeps(r)) {
				continue;
			}
			if (viewer.testFindItem(r) == null && !rowsContain(rows, r)) {
				return false;
			}
			listed.add(r);
		}
		for (Reviewable r : affected) {
			if (rowsContain(rows, r) && (!keeps(r) || !editor.model().isIndexed(r))) {
				return false;
			}
		}
		viewer.update(listed.toArray(), null);
		return true;
	}

	private static boolean rowsContain(List<?> rows, Object r) {
		for (Object o : rows) {
			if (o == r) {
				return true;
			}
		}
		return false;
	}

	/** Whether the view lists this kind of annotation under its current filters. */
	protected abstract boolean keeps(Reviewable r);

	/** Rows currently listed (after filters). */
	public int rowCount() {
		return viewer == null || viewer.getInput() == null ? 0 : ((List<?>) viewer.getInput()).size();
	}

	protected void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(editor == null || editor.model() == null || editor.model().jcas() == null ? List.of() : rows(editor));
		waitingForLayer = editor != null && editor.isLoading();
		setContentDescription(editor == null ? "No Assay editor is active"
				: waitingForLayer ? "Reading the annotations of " + editor.getTitle() + "\u2026" : editor.getTitle());
	}

	/** The table is empty because the editor's layer was still being read when it was filled. */
	private boolean waitingForLayer;

	@Override
	public void layerChanged(AssayEditor e, Collection<? extends Reviewable> affected) {
		if (waitingForLayer && e == editor && !e.isLoading()) {
			waitingForLayer = false;
			fillAfterPaint(e); // the layer has arrived: its annotations are painted first, then listed
			return;
		}
		if (!affected.isEmpty() && !refreshQueued && updateInPlace(affected)) {
			return;
		}
		if (refreshQueued) {
			return;
		}
		refreshQueued = true;
		Display.getCurrent().asyncExec(() -> {
			refreshQueued = false;
			refresh();
		});
	}

	@Override
	public void currentChanged(AssayEditor e, Reviewable current) {
		// the row of the annotation under review is selected and shown, while the view is visible
		if (current == null || viewer == null || viewer.getTable().isDisposed() || !getSite().getPage().isPartVisible(this)
				|| !(viewer.getInput() instanceof List<?> rows)) {
			return;
		}
		int row = rows.indexOf(current);
		if (row >= 0) {
			// the table itself, not the viewer: no selection event (the Properties view already
			// shows the current annotation) and no search through the viewer's items
			viewer.getTable().setSelection(row);
			viewer.getTable().showSelection();
		}
	}

	/** What the table shows, row by row and column by column (for tests). */
	public List<List<String>> rows() {
		return TableTexts.rows(viewer.getTable());
	}

	/** The annotations of the selected rows (for tests). */
	public List<?> selectedRows() {
		return viewer.getStructuredSelection().toList();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (editor != null) {
			editor.removeListener(this);
		}
		super.dispose();
	}
}
