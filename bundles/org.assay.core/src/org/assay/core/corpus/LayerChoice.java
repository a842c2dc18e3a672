package org.assay.core.corpus;

import java.util.List;
import java.util.Optional;

import org.assay.core.CorpusException;

/**
 * Which layer of a document an export reads: the curated layer if there is one; otherwise the
 * only annotator layer; otherwise, of several annotator layers, the only one marked FINISHED;
 * otherwise, when no one has annotated the document, the engine layer. A document with several
 * annotator layers, no curation and not exactly one FINISHED layer is not exported: curate it
 * first ({@code assay curate}).
 */
public final class LayerChoice {

	private LayerChoice() {
	}

	/** The layer an export uses for a document (curated, else the only annotator, else the only FINISHED one, else the engine layer); empty when that is ambiguous. */
	public static Optional<String> forExport(Corpus corpus, String documentId) throws CorpusException {
		List<String> layers = corpus.layers(documentId);
		if (layers.contains(Corpus.CURATION_LAYER)) {
			return Optional.of(Corpus.CURATION_LAYER);
		}
		List<String> human = corpus.annotatorLayers(documentId);
		if (human.size() == 1) {
			return Optional.of(human.get(0));
		}
		if (human.size() > 1) {
			List<String> finished = human.stream()
					.filter(l -> corpus.state(documentId, l) == DocumentState.FINISHED).toList();
			if (finished.size() == 1) {
				return Optional.of(finished.get(0));
			}
			throw new CorpusException(corpus.layerPath(documentId, human.get(0)).getParent(), "has " + human.size()
					+ " annotator layers " + human + " and no curation layer; curate the document before exporting it"
					+ " (assay curate)");
		}
		return layers.contains(Corpus.ENGINE_LAYER) ? Optional.of(Corpus.ENGINE_LAYER) : Optional.empty();
	}

	/**
	 * The layer to read a document's claims and figures from when nothing is being exported: as
	 * {@link #forExport}, but a document with several annotator layers and no curation is read
	 * from its engine layer (or its first annotator layer) instead of being refused.
	 */
	public static Optional<String> forReading(Corpus corpus, String documentId) throws CorpusException {
		List<String> layers = corpus.layers(documentId);
		List<String> human = corpus.annotatorLayers(documentId);
		if (!layers.contains(Corpus.CURATION_LAYER) && human.size() > 1) {
			return Optional.of(layers.contains(Corpus.ENGINE_LAYER) ? Corpus.ENGINE_LAYER : human.get(0));
		}
		return forExport(corpus, documentId);
	}
}
