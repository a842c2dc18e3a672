package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.review.CasEdit;
import org.assay.core.review.Review;
import org.assay.core.review.ReviewNavigator;
import org.assay.core.review.TokenSpans;
import org.assay.type.Claim;
import org.assay.type.Entity;
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
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Assay editor: a corpus text with the annotator's layer drawn over it, reviewed from the
 * keyboard. The CAS is the source of truth; every change is a {@link CasEdit} run through the
 * workbench operation history, and the annotation model is refreshed for just what changed.
 */
public class AssayEditor extends TextEditor {

	public static final String ID = "org.assay.ui.editor";
	public static final String CONTEXT = "org.assay.ui.editorContext";

	/** Told when the annotation under review or the layer changes. */
	public interface Listener {
		void currentChanged(AssayEditor editor, Reviewable current);

		/** @param affected what changed, or empty when everything may have */
		void layerChanged(AssayEditor editor, java.util.Collection<? extends Reviewable> affected);
	}

	private final IUndoContext undoContext = new ObjectUndoContext(this, "Assay review");
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private Reviewable current;
	private boolean selecting;
	private String lastLabel;
	private List<String> tagset = List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY");
	private PropertySheetPage propertyPage;
	private VisibleAnnotationPainter painter;
	private TokenSpans tokens;
	private final CasAnnotationModel.Listener modelListener = (m, affected) -> {
		if (affected.isEmpty()) {
			tokens = null;
		}
		if (painter != null) {
			painter.redraw();
		}
		if (current != null && !m.isIndexed(current)) {
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
		current = null;
		tokens = null;
		CasAnnotationModel model = model();
		if (model != null) {
			model.addListener(modelListener);
		}
		CorpusDocument doc = provider().corpusDocument(input);
		if (doc != null) {
			try {
				tagset = Corpus.open(doc.root()).tagset();
			} catch (CorpusException e) {
				// keep the default tagset; the document opened, so the corpus is readable enough
			}
		}
		lastLabel = tagset.isEmpty() ? "PERSON" : tagset.get(0);
		setPartName(input.getName());
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
		}
		StyledText text = getSourceViewer().getTextWidget();
		text.addCaretListener(e -> {
			if (!selecting) {
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

	public Reviewable current() {
		return current;
	}

	public List<String> tagset() {
		return tagset;
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	public String annotator() {
		return provider().annotator(getEditorInput());
	}

	public Review review() {
		return new Review(jcas(), annotator());
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
		current = r;
		if (r instanceof Claim c) {
			lastClaim = c;
		}
		CasAnnotationModel model = model();
		if (model != null) {
			model.setCurrent(r);
		}
		if (propertyPage != null && propertyPage.getControl() != null && !propertyPage.getControl().isDisposed()) {
			propertyPage.selectionChanged(this, r == null ? StructuredSelection.EMPTY : new StructuredSelection(r));
		}
		for (Listener l : listeners) {
			l.currentChanged(this, r);
		}
		updateStatus();
	}

	private boolean statusQueued;

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
		if (model == null || model.jcas() == null || getEditorSite() == null) {
			return;
		}
		int[] progress = ReviewNavigator.progress(model.jcas());
		String where = current == null ? "" : Review.describe(current) + " \u00B7 " + current.getStatus() + "   ";
		getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(where + progress[0] + " of " + progress[1] + " suggestions to review \u00B7 layer " + annotator());
	}

	private int caret() {
		ISourceViewer viewer = getSourceViewer();
		return widgetOffset2ModelOffset(viewer, viewer.getTextWidget().getCaretOffset());
	}

	private Optional<int[]> selectedTokens() {
		ITextSelection sel = (ITextSelection) getSelectionProvider().getSelection();
		return Optional.ofNullable(tokens().snap(sel.getOffset(), sel.getOffset() + sel.getLength()));
	}

	// ------------------------------------------------------------------ commands

	/** Runs an edit through the operation history (undoable), then keeps {@code next} current. */
	public void execute(CasEdit edit, Reviewable next) {
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
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	public void nextSuggestion() {
		ReviewNavigator.nextSuggestion(jcas(), current, caret()).ifPresent(this::reveal);
	}

	public void previousSuggestion() {
		ReviewNavigator.previousSuggestion(jcas(), current, caret()).ifPresent(this::reveal);
	}

	public void accept(boolean advance) {
		if (current != null) {
			Reviewable done = current;
			execute(review().accept(done), done);
			if (advance) {
				ReviewNavigator.nextSuggestion(jcas(), done, caret()).ifPresent(this::reveal);
			}
		}
	}

	public void reject(boolean advance) {
		if (current != null) {
			Reviewable done = current;
			execute(review().reject(done), model().isShowRejected() ? done : null);
			if (advance) {
				ReviewNavigator.nextSuggestion(jcas(), done, done.getEnd()).ifPresent(this::reveal);
			}
		}
	}

	/** Relabels the current entity, or makes a new one from the selection with this label. */
	public void label(String label) {
		lastLabel = label;
		if (current instanceof Entity e && !hasTextSelectionBeyond(e)) {
			if (!label.equals(e.getLabel())) {
				execute(review().relabel(e, label), e);
			}
			return;
		}
		newEntity(label);
	}

	private boolean hasTextSelectionBeyond(Reviewable r) {
		ITextSelection sel = (ITextSelection) getSelectionProvider().getSelection();
		return sel.getLength() > 0 && (sel.getOffset() != r.getBegin() || sel.getOffset() + sel.getLength() != r.getEnd());
	}

	/** Label by position in the corpus tagset (keys 1..9). */
	public void labelByIndex(int index) {
		if (index >= 1 && index <= tagset.size()) {
			label(tagset.get(index - 1));
		}
	}

	/** A pop-up menu of the tagset at the caret; each item has its number key as mnemonic. */
	public void showLabelMenu() {
		StyledText text = getSourceViewer().getTextWidget();
		Menu menu = new Menu(text);
		for (int i = 0; i < tagset.size(); i++) {
			String label = tagset.get(i);
			MenuItem item = new MenuItem(menu, org.eclipse.swt.SWT.PUSH);
			item.setText((i < 9 ? "&" + (i + 1) + " " : "") + label);
			item.addListener(org.eclipse.swt.SWT.Selection, e -> label(label));
		}
		Point p = text.getLocationAtOffset(text.getCaretOffset());
		menu.setLocation(text.toDisplay(p.x, p.y + text.getLineHeight()));
		menu.setVisible(true);
	}

	public void newEntity(String label) {
		selectedTokens().ifPresent(span -> {
			CasEdit edit = review().createEntity(span[0], span[1], label);
			execute(edit, edit.affected().get(0));
		});
	}

	public void newEntity() {
		newEntity(lastLabel);
	}

	public void resize(boolean atStart, boolean grow) {
		if (current == null) {
			return;
		}
		int[] span = grow ? tokens().grow(current.getBegin(), current.getEnd(), atStart)
				: tokens().shrink(current.getBegin(), current.getEnd(), atStart);
		if (span[0] != current.getBegin() || span[1] != current.getEnd()) {
			execute(review().resize(current, span[0], span[1]), current);
		}
	}

	public void delete() {
		if (current != null) {
			execute(review().delete(current), null);
		}
	}

	/** Steps through the annotations that overlap the caret (nested spans stay reachable). */
	public void cycleOverlap() {
		List<Reviewable> here = ReviewNavigator.at(jcas(), current != null ? current.getBegin() : caret());
		if (here.isEmpty()) {
			return;
		}
		int i = here.indexOf(current);
		Reviewable next = here.get((i + 1) % here.size());
		setCurrent(next);
	}

	public void newClaim() {
		selectedTokens().ifPresent(span -> {
			CasEdit edit = review().createClaim(span[0], span[1]);
			execute(edit, edit.affected().get(0));
		});
	}

	private Claim currentClaim() {
		if (current instanceof Claim c) {
			return c;
		}
		for (Reviewable r : ReviewNavigator.at(jcas(), current != null ? current.getBegin() : caret())) {
			if (r instanceof Claim c) {
				return c;
			}
		}
		return null;
	}

	/** Sets the current claim's source (or cue) to the selected tokens. */
	public void setClaimPart(boolean source) {
		Claim claim = claimForPart();
		if (claim == null) {
			return;
		}
		selectedTokens().ifPresent(span -> execute(
				source ? review().setSource(claim, span[0], span[1]) : review().setCue(claim, span[0], span[1]), claim));
	}

	/** The claim being built: the current one, or the last one the annotator touched. */
	private Claim claimForPart() {
		Claim c = currentClaim();
		return c != null ? c : lastClaim;
	}

	private Claim lastClaim;

	public void cycleKind() {
		Claim c = currentClaim();
		if (c != null) {
			execute(review().cycleKind(c), c);
		}
	}

	public void cycleFactuality() {
		Claim c = currentClaim();
		if (c != null) {
			execute(review().cycleFactuality(c), c);
		}
	}

	/** Saves the layer and records it FINISHED (the annotator is done with this document). */
	public void markFinished() {
		doSave(null);
		org.assay.ui.internal.CorpusDocument doc = provider().corpusDocument(getEditorInput());
		if (doc == null || isDirty()) {
			return;
		}
		try {
			Corpus corpus = Corpus.open(doc.root());
			corpus.setState(doc.documentId(), annotator(), org.assay.core.corpus.DocumentState.FINISHED);
			corpus.save();
			getEditorSite().getActionBars().getStatusLineManager().setMessage(getTitle() + ": layer " + annotator() + " FINISHED");
		} catch (CorpusException e) {
			org.eclipse.ui.statushandlers.StatusManager.getManager().handle(
					new Status(Status.ERROR, org.assay.ui.internal.AssayUiPlugin.ID, e.getMessage(), e),
					org.eclipse.ui.statushandlers.StatusManager.SHOW);
		}
	}

	public void toggleRejected() {
		model().setShowRejected(!model().isShowRejected());
	}

	/** Accepts or rejects several annotations as one undoable step (from the Annotations view). */
	public void acceptAll(List<Reviewable> list, boolean accept) {
		if (list.isEmpty()) {
			return;
		}
		Review review = review();
		List<CasEdit> edits = new ArrayList<>();
		for (Reviewable r : list) {
			edits.add(accept ? review.accept(r) : review.reject(r));
		}
		execute(Review.together((accept ? "Accept " : "Reject ") + list.size() + " annotations", edits), current);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			if (propertyPage == null || propertyPage.getControl() == null || propertyPage.getControl().isDisposed()) {
				propertyPage = new PropertySheetPage() {
					@Override
					public void selectionChanged(org.eclipse.ui.IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
						// the editor's own selection is text; show the annotation under review instead
						super.selectionChanged(part, part == AssayEditor.this && !(selection instanceof StructuredSelection)
								? (current == null ? StructuredSelection.EMPTY : new StructuredSelection(current)) : selection);
					}
				};
				propertyPage.setPropertySourceProvider(o -> o instanceof Reviewable r ? new ReviewablePropertySource(r) : null);
			}
			return adapter.cast(propertyPage);
		}
		return super.getAdapter(adapter);
	}
}
