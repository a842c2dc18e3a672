package org.assay.ui.editor;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.Manifest;
import org.assay.core.review.CasEdit;
import org.assay.core.review.ReviewSession;
import org.assay.core.review.TokenSpans;
import org.assay.type.Reviewable;
import org.assay.ui.preferences.AssayPreferences;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The Assay editor: a corpus text with the annotator's layer drawn over it, reviewed from the
 * keyboard. The CAS is the source of truth; every change is a {@link CasEdit} run through the
 * workbench operation history, and the annotation model is refreshed for just what changed. Its
 * parts: the {@link ReviewSession} (what the keys do), the {@link ReviewCursor} (the annotation
 * under review and the review order), the {@link ReviewStatusLine}, the {@link ReviewListeners}
 * (the views that follow it), the {@link LayerArrival} of a layer read in the background and the
 * {@link VisibleAnnotationPainter}.
 */
public class AssayEditor extends TextEditor {

	public static final String ID = "org.assay.ui.editor";
	public static final String CONTEXT = "org.assay.ui.editorContext";
	/** Family of the Jobs an editor schedules to write the corpus (join it to wait for them). */
	public static final Object JOBS = new Object();
	/** Milliseconds after the last move before the views show the annotation under review. */
	public static final int FOLLOW_DELAY_MS = 120;
	/** What a command says while the layer is being read. */
	public static final String STILL_READING = "The annotations of this text are still being read";
	/** Title of the message saying that a layer read in the background could not be read. */
	public static final String CANNOT_OPEN = "Cannot Open Layer";
	/** The progress field while the layer is read in the background. */
	public static final String READING = "Reading annotations\u2026";
	/** The editor's state field: the text is fixed, the annotations are not ("Read-Only" said the opposite). */
	public static final String ELEMENT_STATE = "Annotating";
	/** Pixels under each line for the label tags drawn under spans. */
	public static final int TAG_SPACE = VisibleAnnotationPainter.TAG_SPACE;

	/** Texts longer than this many characters open without word wrap. */
	static final int WORD_WRAP_LIMIT = 256 * 1024;
	/** Above this many annotations the overview ruler (which repaints them all) is hidden. */
	static final int OVERVIEW_RULER_LIMIT = 10_000;

	private final IUndoContext undoContext = new ObjectUndoContext(this, "Assay review");
	private final ReviewListeners listeners = new ReviewListeners(this);
	private final ReviewStatusLine statusLine = new ReviewStatusLine(this, this::getStatusField);
	private final LayerArrival arrival = new LayerArrival(this);
	private final ReviewCursor cursor = new ReviewCursor(this, listeners, statusLine,
			(caret, begin, end) -> selectAndReveal(caret, 0, begin, end - begin));
	private ReviewSession session = newSession(Manifest.DEFAULT_TAGSET);
	private VisibleAnnotationPainter painter;
	private TokenSpans tokens;

	private final CasAnnotationModel.Listener modelListener = (m, affected) -> {
		if (affected.isEmpty()) {
			tokens = null;
		}
		if (m.failure() != null) {
			arrival.failed(m.failure());
			return;
		}
		if (m.jcas() != null) {
			arrival.arrived();
		}
		if (painter != null) {
			painter.redraw();
		}
		cursor.layerChanged(m);
		listeners.layerChanged(affected);
		statusLine.update();
	};

	private final IPropertyChangeListener preferenceListener = e -> {
		if (AssayPreferences.SHOW_REJECTED.equals(e.getProperty()) && model() != null) {
			model().setShowRejected(AssayPreferences.showRejected());
		}
	};

