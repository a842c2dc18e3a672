package org.assay.engines.internal;

import java.util.Arrays;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * Decodes a sequence with an OpenNLP token classifier left to right, taking at each token the
 * most probable outcome the sequence validator allows. OpenNLP's taggers search a beam of three
 * candidate sequences and so ask the model three times per token; its POS and name models are
 * token classifiers trained on gold previous outcomes, so the best outcome per token, as in
 * training, gives practically the same tags at a third of the cost (the tests and the README
 * give the agreement). A caller may also settle some tokens without asking the model
 * ({@link Settled}). Not thread-safe (the context generator may cache): one per thread.
 */
public final class GreedyDecoder {

	/** Settles a token without the model, or returns {@code null} to ask the model. */
	@FunctionalInterface
	public interface Settled {
		/**
		 * @param index    the token
		 * @param outcomes the outcomes of the tokens before it (later entries are stale)
		 */
		String outcome(int index, String[] outcomes);
	}

	private final MaxentModel model;
	private final BeamSearchContextGenerator<String> context;
	private final SequenceValidator<String> validator;
	private final String[] outcomeNames;

	/**
	 * @param model     the token classifier
	 * @param context   its feature generation
	 * @param validator which outcome may follow which (tag dictionary, BIO)
	 */
	public GreedyDecoder(MaxentModel model, BeamSearchContextGenerator<String> context, SequenceValidator<String> validator) {
		this.model = model;
		this.context = context;
		this.validator = validator;
		this.outcomeNames = new String[model.getNumOutcomes()];
		for (int o = 0; o < outcomeNames.length; o++) {
			outcomeNames[o] = model.getOutcome(o);
		}
	}

	/**
	 * The outcome of every token, with its probability in {@code probabilities} (1 for settled
	 * tokens); {@code settled} may be {@code null}.
	 */
	public String[] decode(String[] tokens, double[] probabilities, Settled settled) {
		return decode(tokens, probabilities, null, null, settled);
	}

	/**
	 * As {@link #decode(String[], double[], Settled)}, and for every token the second most
	 * probable outcome the validator allows there in {@code runnerUps} with its probability in {@code runnerUpProbabilities}
	 * ({@code null} and 0 for settled tokens); both arrays may be {@code null}.
	 */
	public String[] decode(String[] tokens, double[] probabilities, String[] runnerUps, double[] runnerUpProbabilities,
			Settled settled) {
		String[] outcomes = new String[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			String fixed = settled == null ? null : settled.outcome(i, outcomes);
			if (fixed != null) {
				outcomes[i] = fixed;
				probabilities[i] = 1;
				if (runnerUps != null) {
					runnerUps[i] = null;
					runnerUpProbabilities[i] = 0;
				}
				continue;
			}
			double[] p = model.eval(context.getContext(i, tokens, outcomes, null));
			int best = best(p, i, tokens, outcomes);
			outcomes[i] = outcomeNames[best];
			probabilities[i] = p[best];
			if (runnerUps != null) {
				int second = secondBest(p, best, i, tokens, outcomes);
				runnerUps[i] = second < 0 ? null : outcomeNames[second];
				runnerUpProbabilities[i] = second < 0 ? 0 : p[second];
			}
		}
		return outcomes;
	}

	/** The most probable outcome other than {@code best} that the validator allows there, or -1. */
	private int secondBest(double[] p, int best, int i, String[] tokens, String[] outcomes) {
		String[] before = Arrays.copyOf(outcomes, i);
		int second = -1;
		for (int o = 0; o < p.length; o++) {
			if (o != best && (second < 0 || p[o] > p[second]) && validator.validSequence(i, tokens, before, outcomeNames[o])) {
				second = o;
			}
		}
		return second;
	}

	/** The most probable outcome the validator allows (the most probable one if it allows none). */
	private int best(double[] p, int i, String[] tokens, String[] outcomes) {
		int top = 0;
		for (int o = 1; o < p.length; o++) {
			if (p[o] > p[top]) {
				top = o;
			}
		}
		String[] before = Arrays.copyOf(outcomes, i);
		if (validator.validSequence(i, tokens, before, outcomeNames[top])) {
			return top;
		}
		int best = -1;
		for (int o = 0; o < p.length; o++) {
			if (o != top && (best < 0 || p[o] > p[best]) && validator.validSequence(i, tokens, before, outcomeNames[o])) {
				best = o;
			}
		}
		return best < 0 ? top : best;
	}
}
