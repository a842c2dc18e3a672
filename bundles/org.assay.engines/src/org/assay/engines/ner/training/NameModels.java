package org.assay.engines.ner.training;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.assay.engines.ner.AssayNameFinderFactory;
import org.assay.engines.ner.NameDecoder;
import org.assay.engines.ner.NameKnowledge;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/** Trains OpenNLP name models and scores them (exact span and label). */
public final class NameModels {

	/**
	 * Precision and recall counts.
	 *
	 * @param truePositives  found and right
	 * @param falsePositives found, not in the gold
	 * @param falseNegatives in the gold, not found
	 */
	public record Score(int truePositives, int falsePositives, int falseNegatives) {
		/** tp / (tp + fp). */
		public double precision() {
			return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
		}

		/** tp / (tp + fn). */
		public double recall() {
			return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
		}

		/** Harmonic mean of precision and recall. */
		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		Score plus(Score o) {
			return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
		}
	}

	private NameModels() {
	}

	/** Assay's training parameters: perceptron, 300 iterations, cutoff 0, beam 3. */
	public static TrainingParameters assayParameters() {
		TrainingParameters p = new TrainingParameters();
		p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
		p.put(TrainingParameters.ITERATIONS_PARAM, 300);
		p.put(TrainingParameters.CUTOFF_PARAM, 0);
		p.put(TrainingParameters.THREADS_PARAM, 1);
		return p;
	}

	/** OpenNLP's (and INCEpTION's) defaults: maxent, 100 iterations, cutoff 5. */
	public static TrainingParameters openNlpDefaults() {
		return TrainingParameters.defaultParams();
	}

	/** A model with Assay's knowledge features, from samples made by {@link NameSamples#withKnowledge}. */
	public static TokenNameFinderModel trainWithKnowledge(List<NameSample> samples, TrainingParameters parameters)
			throws IOException {
		return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters,
				new AssayNameFinderFactory());
	}

	/** A model with OpenNLP's default features, from plain samples. */
	public static TokenNameFinderModel trainPlain(List<NameSample> samples, TrainingParameters parameters) throws IOException {
		return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters,
				new TokenNameFinderFactory());
	}

	/**
	 * Scores per label and "all" on {@code samples} (their tokens made as for training), decoded
	 * by OpenNLP's {@link NameFinderME} (beam search over every token).
	 */
	public static Map<String, Score> evaluate(TokenNameFinderModel model, List<NameSample> samples) {
		NameFinderME finder = new NameFinderME(model);
		return evaluate(finder::clearAdaptiveData, finder::find, samples);
	}

	/** As {@link #evaluate}, decoded as Assay's recogniser decodes ({@link NameDecoder}). */
	public static Map<String, Score> evaluateAsShipped(TokenNameFinderModel model, List<NameSample> samples) {
		NameDecoder decoder = new NameDecoder(model);
		return evaluate(decoder::clearAdaptiveData, decoder::find, samples);
	}

	private static Map<String, Score> evaluate(Runnable clear, Function<String[], Span[]> finder, List<NameSample> samples) {
		Map<String, Score> scores = new TreeMap<>();
		for (NameSample sample : samples) {
			if (sample.isClearAdaptiveDataSet()) {
				clear.run();
			}
			Span[] found = finder.apply(sample.getSentence());
			List<Span> gold = List.of(sample.getNames());
			for (Span f : found) {
				boolean right = gold.stream().anyMatch(g -> g.equals(f) && g.getType().equals(f.getType()));
				add(scores, f.getType(), right ? new Score(1, 0, 0) : new Score(0, 1, 0));
			}
			for (Span g : gold) {
				boolean found1 = List.of(found).stream().anyMatch(f -> g.equals(f) && g.getType().equals(f.getType()));
				if (!found1) {
					add(scores, g.getType(), new Score(0, 0, 1));
				}
			}
		}
		return scores;
	}

	/**
	 * The rule recogniser's names (as its features record them in the tokens) scored against the
	 * samples' gold names.
	 */
	public static Map<String, Score> rules(List<NameSample> samples) {
		Map<String, Score> scores = new TreeMap<>();
		for (NameSample sample : samples) {
			List<Span> gold = List.of(sample.getNames());
			List<Span> found = NameKnowledge.ruleNames(sample.getSentence());
			for (Span f : found) {
				add(scores, f.getType(), gold.stream().anyMatch(g -> g.equals(f) && g.getType().equals(f.getType()))
						? new Score(1, 0, 0) : new Score(0, 1, 0));
			}
			for (Span g : gold) {
				if (found.stream().noneMatch(f -> g.equals(f) && g.getType().equals(f.getType()))) {
					add(scores, g.getType(), new Score(0, 0, 1));
				}
			}
		}
		return scores;
	}

	private static void add(Map<String, Score> scores, String label, Score s) {
		scores.merge(label, s, Score::plus);
		scores.merge("all", s, Score::plus);
	}
}
