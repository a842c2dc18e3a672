package org.assay.engines.recommend;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.engines.internal.EngineIds;
import org.assay.engines.pipeline.PipelineStep;
import org.assay.engines.pipeline.PipelineSteps;

/**
 * Runs the pipeline through the rule recogniser on a text and returns it as recommenders read it
 * ({@link PreparedText}). Not thread-safe: one per thread.
 */
public final class TextPreparer implements AutoCloseable {

	private final List<PipelineStep> steps;
	private final JCas jcas;

	/** Creates the engines (sentences, tokens, POS, quantities, dates, rule names). */
	public TextPreparer() throws ResourceInitializationException {
		steps = PipelineSteps.through(EngineIds.ENTITIES);
		jcas = steps.get(0).engine().newJCas();
	}

	/** {@code text} segmented, tagged and with the rule recogniser's names, as features. */
	public PreparedText prepare(String text) throws AnalysisEngineProcessException {
		jcas.reset();
		jcas.setDocumentText(text);
		for (PipelineStep s : steps) {
			s.engine().process(jcas);
		}
		return PreparedText.of(jcas);
	}

	@Override
	public void close() {
		steps.forEach(s -> s.engine().destroy());
	}
}
