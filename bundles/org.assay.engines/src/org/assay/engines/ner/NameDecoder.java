package org.assay.engines.ner;

import java.util.ArrayList;
import java.util.List;

import org.assay.engines.internal.GreedyDecoder;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;

/**
 * Finds names with an OpenNLP name model, left to right, asking the model only about tokens that
 * can be part of a name. OpenNLP's {@link NameFinderME} scores every token of a sentence for each
 * of three beam candidates; Assay's model is a token classifier trained on gold previous
 * outcomes, so it is decoded greedily (the best valid outcome per token, as in training), and a
 * token is given to the model only if it can start or continue a name: it holds a capital letter
 * or a digit, it carries knowledge (a gazetteer entry, a cue word, a rule name), or the token
 * before it is inside a name. Every other token (most of running text: lower-case words and
 * punctuation after a non-name) is outside a name without asking. Its features are the model's
 * own ({@link TokenNameFinderModel#getFactory()}), so this finds what the model was trained to
 * find, at a fraction of the cost. Not thread-safe: one per thread, like {@link NameFinderME}.
 */
public final class NameDecoder {

	private final NameContextGenerator context;
	private final SequenceCodec<String> codec;
	private final GreedyDecoder decoder;

	/** A decoder for {@code model} (trained with a token classifier such as the perceptron). */
	public NameDecoder(TokenNameFinderModel model) {
		Object classifier = model.getArtifact("nameFinder.model");
		if (!(classifier instanceof MaxentModel m)) {
			throw new IllegalArgumentException("the name model is a sequence model, not a token classifier");
		}
		this.context = model.getFactory().createContextGenerator();
		this.codec = model.getFactory().createSequenceCodec();
		this.decoder = new GreedyDecoder(m, context, codec.createSequenceValidator());
	}

	/** Forgets what earlier sentences taught (call at the start of each document). */
	public void clearAdaptiveData() {
		context.clearAdaptiveData();
	}

	/**
	 * A name found, with the mean probability of its tokens' outcomes, and the model's second
	 * best labelling of it: the label of the runner-up outcome at the token where the model was
	 * least sure ("O" when that outcome is outside a name), with the mean probability of the
	 * runner-up outcomes of its tokens.
	 */
	public record Found(Span span, double probability, String runnerUp, double runnerUpProbability) {
	}

	/**
	 * The names in one sentence of encoded tokens ({@link NameTokens}), each with the mean
	 * probability of its tokens' outcomes as its probability.
	 */
	public Span[] find(String[] tokens) {
		return findScored(tokens).stream().map(f -> new Span(f.span(), f.probability())).toArray(Span[]::new);
	}

	/** The names in one sentence of encoded tokens, with their runner-ups. */
	public List<Found> findScored(String[] tokens) {
		double[] probabilities = new double[tokens.length];
		String[] runnerUps = new String[tokens.length];
		double[] runnerUpProbabilities = new double[tokens.length];
		String[] outcomes = decoder.decode(tokens, probabilities, runnerUps, runnerUpProbabilities,
				(i, before) -> !mayBeName(tokens[i]) && (i == 0 || NameFinderME.OTHER.equals(before[i - 1])) ? NameFinderME.OTHER
						: null);
		context.updateAdaptiveData(tokens, outcomes);
		Span[] names = codec.decode(List.of(outcomes));
		List<Found> out = new ArrayList<>(names.length);
		for (Span name : names) {
			double sum = 0;
			double runnerUpSum = 0;
			int leastSure = name.getStart();
			for (int i = name.getStart(); i < name.getEnd(); i++) {
				sum += probabilities[i];
				runnerUpSum += runnerUpProbabilities[i];
				if (probabilities[i] - runnerUpProbabilities[i] < probabilities[leastSure] - runnerUpProbabilities[leastSure]) {
					leastSure = i;
				}
			}
			out.add(new Found(name, sum / name.length(), label(runnerUps[leastSure]), runnerUpSum / name.length()));
		}
		return out;
	}

	/** The label of an outcome ("PERSON-start" → PERSON), "O" outside a name, null for none. */
	private static String label(String outcome) {
		if (outcome == null) {
			return null;
		}
		if (outcome.equals(NameFinderME.OTHER)) {
			return "O";
		}
		int dash = outcome.lastIndexOf('-');
		return dash > 0 ? outcome.substring(0, dash) : outcome;
	}

	/** Whether an encoded token can be (part of) a name by its own look or Assay's knowledge. */
	static boolean mayBeName(String token) {
		String word = NameTokens.word(token);
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Character.isUpperCase(c) || Character.isDigit(c)) {
				return true;
			}
		}
		return NameTokens.hasKnowledge(token);
	}
}
