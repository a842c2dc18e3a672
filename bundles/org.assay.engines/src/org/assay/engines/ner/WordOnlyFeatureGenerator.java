package org.assay.engines.ner;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Gives one of OpenNLP's feature generators the words of encoded tokens ({@link NameTokens}),
 * so that its features are exactly those it makes on plain text.
 */
final class WordOnlyFeatureGenerator implements AdaptiveFeatureGenerator {

	private final AdaptiveFeatureGenerator inner;
	private String[] lastTokens;
	private String[] lastWords;

	WordOnlyFeatureGenerator(AdaptiveFeatureGenerator inner) {
		this.inner = inner;
	}

	private String[] words(String[] tokens) {
		if (tokens != lastTokens) {
			String[] words = new String[tokens.length];
			for (int i = 0; i < tokens.length; i++) {
				words[i] = NameTokens.word(tokens[i]);
			}
			lastTokens = tokens;
			lastWords = words;
		}
		return lastWords;
	}

	@Override
	public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
		inner.createFeatures(features, words(tokens), index, previousOutcomes);
	}

	@Override
	public void updateAdaptiveData(String[] tokens, String[] outcomes) {
		inner.updateAdaptiveData(words(tokens), outcomes);
	}

	@Override
	public void clearAdaptiveData() {
		inner.clearAdaptiveData();
	}
}
