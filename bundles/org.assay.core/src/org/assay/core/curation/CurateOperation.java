package org.assay.core.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.LayerCheck;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Starts curation: for every document with two or more annotator layers and no curated layer
 * yet, writes the curated layer with everything the annotators agree on, and reports the
 * differences left for a curator. A document whose layers all agree becomes CURATED at once.
 */
public final class CurateOperation implements CorpusOperation<List<CurateOperation.DocumentResult>> {

	/** Per document: annotators compared, positions agreed and merged, differences left. */
	public record DocumentResult(String documentId, List<String> annotators, int agreed, List<Curation.Difference> differences,
			boolean created) {
	}

	private final Corpus corpus;
	private List<String> documents;
	private String curator;

	/** Curates every document of {@code corpus} that has two or more annotator layers. */
	public CurateOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	private final List<CorpusException> failures = new ArrayList<>();

	/** The documents of the last {@link #execute} that could not be curated, each naming its file and problem. */
	public List<CorpusException> failures() {
		return List.copyOf(failures);
	}

	/** Who curates: recorded with the curated layers this writes (so their sync shares them). */
	public CurateOperation curator(String who) {
		this.curator = who;
		return this;
	}

	/** Curates only this document. */
	public CurateOperation document(String id) {
		this.documents = List.of(id);
		return this;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	/** One result per document with two or more annotator layers. */
	@Override
	public List<DocumentResult> execute(IProgressMonitor monitor) throws CorpusException {
		List<String> ids = documents != null ? documents : corpus.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, "Curating", ids.size());
		List<DocumentResult> results = new ArrayList<>();
		try {
			for (String id : ids) {
				progress.split(1);
				progress.subTask(id);
				try {
					curateDocument(id).ifPresent(results::add);
				} catch (CorpusException e) {
					if (documents != null) {
						throw e; // one document asked for: its problem is the answer
					}
					failures.add(e); // the other documents are still curated
				}
			}
		} finally {
			corpus.save();
		}
		return results;
	}

	private Optional<DocumentResult> curateDocument(String id) throws CorpusException {
		List<String> annotators = corpus.annotatorLayers(id);
		if (annotators.size() < 2) {
			return Optional.empty();
		}
		Curation curation = compare(id, annotators);
		List<Curation.Difference> differences = curation.differences();
		boolean create = !corpus.layers(id).contains(Corpus.CURATION_LAYER);
		if (create) {
			JCas merged = curation.autoMerge(AssayTypeSystem.newJCas());
			corpus.writeLayer(id, Corpus.CURATION_LAYER, merged,
					differences.isEmpty() ? DocumentState.CURATED : DocumentState.IN_PROGRESS, curator);
		}
		return Optional.of(new DocumentResult(id, annotators, curation.agreed(), differences, create));
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
			String problem = LayerCheck.problem(jcas);
			if (problem != null) {
				throw new CorpusException(corpus.layerPath(id, a), problem + "; not curated");
			}
			if (!layers.isEmpty() && !Objects.equals(layers.get(0).getDocumentText(), jcas.getDocumentText())) {
				throw new CorpusException(corpus.layerPath(id, a), "is a layer of another text than layer '" + annotators.get(0)
						+ "' of " + id + "; curation compares layers of one text (re-import one of them)");
			}
			layers.add(jcas);
		}
		return new Curation(annotators, layers);
	}
}
