package org.assay.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.io.LayerCache;
import org.assay.core.io.TextFiles;
import org.assay.core.review.DetachedTokens;
import org.assay.type.DocumentMeta;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.preferences.AssayPreferences;
import org.assay.ui.workspace.WorkspaceRefresh;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;

/**
 * Provides a corpus text (read-only) and the annotator's layer of it. The layer is read from
 * {@code annotations/<id>/<annotator>.xmi}, or started from the engine layer, or empty; saving
 * writes it atomically. A layer changed on disk since it was read is not overwritten silently:
 * the editor asks (it sees {@link #isSynchronized} turn false, and a save gets OUT_OF_SYNC).
 */
public class AssayDocumentProvider extends AbstractDocumentProvider {

	/** Per-input state: where the layer lives and when it was read. */
	private final class LayerInfo extends ElementInfo {
		final CorpusDocument doc;
		final String annotator;
		long readStamp;
		/** Counts the reads of the layer: a background read shows its layer only if no later one started. */
		int reads;
		boolean disposed;

		LayerInfo(IDocument document, IAnnotationModel model, CorpusDocument doc, String annotator) {
			super(document, model);
			this.doc = doc;
			this.annotator = annotator;
		}
	}

	@Override
	protected ElementInfo createElementInfo(Object element) throws CoreException {
		CorpusDocument doc = resolve(element);
		String annotator = element instanceof LayerEditorInput layered ? layered.layer()
				: AssayPreferences.annotator();
		IDocument document = createDocument(element);
		CasAnnotationModel model = new CasAnnotationModel();
		model.setShowRejected(AssayPreferences.showRejected());
		LayerInfo info = new LayerInfo(document, model, doc, annotator);
		load(info, model);
		model.addListener((m, affected) -> fireElementDirtyStateChanged(element, m.isDirty()));
		return info;
	}

	private static CorpusDocument resolve(Object element) throws CoreException {
		if (!(element instanceof IEditorInput input)) {
			throw error("Not an editor input: " + element, null);
		}
		return CorpusDocument.of(input).orElseThrow(() -> error(input.getName()
				+ " is not a text of an Assay corpus (expected <corpus>/texts/... beside an assay.json)", null));
	}

	/**
	 * Layers stored in files larger than this are read in the background: the editor shows the
	 * text at once and the annotations as soon as they are read (a layer of 50,000 annotations
	 * takes a few hundred milliseconds, one whose XMI must be parsed a second or two). Smaller
	 * layers, a news article's, are read before the editor shows, so text and annotations appear
	 * together.
	 */
	public static final long BACKGROUND_READ_BYTES = 1L << 20;

	/** Family of the Jobs reading layers in the background (join it to wait for them). */
	public static final Object READS = new Object();

