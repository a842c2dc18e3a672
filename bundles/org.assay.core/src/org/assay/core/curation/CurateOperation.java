package org.assay.core.curation;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.types.AssayTypeSystem;

/**
 * Starts curation: for every document with two or more annotator layers and no curated layer
 * yet, writes the curated layer with everything the annotators agree on, and reports the
 * differences left for a curator. A document whose layers all agree becomes CURATED at once.
 */
public final class CurateOperation {

	/** Per document: annotators compared, positions agreed and merged, differences left. */
	public record DocumentResult(String documentId, List<String> annotators, int agreed, List<Curation.Difference> differences,
			boolean created) {
	}

	private final Corpus corpus;

	public CurateOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	public List<DocumentResult> execute() throws CorpusException {
		List<DocumentResult> results = new ArrayList<>();
		for (String id : corpus.documentIds()) {
			DocumentResult r = curateDocument(id);
			if (r != null) {
				results.add(r);
			}
		}
		corpus.save();
		return results;
	}

	/** Curates one document (null when it has fewer than two annotator layers); call {@code corpus.save()} after. */
	public DocumentResult curateDocument(String id) throws CorpusException {
		List<String> annotators = corpus.annotatorLayers(id);
		if (annotators.size() < 2) {
			return null;
		}
		Curation curation = compare(id, annotators);
		List<Curation.Difference> differences = curation.differences();
		boolean create = !corpus.layers(id).contains(Corpus.CURATION_LAYER);
		if (create) {
			JCas merged = curation.autoMerge(AssayTypeSystem.newJCas());
			corpus.writeLayer(id, Corpus.CURATION_LAYER, merged,
					differences.isEmpty() ? DocumentState.CURATED : DocumentState.IN_PROGRESS);
		}
		return new DocumentResult(id, annotators, curation.agreed(), differences, create);
	}

	/** The comparison of a document's annotator layers (without writing anything). */
	public Curation compare(String id) throws CorpusException {
		return compare(id, corpus.annotatorLayers(id));
	}

	private Curation compare(String id, List<String> annotators) throws CorpusException {
		List<JCas> layers = new ArrayList<>();
		for (String a : annotators) {
			JCas jcas = AssayTypeSystem.newJCas();
			corpus.readLayer(id, a, jcas);
			layers.add(jcas);
		}
		return new Curation(annotators, layers);
	}
}
