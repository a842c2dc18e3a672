package org.assay.engines.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.assay.engines.claims.ClaimDetector;
import org.assay.engines.dates.DateRecognizer;
import org.assay.engines.internal.EngineIds;
import org.assay.engines.ner.EntityRecognizer;
import org.assay.engines.ner.StatisticalNameRecognizer;
import org.assay.engines.opennlp.OpenNlpPosTagger;
import org.assay.engines.opennlp.OpenNlpSegmenter;
import org.assay.engines.quantity.QuantityRecognizer;
import org.assay.types.AssayTypeSystem;

/**
 * The engines of pre-annotation in their order: sentences and tokens, POS, quantities, dates,
 * rule names, statistical names, claims. What a corpus adds after them (its recommenders) is
 * not here: the recommenders themselves prepare texts with the first of these steps.
 */
public final class PipelineSteps {

	/** A step before its engine is made. */
	private record Described(String name, AnalysisEngineDescription description) {
	}

	private PipelineSteps() {
	}

	private static List<Described> described() throws ResourceInitializationException {
		TypeSystemDescription ts = AssayTypeSystem.description();
		return List.of(new Described("opennlp-segmenter", createEngineDescription(OpenNlpSegmenter.class, ts)),
				new Described("opennlp-pos", createEngineDescription(OpenNlpPosTagger.class, ts)),
				new Described(EngineIds.QUANTITIES, createEngineDescription(QuantityRecognizer.class, ts)),
				new Described(EngineIds.DATES, createEngineDescription(DateRecognizer.class, ts)),
				new Described(EngineIds.ENTITIES, createEngineDescription(EntityRecognizer.class, ts)),
				new Described(EngineIds.NAMES, createEngineDescription(StatisticalNameRecognizer.class, ts)),
				new Described(EngineIds.CLAIMS, createEngineDescription(ClaimDetector.class, ts)));
	}

	/** The descriptions of every step, in order. */
	public static List<AnalysisEngineDescription> descriptions() throws ResourceInitializationException {
		return described().stream().map(Described::description).toList();
	}

	/** Only OpenNLP's sentence, token and POS steps: the baseline the benchmark compares against. */
	public static AnalysisEngineDescription openNlpOnly() throws ResourceInitializationException {
		TypeSystemDescription ts = AssayTypeSystem.description();
		return createEngineDescription(createEngineDescription(OpenNlpSegmenter.class, ts),
				createEngineDescription(OpenNlpPosTagger.class, ts));
	}

	/**
	 * The engines from the first through the one named {@code last} ("the text as the rule
	 * recogniser leaves it": {@link EngineIds#ENTITIES}); not thread-safe, create one list per thread.
	 *
	 * @throws IllegalArgumentException when no step has that name
	 */
	public static List<PipelineStep> through(String last) throws ResourceInitializationException {
		List<PipelineStep> steps = new ArrayList<>();
		for (Described s : described()) {
			steps.add(new PipelineStep(s.name(), EngineFactory.create(s.description())));
			if (s.name().equals(last)) {
				return steps;
			}
		}
		throw new IllegalArgumentException("no pipeline step " + last);
	}
}
