package org.assay.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

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

	private static final Map<Path, Corpus> CORPORA = new ConcurrentHashMap<>();

	private Executors() {
	}

	/**
	 * The corpus an executor writes into, opened once per executor (opening lists the texts
	 * folder; a partition each would list it again for every 200 documents written).
	 */
	static Corpus corpus(Path root) throws CorpusException {
		Corpus c = CORPORA.get(root);
		if (c == null) {
			c = Corpus.open(root);
			Corpus earlier = CORPORA.putIfAbsent(root, c);
			c = earlier != null ? earlier : c;
		}
		return c;
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
