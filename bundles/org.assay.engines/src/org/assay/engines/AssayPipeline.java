package org.assay.engines;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.assay.engines.claims.ClaimDetector;
import org.assay.engines.dates.DateRecognizer;
import org.assay.engines.ner.EntityRecognizer;
import org.assay.engines.quantity.QuantityRecognizer;
import org.assay.types.AssayTypeSystem;

/**
 * The pre-annotation pipeline: sentences and tokens, POS, quantities, dates, names, claims. The same
 * pipeline serves the command line, the workbench and the tests.
 */
public final class AssayPipeline {

	private AssayPipeline() {
	}

	/** Segmenter, POS tagger, quantity, date, name and claim engines as one aggregate. */
	public static AnalysisEngineDescription description() throws ResourceInitializationException {
		TypeSystemDescription ts = AssayTypeSystem.description();
		return createEngineDescription(createEngineDescription(OpenNlpSegmenter.class, ts),
				createEngineDescription(OpenNlpPosTagger.class, ts),
				createEngineDescription(QuantityRecognizer.class, ts),
				createEngineDescription(DateRecognizer.class, ts),
				createEngineDescription(EntityRecognizer.class, ts),
				createEngineDescription(ClaimDetector.class, ts));
	}

	/** Only OpenNLP's sentence, token and POS steps: the baseline the benchmark compares against. */
	public static AnalysisEngineDescription openNlpOnly() throws ResourceInitializationException {
		TypeSystemDescription ts = AssayTypeSystem.description();
		return createEngineDescription(createEngineDescription(OpenNlpSegmenter.class, ts),
				createEngineDescription(OpenNlpPosTagger.class, ts));
	}

	/** A ready engine; not thread-safe, create one per thread. */
	public static AnalysisEngine create() throws ResourceInitializationException {
		return create(description());
	}

	/** Instantiates a description with a class loader that sees this bundle's engines and the types. */
	public static AnalysisEngine create(AnalysisEngineDescription description) throws ResourceInitializationException {
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(AssayPipeline.class.getClassLoader());
		try {
			return UIMAFramework.produceAnalysisEngine(description,
					AssayTypeSystem.resourceManager(AssayPipeline.class.getClassLoader()), null);
		} finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}
}
