package org.assay.engines.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.engines.internal.EngineIds;
import org.assay.engines.internal.OpenNlpModels;
import org.assay.engines.internal.Provenance;
import org.assay.engines.internal.TokenView;
import org.assay.type.Entity;

import opennlp.tools.util.Span;

/**
 * The statistical name recogniser, stacked on the rules: an OpenNLP name finder whose features
 * include what the rules, gazetteers and cue lists know about each token ({@link NameKnowledge}).
 * The rules' confident names (gazetteer entries, names after a title or role noun, organisations
 * with a head word) stand, and their confidence rises where the model finds the same name; where
 * the rules only guessed, the model's span and label are taken; where the rules found nothing,
 * the model's names above {@link #PARAM_MIN_PROBABILITY} are added. Nationality adjectives and
 * titles are never names. A suggestion's confidence is that of the rule or the model that made
 * it. Runs after {@link EntityRecognizer}.
 */
@TypeCapability(inputs = { "org.assay.type.Token", "org.assay.type.Sentence", "org.assay.type.Entity" }, outputs = {
		"org.assay.type.Entity" })
public class StatisticalNameRecognizer extends JCasAnnotator_ImplBase {

	/** Rule names with at least this confidence stand against the model. */
	public static final String PARAM_RULE_TRUST = "ruleTrust";
	@ConfigurationParameter(name = PARAM_RULE_TRUST, defaultValue = "0.75")
	private double ruleTrust;

	/**
	 * Model names where the rules found nothing are added from this probability on (a name's
	 * probability is the mean of its tokens' outcome probabilities).
	 */
	public static final String PARAM_MIN_PROBABILITY = "minProbability";
	@ConfigurationParameter(name = PARAM_MIN_PROBABILITY, defaultValue = "0.3")
	private double minProbability;

	/** How much a rule name's confidence rises when the model finds the same name. */
	public static final String PARAM_AGREEMENT_BONUS = "agreementBonus";
	@ConfigurationParameter(name = PARAM_AGREEMENT_BONUS, defaultValue = "0.05")
	private double agreementBonus;

	/**
	 * Whether the rule recogniser's names are kept (stacked, the default); without them only the
	 * model's names are suggested, whatever their probability (to measure what each part adds).
	 */
	public static final String PARAM_KEEP_RULES = "keepRules";
	@ConfigurationParameter(name = PARAM_KEEP_RULES, defaultValue = "true")
	private boolean keepRules;

	/** Longest stretch of tokens decoded as one sequence (longer sentences are decoded in parts). */
	public static final String PARAM_MAX_SEQUENCE = "maxSequence";
	@ConfigurationParameter(name = PARAM_MAX_SEQUENCE, defaultValue = "150")
	private int maxSequence;

	private NameDecoder finder;

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		try {
			finder = new NameDecoder(OpenNlpModels.names());
		} catch (IOException e) {
			throw new ResourceInitializationException(e);
		}
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		TokenView t = new TokenView(jcas);
		if (t.size == 0) {
			return;
		}
		NameKnowledge knowledge = new NameKnowledge(t, jcas, NameKnowledge.RULE_LABELS);
		List<Entity> rules = new ArrayList<>(
				jcas.select(Entity.class).filter(e -> NameKnowledge.RULE_LABELS.contains(e.getLabel())).toList());
		if (!keepRules) {
			rules.forEach(Entity::removeFromIndexes);
			rules.clear();
		}
		finder.clearAdaptiveData();
		for (int s = 0; s < t.sentences(); s++) {
			int from = t.sentenceFirst[s];
			int last = t.sentenceLast[s];
			if (from < 0) {
				continue;
			}
			for (int chunk = from; chunk <= last; chunk += maxSequence) {
				int to = Math.min(last, chunk + maxSequence - 1);
				for (Span span : finder.find(knowledge.tokens(chunk, to))) {
					int nameFirst = chunk + span.getStart();
					int nameLast = chunk + span.getEnd() - 1;
					if (!knowledge.isNeverAName(nameFirst, nameLast)) {
						propose(jcas, t, nameFirst, nameLast, span, rules);
					}
				}
			}
		}
	}

	private void propose(JCas jcas, TokenView t, int first, int last, Span span, List<Entity> rules) {
		int begin = t.begin[first];
		int end = t.end[last];
		List<Entity> overlapping = new ArrayList<>();
		for (Entity e : rules) {
			if (e.getBegin() < end && begin < e.getEnd()) {
				overlapping.add(e);
			}
		}
		for (Entity e : overlapping) {
			if (e.getBegin() == begin && e.getEnd() == end && e.getLabel().equals(span.getType())) {
				// the model finds the rules' name: more likely right
				e.setConfidence(Math.round(Math.min(0.99, Math.max(e.getConfidence(), ruleTrust) + agreementBonus) * 1000) / 1000.0);
				return;
			}
		}
		if (overlapping.stream().anyMatch(e -> e.getConfidence() >= ruleTrust)) {
			return; // a confident rule name stands
		}
		if (overlapping.isEmpty() && span.getProb() < minProbability && keepRules) {
			return;
		}
		for (Entity e : overlapping) { // the rules only guessed here
			e.removeFromIndexes();
			rules.remove(e);
		}
		Entity entity = new Entity(jcas, begin, end);
		entity.setLabel(span.getType());
		Provenance.suggest(entity, EngineIds.NAMES, span.getProb()).addToIndexes();
	}
}
