package org.assay.core.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.export.LayerChoice;
import org.assay.types.AssayTypeSystem;

/** Reads every document of a corpus ({@link LayerChoice#forReading}) and finds source conflicts. */
public final class ConflictOperation {

	/** The groups, and the documents that could not be read. */
	public record Result(List<ClaimGroup> groups, List<CorpusException> failures) {
	}

	private final Corpus corpus;

	public ConflictOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	public Result execute() {
		ConflictFinder finder = new ConflictFinder();
		List<CorpusException> failures = new ArrayList<>();
		JCas jcas = AssayTypeSystem.newJCas();
		for (String id : corpus.documentIds()) {
			jcas.reset();
			try {
				Optional<String> layer = LayerChoice.forReading(corpus, id);
				if (layer.isPresent()) {
					corpus.readLayer(id, layer.get(), jcas);
					finder.add(id, jcas);
				}
			} catch (CorpusException e) {
				failures.add(e);
			}
		}
		return new Result(finder.groups(), failures);
	}
}
