package org.assay.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.types.ReviewStatus;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.review.CasEdit;
import org.assay.core.review.Review;
import org.assay.core.review.ReviewNavigator;
import org.assay.core.review.ReviewSession;
import org.assay.core.review.TokenSpans;
import org.assay.core.Span;
import org.assay.core.corpus.Manifest;
import org.assay.ui.internal.AssayUiPlugin;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.assay.type.Reviewable;
import org.assay.ui.internal.CorpusDocument;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The Assay editor: a corpus text with the annotator's layer drawn over it, reviewed from the
 * keyboard. The CAS is the source of truth; every change is a {@link CasEdit} run through the
 * workbench operation history, and the annotation model is refreshed for just what changed.
 */
public class AssayEditor extends TextEditor {

	public static final String ID = "org.assay.ui.editor";
	public static final String CONTEXT = "org.assay.ui.editorContext";
	/** Family of the Jobs an editor schedules to write the corpus (join it to wait for them). */
	public static final Object JOBS = new Object();

	/** Told when the annotation under review or the layer changes. */
	public interface Listener {
		void currentChanged(AssayEditor editor, Reviewable current);

		/** @param affected what changed, or empty when everything may have */
		void layerChanged(AssayEditor editor, java.util.Collection<? extends Reviewable> affected);
	}

	private final IUndoContext undoContext = new ObjectUndoContext(this, "Assay review");
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private boolean selecting;
	private ReviewSession session = newSession(Manifest.DEFAULT_TAGSET);
	private ReviewPropertyPage propertyPage;
	private VisibleAnnotationPainter painter;
	private TokenSpans tokens;
	private final CasAnnotationModel.Listener modelListener = (m, affected) -> {
		if (affected.isEmpty()) {
			tokens = null;
		}
		if (m.failure() != null) {
			couldNotRead(m.failure());
			return;
		}
		if (this.suggestWhenRead && m.jcas() != null) {
			this.suggestWhenRead = false;
			org.assay.ui.internal.Recommending.suggest(this); // what the corpus's recommenders learnt so far
		}
		if (m.jcas() != null && !this.whenRead.isEmpty()) {
			List<Runnable> waiting = List.copyOf(this.whenRead);
			this.whenRead.clear();
			waiting.forEach(Runnable::run);
		}
		if (painter != null) {
			painter.redraw();
		}
		if (session.current() != null && !m.isIndexed(session.current())) {
			setCurrent(null);
		}
		for (Listener l : listeners) {
			l.layerChanged(this, affected);
		}
		updateStatus();
	};

	/** Texts longer than this many characters open without word wrap. */
	static final int WORD_WRAP_LIMIT = 256 * 1024;

	/** Above this many annotations the overview ruler (which repaints them all) is hidden. */
	static final int OVERVIEW_RULER_LIMIT = 10_000;

	public AssayEditor() {
		setDocumentProvider(new AssayDocumentProvider());
	}

	/**
	 * Assay's own annotation types are drawn by {@link VisibleAnnotationPainter}; the platform
	 * decoration support keeps every other type (search results, bookmarks, ...).
	 */
	@Override
	protected void configureSourceViewerDecorationSupport(org.eclipse.ui.texteditor.SourceViewerDecorationSupport support) {
		for (Object o : new org.eclipse.ui.texteditor.MarkerAnnotationPreferences().getAnnotationPreferences()) {
			org.eclipse.ui.texteditor.AnnotationPreference pref = (org.eclipse.ui.texteditor.AnnotationPreference) o;
			if (!String.valueOf(pref.getAnnotationType()).startsWith(ReviewAnnotation.PREFIX)) {
				support.setAnnotationPreference(pref);
			}
		}
		support.setCursorLinePainterPreferenceKeys(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_CURRENT_LINE,
				AbstractDecoratedTextEditorPreferenceConstants.EDITOR_CURRENT_LINE_COLOR);
		support.setMarginPainterPreferenceKeys(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN,
				AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN_COLOR,
				AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN_COLUMN);
		support.setSymbolicFontName(getFontPropertyPreferenceKey());
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
		CasAnnotationModel old = model();
		if (old != null) {
			old.removeListener(modelListener);
		}
		super.doSetInput(input);
		tokens = null;
		CasAnnotationModel model = model();
		if (model != null) {
			model.addListener(modelListener);
			model.setShowRejected(showRejectedPreference());
		}
		List<String> tagset = Manifest.DEFAULT_TAGSET;
		CorpusDocument doc = provider().corpusDocument(input);
		if (doc != null) {
			try {
				tagset = Corpus.open(doc.root()).tagset();
			} catch (CorpusException e) {
				// keep the default tagset; the document opened, so the corpus is readable enough
			}
		}
		session = newSession(tagset);
		setPartName(input.getName());
		if (doc != null && model != null && model.isLoading()) {
			suggestWhenRead = true; // once the layer read in the background is there
		} else if (doc != null) {
			org.assay.ui.internal.Recommending.suggest(this); // what the corpus's recommenders learnt so far
		}
	}

