package org.assay.engines;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.internal.EngineIds;
import org.assay.engines.pipeline.EngineFactory;
import org.assay.engines.pipeline.PipelineStep;
import org.assay.engines.pipeline.PipelineSteps;
import org.assay.engines.recommend.CorpusRecommenders;

/**
 * The pre-annotation pipeline: sentences and tokens, POS, quantities, dates, names, claims, and
 * in a corpus its recommenders. The same pipeline serves the command line, the workbench and the
 * tests. It can be run as one aggregate ({@link #create()}) or step by step ({@link #steps()}),
 * so that an engine failing on a document costs that document only that engine's output.
 */
public final class AssayPipeline {

	private AssayPipeline() {
	}

	/** Segmenter, POS tagger, quantity, date, name and claim engines as one aggregate. */
	public static AnalysisEngineDescription description() throws ResourceInitializationException {
		return createEngineDescription(PipelineSteps.descriptions().toArray(new AnalysisEngineDescription[0]));
	}

	/** A ready engine; not thread-safe, create one per thread. */
	public static AnalysisEngine create() throws ResourceInitializationException {
		return EngineFactory.create(description());
	}

	/** The pipeline's engines one by one, in order; not thread-safe, create one list per thread. */
	public static List<PipelineStep> steps() throws ResourceInitializationException {
		return PipelineSteps.through(EngineIds.CLAIMS);
	}

	/**
	 * The pipeline for pre-annotating into {@code corpus}: {@link #steps()} and then, when the
	 * corpus has trained and active recommenders, the step where they suggest
	 * ({@link CorpusRecommenders#step(Corpus)}).
	 */
	public static List<PipelineStep> steps(Corpus corpus) throws ResourceInitializationException {
		List<PipelineStep> steps = steps();
		try {
			if (CorpusRecommenders.anyActive(corpus)) {
				steps.add(CorpusRecommenders.step(corpus));
			}
		} catch (CorpusException e) {
			throw new ResourceInitializationException(e);
		}
		return steps;
	}
}
