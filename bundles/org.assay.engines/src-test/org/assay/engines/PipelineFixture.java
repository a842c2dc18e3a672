package org.assay.engines;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;

/** Runs the whole pipeline on a text, for evaluations of what users get (not for engine tests). */
public final class PipelineFixture {

	private static AnalysisEngine engine;

	private PipelineFixture() {
	}

	public static synchronized JCas annotate(String text) {
		try {
			if (engine == null) {
				engine = AssayPipeline.create();
			}
			JCas jcas = engine.newJCas();
			jcas.setDocumentText(text);
			engine.process(jcas);
			return jcas;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
