package org.assay.spark;

import java.nio.file.Path;
import java.util.Objects;

import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.AssayPipeline;
import org.assay.engines.DocumentAnnotator;

/**
 * The pipelines of one executor: created once per task thread and kept for every later
 * partition that thread runs (loading the engines' models costs seconds; a CAS is reused with
 * {@code reset()} for every document).
 */
final class Executors {

	private record Cached(Path recommenders, DocumentAnnotator annotator) {
	}

	private static final ThreadLocal<Cached> PIPELINES = new ThreadLocal<>();

	private Executors() {
	}

	static DocumentAnnotator annotator(Path recommenders) throws ResourceInitializationException, CorpusException {
		Cached cached = PIPELINES.get();
		if (cached == null || !Objects.equals(cached.recommenders(), recommenders)) {
			var steps = recommenders == null ? AssayPipeline.steps() : AssayPipeline.steps(Corpus.open(recommenders));
			cached = new Cached(recommenders, new DocumentAnnotator(steps));
			PIPELINES.set(cached);
		}
		return cached.annotator();
	}
}