	/** The recommenders' suggestions wait for a layer being read in the background. */
	private boolean suggestWhenRead;

	private final List<Runnable> whenRead = new java.util.ArrayList<>();

	/**
	 * Runs {@code action} on the layer: now, or once a layer being read in the background is
	 * there (not at all if it cannot be read and the editor closes).
	 */
	public void whenRead(Runnable action) {
		if (isLoading()) {
			whenRead.add(action);
		} else if (model() != null && model().jcas() != null) {
			action.run();
		}
	}

	/** Whether the layer is still being read in the background (the text shows, the annotations not yet). */
	public boolean isLoading() {
		CasAnnotationModel model = model();
		return model != null && model.isLoading();
	}

	/** What a command says while the layer is being read. */
	public static final String STILL_READING = "The annotations of this text are still being read";

	/**
	 * Says in the status line that a command waits for the layer being read; true if it must.
	 * Commands and views call it before touching the layer.
	 */
	public boolean tellIfLoading() {
		if (!isLoading()) {
			return false;
		}
		told = true;
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(STILL_READING);
		return true;
	}

	/** Title of the message saying that a layer read in the background could not be read. */
	public static final String CANNOT_OPEN = "Cannot Open Layer";

	/** A layer read in the background could not be read: close (nothing was changed) and say why. */
	private void couldNotRead(org.eclipse.core.runtime.IStatus why) {
		whenRead.clear();
		org.eclipse.core.runtime.IStatus status = new Status(why.getSeverity(), AssayUiPlugin.ID,
				"Could not open " + getPartName() + ": " + why.getMessage(), why.getException());
		org.eclipse.core.runtime.ILog.of(getClass()).log(status);
		org.eclipse.swt.widgets.Shell shell = getSite().getShell();
		shell.getDisplay().asyncExec(() -> {
			if (getSite().getPage() != null && getSourceViewer() != null) {
				getSite().getPage().closeEditor(this, false);
			}
			if (!shell.isDisposed()) {
				org.eclipse.jface.dialogs.MessageDialog.openError(shell, CANNOT_OPEN, status.getMessage());
			}
		});
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		// news paragraphs are single long lines, so wrap them; but wrapping makes StyledText lay out
		// the whole text to know its height, which on megabyte files costs seconds
		setWordWrap(getSourceViewer().getDocument() != null
				&& getSourceViewer().getDocument().getLength() <= WORD_WRAP_LIMIT);
		if (model() != null && model().shownCount() > OVERVIEW_RULER_LIMIT) {
			hideOverviewRuler();
		}
		if (getSourceViewer() instanceof org.eclipse.jface.text.ITextViewerExtension2 ext && model() != null) {
			painter = new VisibleAnnotationPainter(getSourceViewer(), model());
			ext.addPainter(painter);
			getSourceViewer().getTextWidget().setLineSpacing(VisibleAnnotationPainter.TAG_SPACE); // room for the label tags
		}
		AssayUiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(preferenceListener);
		StyledText text = getSourceViewer().getTextWidget();
		text.addCaretListener(e -> {
			if (!selecting && jcas() != null) {
				int offset = widgetOffset2ModelOffset(getSourceViewer(), e.caretOffset);
				List<Reviewable> here = ReviewNavigator.at(jcas(), Math.max(0, offset));
				setCurrent(here.isEmpty() ? null : here.get(0));
			}
		});
		updateStatus();
	}

	@Override
	protected void createUndoRedoActions() {
		// Undo/redo act on review edits (the text itself is read-only)
		UndoActionHandler undo = new UndoActionHandler(getEditorSite(), undoContext);
		undo.setActionDefinitionId(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO);
		setAction(ITextEditorActionConstants.UNDO, undo);
		RedoActionHandler redo = new RedoActionHandler(getEditorSite(), undoContext);
		redo.setActionDefinitionId(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_REDO);
		setAction(ITextEditorActionConstants.REDO, redo);
	}

