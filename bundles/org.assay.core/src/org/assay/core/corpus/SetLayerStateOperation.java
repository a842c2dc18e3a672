package org.assay.core.corpus;

import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Records the state of one layer of one document (an annotator marks it FINISHED, a curator
 * CURATED) and saves the manifest. The layer itself must already be saved.
 */
public final class SetLayerStateOperation implements CorpusOperation<DocumentState> {

	private final Corpus corpus;
	private final String documentId;
	private final String layer;
	private final DocumentState state;

	/** Sets {@code layer} of {@code documentId} in {@code corpus} to {@code state}. */
	public SetLayerStateOperation(Corpus corpus, String documentId, String layer, DocumentState state) {
		this.corpus = corpus;
		this.documentId = documentId;
		this.layer = layer;
		this.state = state;
	}

	private String by;

	/** Who sets the state (the curator marking a curated layer); by default the annotator the layer is named after. */
	public SetLayerStateOperation by(String who) {
		this.by = who;
		return this;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	/** @return the state before */
	@Override
	public DocumentState execute(IProgressMonitor monitor) throws CorpusException {
		SubMonitor progress = SubMonitor.convert(monitor, "Marking " + documentId + " " + state, 1);
		if (!corpus.layers(documentId).contains(layer)) {
			throw new CorpusException(corpus.layerPath(documentId, layer), "does not exist; save the layer first");
		}
		DocumentState before = corpus.state(documentId, layer);
		if (by == null) {
			corpus.setState(documentId, layer, state);
		} else {
			corpus.setState(documentId, layer, state, by);
		}
		corpus.save();
		progress.worked(1);
		return before;
	}
}
