package org.assay.engines;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.claims.ClaimDetector;
import org.assay.engines.dates.DateRecognizer;
import org.assay.engines.ner.EntityRecognizer;
import org.assay.engines.ner.StatisticalNameRecognizer;
import org.assay.engines.quantity.QuantityRecognizer;
import org.assay.engines.recommend.CorpusRecommenders;
import org.assay.types.AssayTypeSystem;

/**
 * The pre-annotation pipeline: sentences and tokens, POS, quantities, dates, names, claims. The
 * same pipeline serves the command line, the workbench and the tests. It can be run as one
 * aggregate ({@link #create()}) or step by step ({@link #steps()}), so that an engine failing on
 * a document costs that document only that engine's output.
 */
public final class AssayPipeline {

	/**
	 * One engine of the pipeline.
	 *
	 * @param name   what users read when it fails ("opennlp-segmenter", "assay-claims@0.1.0")
	 * @param engine the engine, ready to process
	 */
	public record Step(String name, AnalysisEngine engine) {
	}

	/** A named engine description. */
	private record StepDescription(String name, AnalysisEngineDescription description) {
	}

	/** The name of the step where a corpus's recommenders suggest. */
	public static final String RECOMMENDERS = "recommenders";

	private AssayPipeline() {
	}

	private static List<StepDescription> stepDescriptions() throws ResourceInitializationException {
		TypeSystemDescription ts = AssayTypeSystem.description();
		return List.of(new StepDescription("opennlp-segmenter", createEngineDescription(OpenNlpSegmenter.class, ts)),
				new StepDescription("opennlp-pos", createEngineDescription(OpenNlpPosTagger.class, ts)),
				new StepDescription(EngineIds.QUANTITIES, createEngineDescription(QuantityRecognizer.class, ts)),
				new StepDescription(EngineIds.DATES, createEngineDescription(DateRecognizer.class, ts)),
				new StepDescription(EngineIds.ENTITIES, createEngineDescription(EntityRecognizer.class, ts)),
				new StepDescription(EngineIds.NAMES, createEngineDescription(StatisticalNameRecognizer.class, ts)),
				new StepDescription(EngineIds.CLAIMS, createEngineDescription(ClaimDetector.class, ts)));
	}

	/** Segmenter, POS tagger, quantity, date, name and claim engines as one aggregate. */
	public static AnalysisEngineDescription description() throws ResourceInitializationException {
		List<AnalysisEngineDescription> steps = new ArrayList<>();
		for (StepDescription s : stepDescriptions()) {
			steps.add(s.description());
		}
		return createEngineDescription(steps.toArray(new AnalysisEngineDescription[0]));
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

	/** The pipeline's engines one by one, in order; not thread-safe, create one list per thread. */
	public static List<Step> steps() throws ResourceInitializationException {
		return stepsThrough(EngineIds.CLAIMS);
	}

	/**
	 * The pipeline for pre-annotating into {@code corpus}: {@link #steps()} and then, when the
	 * corpus has trained and active recommenders, a step where they suggest
	 * ({@link CorpusRecommenders}).
	 */
	public static List<Step> steps(Corpus corpus) throws ResourceInitializationException {
		List<Step> steps = steps();
		try {
			if (CorpusRecommenders.anyActive(corpus)) {
				steps.add(recommenderStep(corpus));
			}
		} catch (CorpusException e) {
			throw new ResourceInitializationException(e);
		}
		return steps;
	}

	/** The step where {@code corpus}'s trained and active recommenders suggest ({@link CorpusRecommenders}). */
	public static Step recommenderStep(Corpus corpus) throws ResourceInitializationException {
		return new Step(RECOMMENDERS, create(createEngineDescription(CorpusRecommenders.class, AssayTypeSystem.description(),
				CorpusRecommenders.PARAM_CORPUS, corpus.root().toAbsolutePath().toString())));
	}

	/**
	 * The pipeline's engines from the first through the one named {@code last} ("the text as the
	 * rule recogniser leaves it": {@link EngineIds#ENTITIES}).
	 */
	public static List<Step> stepsThrough(String last) throws ResourceInitializationException {
		List<Step> steps = new ArrayList<>();
		for (StepDescription s : stepDescriptions()) {
			steps.add(new Step(s.name(), create(s.description())));
			if (s.name().equals(last)) {
				return steps;
			}
		}
		throw new IllegalArgumentException("no pipeline step " + last);
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
