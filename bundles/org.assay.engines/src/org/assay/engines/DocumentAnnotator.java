package org.assay.engines;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.pipeline.PipelineStep;
import org.assay.type.DocumentMeta;
import org.assay.types.AssayTypeSystem;

/**
 * Runs the pipeline's engines one by one on a document, so that an engine failing on it costs
 * the document only that engine's output: what the failed engine had added is taken out again
 * and the following engines still run. One per thread; the JCas is reused.
 */
public final class DocumentAnnotator {

	/**
	 * An engine that failed on a document.
	 *
	 * @param engine the step's name
	 * @param error  what it threw
	 */
	public record Failure(String engine, Throwable error) {

		/** "StringIndexOutOfBoundsException: index 3, length 3" */
		public String reason() {
			String m = error.getMessage();
			return error.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip().lines().findFirst().orElse(""));
		}
	}

	private final List<PipelineStep> steps;
	private final JCas jcas;

	/** Annotates with {@code steps} (for example {@link AssayPipeline#steps()}). */
	public DocumentAnnotator(List<PipelineStep> steps) throws ResourceInitializationException {
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("a pipeline needs at least one step");
		}
		this.steps = List.copyOf(steps);
		this.jcas = steps.get(0).engine().newJCas();
	}

	/** The JCas holding the last document annotated (valid until the next call). */
	public JCas jcas() {
		return jcas;
	}

	/**
	 * Annotates {@code text} as the engine layer of document {@code id}.
	 *
	 * @return the engines that failed on it, in order (empty when all succeeded)
	 */
	public List<Failure> annotate(String id, String text) {
		jcas.reset();
		jcas.setDocumentText(text);
		jcas.setDocumentLanguage("en");
		DocumentMeta meta = new DocumentMeta(jcas, 0, 0);
		meta.setDocumentId(id);
		meta.setLayer(Corpus.ENGINE_LAYER);
		meta.setTypeSystemVersion(AssayTypeSystem.VERSION);
		meta.addToIndexes();
		List<Failure> failures = new ArrayList<>(0);
		for (PipelineStep step : steps) {
			int mark = new TOP(jcas)._id(); // feature structures made from here on belong to this step
			try {
				step.engine().process(jcas);
			} catch (Exception | StackOverflowError e) {
				removeSince(mark);
				failures.add(new Failure(step.name(), rootCause(e)));
			}
		}
		return failures;
	}

	private void removeSince(int mark) {
		List<TOP> added = new ArrayList<>();
		for (TOP fs : jcas.getIndexedFSs()) {
			if (fs._id() > mark) {
				added.add(fs);
			}
		}
		added.forEach(TOP::removeFromIndexes);
	}

	/** UIMA wraps what an annotator throws; users need the cause. */
	private static Throwable rootCause(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t
				&& t instanceof UIMAException) {
			t = t.getCause();
		}
		return t;
	}
}
