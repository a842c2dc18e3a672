package org.assay.engines.pipeline;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.types.AssayTypeSystem;

/**
 * Makes engines from descriptions with a class loader that sees this bundle's engines and the
 * Assay types: under OSGi the thread's context class loader sees neither, and UIMA looks up
 * annotator classes and JCas types through it.
 */
public final class EngineFactory {

	private EngineFactory() {
	}

	/** A ready engine for {@code description}; not thread-safe, create one per thread. */
	public static AnalysisEngine create(AnalysisEngineDescription description) throws ResourceInitializationException {
		ClassLoader bundle = EngineFactory.class.getClassLoader();
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(bundle);
		try {
			return UIMAFramework.produceAnalysisEngine(description, AssayTypeSystem.resourceManager(bundle), null);
		} finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}
}
