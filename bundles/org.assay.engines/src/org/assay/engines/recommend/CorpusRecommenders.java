package org.assay.engines.recommend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.internal.Provenance;
import org.assay.engines.pipeline.EngineFactory;
import org.assay.engines.pipeline.PipelineStep;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;

/**
 * The last step of pre-annotation in a corpus: the corpus's active trained recommenders suggest,
 * and their suggestions join the engines'. One suggestion per span and label: where a rule or
 * model already suggests the same, the higher confidence stays and both origins are recorded
 * ("assay-entities@0.1.0+recommender:strings@1a2b3c4d5e"); otherwise a new suggestion with origin
 * {@code recommender:<name>@<model id>}. Decided annotations live in annotator layers, which
 * take only suggestions they do not have yet (so nothing rejected comes back at the same span
 * and label).
 */
@TypeCapability(inputs = { "org.assay.type.Token", "org.assay.type.Sentence", "org.assay.type.Entity" }, outputs = {
		"org.assay.type.Entity" })
public class CorpusRecommenders extends JCasAnnotator_ImplBase {

	/** The name of the pipeline step where a corpus's recommenders suggest. */
	public static final String STEP = "recommenders";

	/** The corpus folder whose {@code .assay-models/} holds the trained recommenders. */
	public static final String PARAM_CORPUS = "corpus";
	@ConfigurationParameter(name = PARAM_CORPUS)
	private String corpusFolder;

	private List<ActiveRecommenders.Loaded> loaded = List.of();

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		try {
			loaded = ActiveRecommenders.load(Corpus.open(Path.of(corpusFolder)));
		} catch (CorpusException | IOException e) {
			throw new ResourceInitializationException(e);
		}
	}

	/** Whether any recommender of the corpus at {@code root} is trained and active. */
	public static boolean anyActive(Corpus corpus) throws CorpusException {
		for (Map.Entry<String, RecommenderState.Entry> e : RecommenderTrainingStore.readState(corpus).recommenders.entrySet()) {
			if (e.getValue().active && e.getValue().modelId != null) {
				return true;
			}
		}
		return false;
	}

	/** The pipeline step where {@code corpus}'s trained and active recommenders suggest. */
	public static PipelineStep step(Corpus corpus) throws ResourceInitializationException {
		return new PipelineStep(STEP, EngineFactory.create(createEngineDescription(CorpusRecommenders.class,
				AssayTypeSystem.description(), PARAM_CORPUS, corpus.root().toAbsolutePath().toString())));
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		if (loaded.isEmpty()) {
			return;
		}
		PreparedText text = PreparedText.of(jcas);
		Map<LabeledSpan, Entity> existing = existing(jcas);
		for (ActiveRecommenders.Loaded l : loaded) {
			for (Suggestion s : l.predictor().suggest(text)) {
				add(jcas, existing, s, l.origin());
			}
		}
	}

	/** The entities of {@code jcas} by span and label. */
	static Map<LabeledSpan, Entity> existing(JCas jcas) {
		Map<LabeledSpan, Entity> existing = new HashMap<>();
		for (Entity e : jcas.select(Entity.class)) {
			existing.putIfAbsent(new LabeledSpan(e.getBegin(), e.getEnd(), e.getLabel()), e);
		}
		return existing;
	}

	/**
	 * Adds {@code s}, or merges it into the entity of the same span and label already there (the
	 * higher confidence, with its runner-up, stays; both origins are recorded).
	 */
	static void add(JCas jcas, Map<LabeledSpan, Entity> existing, Suggestion s, String origin) {
		LabeledSpan key = new LabeledSpan(s.begin(), s.end(), s.label());
		Entity e = existing.get(key);
		if (e != null) {
			String was = e.getOrigin();
			if (was == null || was.isEmpty()) {
				e.setOrigin(origin);
			} else if (!was.contains(origin)) {
				e.setOrigin(was + "+" + origin);
			}
			if (s.confidence() > e.getConfidence()) {
				e.setConfidence(s.confidence());
				e.setRunnerUp(s.runnerUp());
				e.setRunnerUpConfidence(s.runnerUpConfidence());
			}
			return;
		}
		e = new Entity(jcas, s.begin(), s.end());
		e.setLabel(s.label());
		Provenance.suggest(e, origin, s.confidence());
		e.setRunnerUp(s.runnerUp());
		e.setRunnerUpConfidence(s.runnerUpConfidence());
		e.addToIndexes();
		existing.put(key, e);
	}
}
