package org.assay.engines.ner;

import java.util.Map;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The feature generation of Assay's name models: OpenNLP's default features on the words, plus
 * the knowledge features Assay attaches to each token ({@link NameKnowledge}) in a window of two
 * tokens each side. A model records this factory's class name, so it must stay loadable (and
 * keep its features) for models to keep working: change the features only with a new model.
 */
public class AssayNameFinderFactory extends TokenNameFinderFactory {

	/** Used by OpenNLP when it loads a model that names this factory. */
	public AssayNameFinderFactory() {
		super();
	}

	@Override
	public AdaptiveFeatureGenerator createFeatureGenerators() {
		return new CachedFeatureGenerator(
				new WordOnlyFeatureGenerator(new WindowFeatureGenerator(new TokenFeatureGenerator(), 2, 2)),
				new WordOnlyFeatureGenerator(new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2)),
				new OutcomePriorFeatureGenerator(),
				new WordOnlyFeatureGenerator(new PreviousMapFeatureGenerator()),
				new WordOnlyFeatureGenerator(new BigramNameFeatureGenerator()),
				new WordOnlyFeatureGenerator(new SentenceFeatureGenerator(true, false)),
				new WindowFeatureGenerator(new KnowledgeFeatureGenerator(), 2, 2));
	}

	/**
	 * The name model around a token classifier trained with this factory's features (what
	 * {@code NameFinderME.train} makes of it), for training code that runs OpenNLP's trainer itself.
	 */
	public TokenNameFinderModel model(MaxentModel classifier, Map<String, String> manifest) {
		return new TokenNameFinderModel("en", classifier, NameFinderME.DEFAULT_BEAM_SIZE, getFeatureGenerator(),
				getResources(), manifest, getSequenceCodec(), this);
	}
}
