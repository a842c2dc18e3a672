package org.assay.core.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.corpus.LayerChoice;
import org.assay.core.formats.ExportDocuments;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The documents of a corpus as an export reads them: each from the layer {@link LayerChoice}
 * picks, checked by {@link LayerCheck}, into one CAS reused from document to document. What
 * cannot be read is added to the export's failures and skipped.
 */
final class CorpusDocuments implements ExportDocuments {

	private final Corpus corpus;
	private final List<CorpusException> failures;
	private final SubMonitor progress;
	private final JCas jcas = AssayTypeSystem.newJCas();
	private final List<String> ids = new ArrayList<>();
	/** The layer each document is read from, or why it is not exported. */
	private final Map<String, String> layers = new HashMap<>();
	private final Map<String, CorpusException> refused = new HashMap<>();
	private int read;

	/** The documents of {@code corpus} with a layer to export; one step of {@code progress} each. */
	CorpusDocuments(Corpus corpus, List<CorpusException> failures, SubMonitor progress) throws CorpusException {
		this.corpus = corpus;
		this.failures = failures;
		this.progress = progress;
		for (String id : corpus.documentIds()) {
			try {
				LayerChoice.forExport(corpus, id).ifPresent(layer -> {
					ids.add(id);
					layers.put(id, layer);
				});
			} catch (CorpusException e) {
				ids.add(id); // reported when it is read, in corpus order with the other failures
				refused.put(id, e);
			}
		}
		progress.setWorkRemaining(ids.size() + 1);
	}

	@Override
	public List<String> ids() {
		return List.copyOf(ids);
	}

	@Override
	public Iterable<Document> readable() {
		// lazily: the next document is read when the writer asks for it, after it wrote the one before (they share one CAS)
		return () -> ids.stream().map(this::read).flatMap(Optional::stream).iterator();
	}

	/** Reads {@code id} into the CAS; empty, and reported, when it cannot be exported. */
	private Optional<Document> read(String id) {
		progress.split(1);
		progress.subTask(id);
		jcas.reset();
		try {
			if (refused.containsKey(id)) {
				throw refused.get(id);
			}
			String layer = layers.get(id);
			corpus.readLayer(id, layer, jcas);
			String problem = LayerCheck.problem(jcas);
			if (problem != null) { // reported and skipped: the other documents are still exported
				throw new CorpusException(corpus.layerPath(id, layer), problem + "; not exported");
			}
			read++;
			return Optional.of(new Document(id, jcas));
		} catch (CorpusException e) {
			failures.add(e);
			jcas.reset();
			return Optional.empty();
		}
	}

	/** How many documents were read for the writer: all exported, as a writer that fails fails the export. */
	int exported() {
		return read;
	}
}