	private void load(LayerInfo info, CasAnnotationModel model) throws CoreException {
		Path own;
		Path source;
		try {
			Corpus corpus = Corpus.open(info.doc.root());
			own = corpus.layerPath(info.doc.documentId(), info.annotator);
			Path engine = corpus.layerPath(info.doc.documentId(), Corpus.ENGINE_LAYER);
			source = Files.isRegularFile(own) ? own : Files.isRegularFile(engine) ? engine : null;
		} catch (CorpusException e) {
			throw error(e.getMessage(), e);
		}
		String text = info.fDocument.get();
		boolean showRejected = model.isShowRejected();
		info.readStamp = stamp(own);
		int read = ++info.reads;
		Display display = Display.getCurrent();
		if (source == null || display == null || size(source) <= BACKGROUND_READ_BYTES) {
			model.show(read(info, text, showRejected));
			return;
		}
		model.loading();
		Job job = new Job("Reading the annotations of " + info.doc.documentId() + " (layer " + info.annotator + ")") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				CasAnnotationModel.Layer layer;
				try {
					layer = read(info, text, showRejected);
				} catch (CoreException e) {
					display.asyncExec(() -> {
						if (current(info, read)) {
							model.failed(e.getStatus());
						}
					});
					return Status.OK_STATUS; // the editor reports it
				}
				display.asyncExec(() -> {
					if (current(info, read)) {
						model.show(layer);
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == READS;
			}
		};
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	/** Whether a read is the last one started for a still open layer. */
	private static boolean current(LayerInfo info, int read) {
		return !info.disposed && info.reads == read;
	}

	/**
	 * Reads the layer: the annotator's own, else the engine's relabelled as the annotator's, else
	 * an empty one; made ready to show. Runs on any thread.
	 */
	private static CasAnnotationModel.Layer read(LayerInfo info, String text, boolean showRejected) throws CoreException {
		try {
			Corpus corpus = Corpus.open(info.doc.root());
			String id = info.doc.documentId();
			JCas jcas = AssayTypeSystem.newJCas();
			Path own = corpus.layerPath(id, info.annotator);
			// the tokens are held as arrays while the layer is open: read so, not made into feature structures
			LayerCache.Tokens tokens;
			if (Files.isRegularFile(own)) {
				tokens = corpus.readLayerWithoutTokens(id, info.annotator, jcas);
			} else if (Files.isRegularFile(corpus.layerPath(id, Corpus.ENGINE_LAYER))) {
				tokens = corpus.readLayerWithoutTokens(id, Corpus.ENGINE_LAYER, jcas);
				relabelLayer(jcas, info.annotator);
			} else {
				jcas.setDocumentText(text);
				relabelLayer(jcas, info.annotator);
				tokens = LayerCache.Tokens.of(jcas);
			}
			if (!text.equals(jcas.getDocumentText())) {
				throw error(own + ": its text differs from " + info.doc.textFile() + "; the layer belongs to another version of the text", null);
			}
			return CasAnnotationModel.prepare(jcas, DetachedTokens.of(tokens, text), showRejected);
		} catch (CorpusException e) {
			throw error(e.getMessage(), e);
		}
	}

	@Override
	protected void disposeElementInfo(Object element, ElementInfo info) {
		((LayerInfo) info).disposed = true;
		super.disposeElementInfo(element, info);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}

	/** Records whose layer this CAS now is. */
	private static void relabelLayer(JCas jcas, String annotator) {
		DocumentMeta meta = jcas.select(DocumentMeta.class).singleOrNull();
		if (meta != null) {
			meta.setLayer(annotator);
		}
	}

	@Override
	protected IDocument createDocument(Object element) throws CoreException {
		CorpusDocument doc = resolve(element);
		try {
			return new Document(TextFiles.read(doc.textFile()));
		} catch (CorpusException e) {
			throw error(e.getMessage(), e);
		}
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		return new CasAnnotationModel();
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
			throws CoreException {
		LayerInfo info = (LayerInfo) getElementInfo(element);
		if (info == null) {
			return;
		}
		CasAnnotationModel model = (CasAnnotationModel) info.fModel;
		try {
			Corpus corpus = Corpus.open(info.doc.root());
			Path layer = corpus.layerPath(info.doc.documentId(), info.annotator);
			if (!overwrite && stamp(layer) != info.readStamp) {
				throw new CoreException(new Status(IStatus.ERROR, AssayDocumentProvider.class, IResourceStatus.OUT_OF_SYNC_LOCAL,
						layer + " was changed on disk since it was opened", null));
			}
			write(corpus, info, info.annotator);
			info.readStamp = stamp(layer);
			model.setDirty(false);
		} catch (CorpusException e) {
			throw error(e.getMessage(), e);
		}
	}

	/**
	 * Writes the open annotations as {@code layer} and saves the manifest. A layer saved with
	 * changes is in progress: a FINISHED or CURATED mark is about what was there when it was made
	 * (Mark Finished and Mark Curated save first, then mark).
	 */
	private static void write(Corpus corpus, LayerInfo info, String layer) throws CorpusException {
		CasAnnotationModel model = (CasAnnotationModel) info.fModel;
		model.tokens().whileAttached(model.jcas(),
				() -> corpus.writeLayer(info.doc.documentId(), layer, model.jcas(), DocumentState.IN_PROGRESS));
		corpus.save();
		// the workspace, and through it the Problems view's markers, learn of the written layer
		WorkspaceRefresh.folders(corpus.layerPath(info.doc.documentId(), layer), corpus.root().resolve(Corpus.MANIFEST));
	}

	/**
	 * Writes the open layer, unsaved edits included, as layer {@code layer} of the same document
	 * (Save As); a layer that already exists there is never written over.
	 */
	public void saveAs(Object element, String layer) throws CoreException {
		LayerInfo info = (LayerInfo) getElementInfo(element);
		if (info == null) {
			return;
		}
		CasAnnotationModel model = (CasAnnotationModel) info.fModel;
		try {
			Corpus corpus = Corpus.open(info.doc.root());
			if (corpus.layers(info.doc.documentId()).contains(layer)) {
				throw error("layer '" + layer + "' of " + info.doc.documentId() + " already exists; choose another name", null);
			}
			relabelLayer(model.jcas(), layer);
			try {
				write(corpus, info, layer);
			} finally {
				relabelLayer(model.jcas(), info.annotator);
			}
		} catch (CorpusException e) {
			throw error(e.getMessage(), e);
		}
	}

	@Override
	public boolean canSaveDocument(Object element) {
		ElementInfo info = getElementInfo(element);
		return info != null && ((CasAnnotationModel) info.fModel).isDirty();
	}

	@Override
	public long getModificationStamp(Object element) {
		LayerInfo info = (LayerInfo) getElementInfo(element);
		if (info == null) {
			return super.getModificationStamp(element);
		}
		try {
			return stamp(Corpus.open(info.doc.root()).layerPath(info.doc.documentId(), info.annotator));
		} catch (CorpusException e) {
			return info.readStamp;
		}
	}

	@Override
	public long getSynchronizationStamp(Object element) {
		LayerInfo info = (LayerInfo) getElementInfo(element);
		return info == null ? super.getSynchronizationStamp(element) : info.readStamp;
	}

	@Override
	public boolean isSynchronized(Object element) {
		return getModificationStamp(element) == getSynchronizationStamp(element);
	}

	@Override
	protected void doResetDocument(Object element, IProgressMonitor monitor) throws CoreException {
		LayerInfo info = (LayerInfo) getElementInfo(element);
		if (info != null) {
			load(info, (CasAnnotationModel) info.fModel);
			fireElementDirtyStateChanged(element, false);
			fireElementContentReplaced(element);
		}
	}

	@Override
	protected void doSynchronize(Object element, IProgressMonitor monitor) throws CoreException {
		doResetDocument(element, monitor);
	}

	@Override
	public boolean isReadOnly(Object element) {
		return true; // the text is the source; annotators change annotations, never the text
	}

	@Override
	public boolean isModifiable(Object element) {
		return false;
	}

	@Override
	protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
		return null;
	}

	/** The corpus location of an open input. */
	public CorpusDocument corpusDocument(Object element) {
		LayerInfo info = (LayerInfo) getElementInfo(element);
		return info == null ? null : info.doc;
	}

	/** The annotator whose layer an open input shows. */
	public String annotator(Object element) {
		LayerInfo info = (LayerInfo) getElementInfo(element);
		return info == null ? AssayPreferences.annotator() : info.annotator;
	}

	private static long stamp(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() * 1000 + Files.size(file) % 1000 : 0;
		} catch (IOException e) {
			return 0;
		}
	}

	private static CoreException error(String message, Throwable cause) {
		return new CoreException(Status.error(message, cause));
	}
}