	public AssayEditor() {
		setDocumentProvider(new AssayDocumentProvider());
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		PlatformDecorations.configure(support, getFontPropertyPreferenceKey());
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		CasAnnotationModel old = model();
		if (old != null) {
			old.removeListener(modelListener);
		}
		super.doSetInput(input);
		tokens = null;
		CasAnnotationModel model = model();
		if (model != null) {
			model.addListener(modelListener);
			model.setShowRejected(AssayPreferences.showRejected());
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
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		// news paragraphs are single long lines, so wrap them; but wrapping makes StyledText lay out
		// the whole text to know its height, which on megabyte files costs seconds
		setWordWrap(getSourceViewer().getDocument() != null && getSourceViewer().getDocument().getLength() <= WORD_WRAP_LIMIT);
		if (model() != null && model().shownCount() > OVERVIEW_RULER_LIMIT) {
			hideOverviewRuler();
		}
		if (getSourceViewer() instanceof ITextViewerExtension2 ext && model() != null) {
			painter = new VisibleAnnotationPainter(getSourceViewer(), model());
			ext.addPainter(painter);
			getSourceViewer().getTextWidget().setLineSpacing(TAG_SPACE); // room for the label tags
		}
		AssayPreferences.store().addPropertyChangeListener(preferenceListener);
		textWidget().addCaretListener(e -> cursor.caretMoved(widgetOffset2ModelOffset(getSourceViewer(), e.caretOffset)));
		statusLine.update();
	}

	@Override
	protected void createUndoRedoActions() {
		// Undo/redo act on review edits (the text itself is read-only)
		UndoActionHandler undo = new UndoActionHandler(getEditorSite(), undoContext);
		undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
		setAction(ITextEditorActionConstants.UNDO, undo);
		RedoActionHandler redo = new RedoActionHandler(getEditorSite(), undoContext);
		redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
		setAction(ITextEditorActionConstants.REDO, redo);
	}

	@Override
	public void dispose() {
		AssayPreferences.store().removePropertyChangeListener(preferenceListener);
		CasAnnotationModel model = model();
		if (model != null) {
			model.removeListener(modelListener);
		}
		history().dispose(undoContext, true, true, true);
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

	/** The review commands of this editor (what the keys do), free of SWT. */
	public ReviewSession session() {
		return session;
	}

	/** The annotation under review, or null. */
	public Reviewable current() {
		return session.current();
	}

	/** The corpus's labels in key order. */
	public List<String> tagset() {
		return session.tagset();
	}

	public String annotator() {
		return provider().annotator(getEditorInput());
	}

	/** The text widget (for menus and painting). */
	public StyledText textWidget() {
		return getSourceViewer().getTextWidget();
	}

	/** The document offset of the caret. */
	int caretOffset() {
		ISourceViewer viewer = getSourceViewer();
		return widgetOffset2ModelOffset(viewer, viewer.getTextWidget().getCaretOffset());
	}

	/** The text widget's offset of a document offset (-1 when it is not shown). */
	public int widgetOffset(int modelOffset) {
		return modelOffset2WidgetOffset(getSourceViewer(), modelOffset);
	}

	public void addListener(ReviewListener l) {
		listeners.add(l);
	}

	public void removeListener(ReviewListener l) {
		listeners.remove(l);
	}

	private TokenSpans tokens() {
		if (tokens == null) {
			tokens = model().tokens().spans();
		}
		return tokens;
	}

	// ------------------------------------------------------------------ a layer read in the background

	/**
	 * Runs {@code action} on the layer: now, or once a layer being read in the background is
	 * there (not at all if it cannot be read and the editor closes).
	 */
	public void whenRead(Runnable action) {
		arrival.whenRead(action);
	}

	/** Whether the layer is still being read in the background (the text shows, the annotations not yet). */
	public boolean isLoading() {
		CasAnnotationModel model = model();
		return model != null && model.isLoading();
	}

	/**
	 * Says in the status line that a command waits for the layer being read; true if it must.
	 * Commands and views call it before touching the layer.
	 */
	public boolean tellIfLoading() {
		if (!isLoading()) {
			return false;
		}
		statusLine.tell(STILL_READING);
		return true;
	}

	// ------------------------------------------------------------------ the annotation under review

	/** Makes {@code r} the annotation under review, the caret at its start and its span revealed. */
	public void reveal(Reviewable r) {
		cursor.reveal(r);
	}

	/**
	 * Double-click in the Problems view (or a quick fix) goes to the marker's span and makes the
	 * annotation there the one under review.
	 */
	@Override
	@SuppressWarnings("deprecation")
	public void gotoMarker(IMarker marker) {
		super.gotoMarker(marker);
		cursor.reveal(marker.getAttribute(IMarker.CHAR_START, -1), marker.getAttribute(IMarker.CHAR_END, -1));
	}

	// ------------------------------------------------------------------ status line

	/** What the status line's progress field says now (for tests). */
	public String statusMessage() {
		return statusLine.progress();
	}

	@Override
	protected void updateStatusField(String category) {
		// the text editor's constructor calls it before this editor's fields are set
		if (statusLine == null || !statusLine.fill(category)) {
			super.updateStatusField(category);
		}
	}

	/** Switches the review order (text order, most uncertain first) and says which in the status line. */
	public void toggleOrder() {
		cursor.toggleOrder();
	}

	// ------------------------------------------------------------------ commands

	private ReviewSession newSession(List<String> tagset) {
		return new ReviewSession(new EditorSessionView(this, statusLine), this::jcas, this::annotator, this::tokens, tagset);
	}

	/** Runs an edit through the operation history (undoable), then keeps {@code next} current. */
	public void execute(CasEdit edit, Reviewable next) {
		if (tellIfLoading()) {
			return;
		}
		statusLine.forget();
		try {
			history().execute(new CasEditOperation(edit, model(), undoContext), null, null);
		} catch (ExecutionException e) {
			StatusManager.getManager().handle(Status.error(edit.label() + " failed", e), StatusManager.SHOW | StatusManager.LOG);
			return;
		}
		if (next != null && model().isIndexed(next)) {
			reveal(next);
		} else {
			cursor.set(null);
		}
		listeners.edited(edit);
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	/** Rejects the current annotation, keeping it visible when rejected ones are shown. */
	public void reject(boolean advance) {
		session.reject(advance, model().isShowRejected());
	}

	/** Shows or hides rejected suggestions in every Assay editor (the preference holds the choice). */
	public void toggleRejected() {
		AssayPreferences.toggleShowRejected();
	}

	/** Accepts or rejects several annotations as one undoable step (from the Annotations view). */
	public void acceptAll(List<Reviewable> list, boolean accept) {
		session.decideAll(list, accept);
	}

	// ------------------------------------------------------------------ saving

	@Override
	protected void handleExceptionOnSave(CoreException exception, IProgressMonitor monitor) {
		if (exception.getStatus().getCode() == IResourceStatus.OUT_OF_SYNC_LOCAL) {
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

	// ------------------------------------------------------------------ for tests

	/**
	 * Annotations drawn by the last paint, those that could not be drawn since it opened, and the
	 * rejected ones drawn by the last paint (for tests).
	 */
	public int[] paintCounts() {
		return painter == null ? new int[3] : new int[] { painter.drawn(), painter.failed(), painter.drawnRejected() };
	}

	/** Where the last paint drew the label tags under spans (for tests: they must not overlap). */
	public List<Rectangle> tagBoxes() {
		return painter == null ? List.of() : painter.tagBoxes();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(listeners.propertyPage());
		}
		return super.getAdapter(adapter);
	}
}