	@Override
	public void dispose() {
		if (AssayUiPlugin.getDefault() != null) {
			AssayUiPlugin.getDefault().getPreferenceStore().removePropertyChangeListener(preferenceListener);
		}
		CasAnnotationModel model = model();
		if (model != null) {
			model.removeListener(modelListener);
		}
		history().dispose(undoContext, true, true, true);
		org.assay.ui.internal.Recommending.closed(this); // no retraining for a corpus nobody has open
		super.dispose();
	}

	// ------------------------------------------------------------------ state

	public AssayDocumentProvider provider() {
		return (AssayDocumentProvider) getDocumentProvider();
	}

	public CasAnnotationModel model() {
		return getDocumentProvider() == null || getEditorInput() == null ? null
				: (CasAnnotationModel) getDocumentProvider().getAnnotationModel(getEditorInput());
	}

	public JCas jcas() {
		return model().jcas();
	}

	/** The text widget's offset of a document offset (-1 when it is not shown). */
	public int widgetOffset(int modelOffset) {
		return modelOffset2WidgetOffset(getSourceViewer(), modelOffset);
	}

	/** The annotation under review, or null. */
	public Reviewable current() {
		return session.current();
	}

	/** The corpus's labels in key order. */
	public List<String> tagset() {
		return session.tagset();
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	public String annotator() {
		return provider().annotator(getEditorInput());
	}

	private TokenSpans tokens() {
		if (tokens == null) {
			tokens = model().tokens().spans();
		}
		return tokens;
	}

	public void addListener(Listener l) {
		listeners.add(l);
	}

	public void removeListener(Listener l) {
		listeners.remove(l);
	}

	// ------------------------------------------------------------------ selection

	/** Makes {@code r} the annotation under review, selects and reveals its span. */
	public void reveal(Reviewable r) {
		setCurrent(r);
		if (r != null) {
			selecting = true;
			try {
				// caret to the start, span revealed; the box marks it (a selection would hide it)
				selectAndReveal(r.getBegin(), 0, r.getBegin(), r.getEnd() - r.getBegin());
			} finally {
				selecting = false;
			}
		}
	}

	private void setCurrent(Reviewable r) {
		if (r != session.current()) {
			told = false; // a message about the last one is stale
		}
		session.setCurrent(r);
		CasAnnotationModel model = model();
		if (model != null) {
			model.setCurrent(r);
		}
		// the views follow once the annotator pauses, as Eclipse's views follow a post-selection:
		// selecting a row of a 50,000-row table and rebuilding the Properties tree at every key
		// press cost more than the key press itself (accept-and-advance 26-32 ms with them, 8-25
		// without); several moves in a row cost one update
		getSite().getShell().getDisplay().timerExec(FOLLOW_DELAY_MS, follow);
		updateStatus();
	}

	/** Milliseconds after the last move before the views show the annotation under review. */
	public static final int FOLLOW_DELAY_MS = 120;

	private final Runnable follow = () -> {
		if (getSourceViewer() == null || getSourceViewer().getTextWidget() == null || getSourceViewer().getTextWidget().isDisposed()) {
			return;
		}
		Reviewable r = session.current();
		if (propertyPage != null && propertyPage.getControl() != null && !propertyPage.getControl().isDisposed()) {
			propertyPage.selectionChanged(this, r == null ? StructuredSelection.EMPTY : new StructuredSelection(r));
		}
		for (Listener l : listeners) {
			l.currentChanged(this, r);
		}
	};

	private boolean statusQueued;

	/**
	 * Whether the status line says why a command did nothing: it stays until the annotator does
	 * something else (an edit, another annotation), not until the next refresh of the progress.
	 */
	private boolean told;

	/** Updates the status line once per UI cycle, however many changes the cycle had. */
	private void updateStatus() {
		if (statusQueued || getSite() == null) {
			return;
		}
		statusQueued = true;
		getSite().getShell().getDisplay().asyncExec(() -> {
			statusQueued = false;
			showStatus();
		});
	}

	private void showStatus() {
		CasAnnotationModel model = model();
		if (model != null && model.isLoading() && getEditorSite() != null) {
			org.eclipse.ui.texteditor.IStatusField field = getStatusField(AssayEditorContributor.PROGRESS);
			if (field != null) {
				field.setText(READING);
			}
			return;
		}
		if (model == null || model.jcas() == null || getEditorSite() == null) {
			return;
		}
		ReviewNavigator.Progress progress = ReviewNavigator.progress(model.jcas());
		org.eclipse.ui.texteditor.IStatusField field = getStatusField(AssayEditorContributor.PROGRESS);
		if (field != null) {
			field.setText(progressText(progress));
		}
		if (!told) {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		}
		getEditorSite().getActionBars().getStatusLineManager().setMessage(messageText());
	}

	/** The progress field while the layer is read in the background. */
	public static final String READING = "Reading annotations\u2026";

	/** Pixels under each line for the label tags drawn under spans. */
	public static final int TAG_SPACE = VisibleAnnotationPainter.TAG_SPACE;

	/** What the status line says now (for tests). */
	public String statusMessage() {
		return isLoading() ? READING : model() == null || model().jcas() == null ? "" : progressText(ReviewNavigator.progress(model().jcas()));
	}

	/** The editor's state field: the text is fixed, the annotations are not ("Read-Only" said the opposite). */
	public static final String ELEMENT_STATE = "Annotating";

	@Override
	protected void updateStatusField(String category) {
		if (AssayEditorContributor.PROGRESS.equals(category)) {
			showStatus();
			return;
		}
		if (org.eclipse.ui.texteditor.ITextEditorActionConstants.STATUS_CATEGORY_ELEMENT_STATE.equals(category)) {
			org.eclipse.ui.texteditor.IStatusField field = getStatusField(category);
			if (field != null) {
				field.setText(ELEMENT_STATE);
				return;
			}
		}
		super.updateStatusField(category);
	}

	/** The progress field: "12 of 57 suggestions reviewed · 3 made by hand". */
	String progressText(ReviewNavigator.Progress progress) {
		return progress.reviewed() + " of " + progress.suggestions() + " suggestions reviewed"
				+ (progress.manual() > 0 ? " \u00B7 " + progress.manual() + " made by hand" : "");
	}

	/** The message beside it: the annotation under review first (narrow windows cut the rest), the layer, the order. */
	String messageText() {
		Reviewable current = session.current();
		return (current == null ? "" : Review.describe(current) + " \u00B7 " + current.getStatus() + "   ") + "layer " + annotator()
				+ (session.isUncertainFirst() ? " \u00B7 most uncertain first" : "");
	}

	/** Switches the review order (text order, most uncertain first) and says which in the status line. */
	public void toggleOrder() {
		session.toggleOrder();
		updateStatus();
	}

	private ReviewSession newSession(List<String> tagset) {
		return new ReviewSession(new SessionView(), this::jcas, this::annotator, this::tokens, tagset);
	}

	/** What the review session sees of this editor. */
	private final class SessionView implements ReviewSession.View {
		@Override
		public int caret() {
			ISourceViewer viewer = getSourceViewer();
			return widgetOffset2ModelOffset(viewer, viewer.getTextWidget().getCaretOffset());
		}

		@Override
		public Span selection() {
			ITextSelection sel = (ITextSelection) getSelectionProvider().getSelection();
			return new Span(sel.getOffset(), sel.getOffset() + sel.getLength());
		}

		@Override
		public void run(CasEdit edit, Reviewable next) {
			execute(edit, next);
		}

		@Override
		public void show(Reviewable r) {
			reveal(r);
		}

		@Override
		public void tell(String message) {
			told = true;
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
			getSite().getShell().getDisplay().beep();
		}
	}

	private static boolean showRejectedPreference() {
		AssayUiPlugin plugin = AssayUiPlugin.getDefault();
		return plugin != null && plugin.getPreferenceStore().getBoolean(AssayUiPlugin.PREF_SHOW_REJECTED);
	}

	private final IPropertyChangeListener preferenceListener = e -> {
		if (AssayUiPlugin.PREF_SHOW_REJECTED.equals(e.getProperty()) && model() != null) {
			model().setShowRejected(showRejectedPreference());
		}
	};

	// ------------------------------------------------------------------ commands

	/** Runs an edit through the operation history (undoable), then keeps {@code next} current. */
	public void execute(CasEdit edit, Reviewable next) {
		if (tellIfLoading()) {
			return;
		}
		told = false;
		try {
			history().execute(new CasEditOperation(edit, model(), undoContext), null, null);
		} catch (ExecutionException e) {
			org.eclipse.ui.statushandlers.StatusManager.getManager().handle(
					new Status(Status.ERROR, org.assay.ui.internal.AssayUiPlugin.ID, edit.label() + " failed", e),
					org.eclipse.ui.statushandlers.StatusManager.SHOW | org.eclipse.ui.statushandlers.StatusManager.LOG);
			return;
		}
		if (next != null && model().isIndexed(next)) {
			reveal(next);
		} else {
			setCurrent(null);
		}
		if (edit.affected().stream().anyMatch(r -> r.getStatus() != null && !ReviewStatus.SUGGESTED.name().equals(r.getStatus()))) {
			org.assay.ui.internal.Recommending.decided(this); // accepted, rejected, corrected or made by hand
		}
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	/** The review commands of this editor (what the keys do), free of SWT. */
	public ReviewSession session() {
		return session;
	}

	@Override
	protected void handleExceptionOnSave(org.eclipse.core.runtime.CoreException exception, IProgressMonitor monitor) {
		if (exception.getStatus().getCode() == org.eclipse.core.resources.IResourceStatus.OUT_OF_SYNC_LOCAL) {
			SaveConflicts.resolve(this, monitor); // compare, overwrite, reload or cancel
		} else {
			super.handleExceptionOnSave(exception, monitor);
		}
	}

	/** Saves this layer over the version on disk (the user chose to). */
	void saveOverwriting(IProgressMonitor monitor) {
		performSave(true, monitor);
	}

	/** Drops the unsaved edits (and their undo history) and shows the layer as it is on disk. */
	void reload() {
		history().dispose(undoContext, true, true, true);
		doRevertToSaved();
	}

	/**
	 * Annotations drawn by the last paint, those that could not be drawn since it opened, and the
	 * rejected ones drawn by the last paint (for tests).
	 */
	public int[] paintCounts() {
		return painter == null ? new int[3] : new int[] { painter.drawn(), painter.failed(), painter.drawnRejected() };
	}

	/**
	 * Double-click in the Problems view (or a quick fix) goes to the marker's span and makes the
	 * annotation there the one under review.
	 */
	@Override
	@SuppressWarnings("deprecation")
	public void gotoMarker(org.eclipse.core.resources.IMarker marker) {
		super.gotoMarker(marker);
		int start = marker.getAttribute(org.eclipse.core.resources.IMarker.CHAR_START, -1);
		int end = marker.getAttribute(org.eclipse.core.resources.IMarker.CHAR_END, -1);
		if (model() == null || model().jcas() == null || start < 0) {
			return;
		}
		for (Reviewable r : ReviewNavigator.at(jcas(), start)) {
			if (r.getBegin() == start && r.getEnd() == end) {
				reveal(r);
				return;
			}
		}
	}

	/** Where the last paint drew the label tags under spans (for tests: they must not overlap). */
	public List<org.eclipse.swt.graphics.Rectangle> tagBoxes() {
		return painter == null ? List.of() : painter.tagBoxes();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return model() != null;
	}

	@Override
	protected void performSaveAs(IProgressMonitor monitor) {
		if (tellIfLoading()) {
			return;
		}
		SaveAsLayer.run(this);
	}

	/** Rejects the current annotation, keeping it visible when rejected ones are shown. */
	public void reject(boolean advance) {
		session.reject(advance, model().isShowRejected());
	}

	/** The text widget (for menus and painting). */
	public StyledText textWidget() {
		return getSourceViewer().getTextWidget();
	}

	/** Shows or hides rejected suggestions in every Assay editor (the preference holds the choice). */
	public void toggleRejected() {
		IPreferenceStore store = org.assay.ui.internal.AssayUiPlugin.getDefault().getPreferenceStore();
		store.setValue(org.assay.ui.internal.AssayUiPlugin.PREF_SHOW_REJECTED,
				!store.getBoolean(org.assay.ui.internal.AssayUiPlugin.PREF_SHOW_REJECTED));
	}

	/** Accepts or rejects several annotations as one undoable step (from the Annotations view). */
	public void acceptAll(List<Reviewable> list, boolean accept) {
		session.decideAll(list, accept);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			if (propertyPage == null || propertyPage.getControl() == null || propertyPage.getControl().isDisposed()) {
				propertyPage = new ReviewPropertyPage(this);
			}
			return adapter.cast(propertyPage);
		}
		return super.getAdapter(adapter);
	}
}
