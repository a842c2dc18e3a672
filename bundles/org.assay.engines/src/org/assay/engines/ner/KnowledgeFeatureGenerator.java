package org.assay.engines.ner;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/** Emits the Assay knowledge features carried by an encoded token ({@link NameTokens}). */
final class KnowledgeFeatureGenerator implements AdaptiveFeatureGenerator {

	@Override
	public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
		String f = NameTokens.features(tokens[index]);
		int start = 0;
		while (start < f.length()) {
			int end = f.indexOf(' ', start);
			if (end < 0) {
				end = f.length();
			}
			if (end > start) {
				features.add("k=" + f.substring(start, end));
			}
			start = end + 1;
		}
	}
}
