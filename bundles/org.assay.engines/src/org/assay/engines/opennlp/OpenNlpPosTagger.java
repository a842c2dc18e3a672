package org.assay.engines.opennlp;

import java.io.IOException;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.engines.internal.GreedyDecoder;
import org.assay.engines.internal.OpenNlpModels;
import org.assay.type.Sentence;
import org.assay.type.Token;

import opennlp.tools.postag.POSModel;

/**
 * Universal Dependencies part-of-speech tags (UPOS) with OpenNLP's English UD model, decoded
 * greedily ({@link GreedyDecoder}: the model's best tag the tag dictionary allows, token by
 * token, where OpenNLP's {@code POSTaggerME} searches a beam of three).
 */
@TypeCapability(inputs = { "org.assay.type.Sentence", "org.assay.type.Token" }, outputs = { "org.assay.type.Token:pos" })
public class OpenNlpPosTagger extends JCasAnnotator_ImplBase {

	/**
	 * Longest stretch of tokens tagged as one sequence; longer "sentences" (tables, lists without
	 * stops) are tagged in stretches of this many, because each step looks at the tags before it
	 * and so costs more the longer the sequence. News sentences are shorter.
	 */
	public static final String PARAM_MAX_SEQUENCE = "maxSequence";
	@ConfigurationParameter(name = PARAM_MAX_SEQUENCE, defaultValue = "150")
	private int maxSequence;

	/** Where a POS model keeps its token classifier. */
	private static final String POS_MODEL_ENTRY = "pos.model";

	private GreedyDecoder tagger;

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		try {
			POSModel model = OpenNlpModels.pos();
			tagger = new GreedyDecoder(model.getArtifact(POS_MODEL_ENTRY), model.getFactory().getPOSContextGenerator(0),
					model.getFactory().getSequenceValidator());
		} catch (IOException e) {
			throw new ResourceInitializationException(e);
		}
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		for (Sentence sentence : jcas.select(Sentence.class)) {
			List<Token> tokens = jcas.select(Token.class).coveredBy(sentence).asList();
			for (int from = 0; from < tokens.size(); from += maxSequence) {
				int to = Math.min(tokens.size(), from + maxSequence);
				String[] words = new String[to - from];
				for (int i = 0; i < words.length; i++) {
					words[i] = tokens.get(from + i).getCoveredText();
				}
				String[] tags = tagger.decode(words, new double[words.length], null);
				for (int i = 0; i < words.length; i++) {
					tokens.get(from + i).setPos(tags[i]);
				}
			}
		}
	}
}
