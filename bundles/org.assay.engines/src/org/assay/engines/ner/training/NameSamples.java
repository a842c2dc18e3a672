package org.assay.engines.ner.training;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.assay.engines.dates.DateRecognizer;
import org.assay.engines.ner.EntityRecognizer;
import org.assay.engines.ner.NameKnowledge;
import org.assay.engines.opennlp.OpenNlpPosTagger;
import org.assay.engines.pipeline.EngineFactory;
import org.assay.type.Sentence;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Turns gold documents into OpenNLP name samples: with Assay's knowledge features (the text is
 * tagged, dates and the rule recogniser's names are found, exactly as at recognition time), or
 * plain words for a default OpenNLP model to compare against.
 */
public final class NameSamples {

	private final AnalysisEngine pos;
	private final AnalysisEngine dates;
	private final AnalysisEngine rules;
	private final JCas jcas;

	/** Creates the engines the features need. */
	public NameSamples() throws ResourceInitializationException {
		TypeSystemDescription ts = AssayTypeSystem.description();
		pos = EngineFactory.create(createEngineDescription(OpenNlpPosTagger.class, ts));
		dates = EngineFactory.create(createEngineDescription(DateRecognizer.class, ts));
		rules = EngineFactory.create(createEngineDescription(EntityRecognizer.class, ts));
		jcas = pos.newJCas();
	}

	/** Plain samples: the gold words and names, one sample per sentence. */
	public static List<NameSample> plain(List<ConllDocuments.Document> documents) {
		List<NameSample> samples = new ArrayList<>();
		for (ConllDocuments.Document d : documents) {
			boolean first = true;
			for (ConllDocuments.Sentence s : d.sentences()) {
				samples.add(new NameSample(s.words(), spans(s), first));
				first = false;
			}
		}
		return samples;
	}

	/** Samples whose tokens carry Assay's knowledge features. */
	public List<NameSample> withKnowledge(List<ConllDocuments.Document> documents) throws AnalysisEngineProcessException {
		List<NameSample> samples = new ArrayList<>();
		for (ConllDocuments.Document d : documents) {
			String[][] encoded = encode(d);
			for (int s = 0; s < d.sentences().size(); s++) {
				samples.add(new NameSample(encoded[s], spans(d.sentences().get(s)), s == 0));
			}
		}
		return samples;
	}

	/** The document's sentences as encoded tokens, one array per sentence. */
	public String[][] encode(ConllDocuments.Document d) throws AnalysisEngineProcessException {
		jcas.reset();
		StringBuilder text = new StringBuilder();
		List<int[]> tokenSpans = new ArrayList<>();
		List<int[]> sentenceSpans = new ArrayList<>();
		for (ConllDocuments.Sentence s : d.sentences()) {
			int sentenceBegin = text.length();
			for (String w : s.words()) {
				if (text.length() > sentenceBegin) {
					text.append(' ');
				}
				tokenSpans.add(new int[] { text.length(), text.length() + w.length() });
				text.append(w);
			}
			sentenceSpans.add(new int[] { sentenceBegin, text.length() });
			text.append('\n');
		}
		jcas.setDocumentText(text.toString());
		for (int[] s : sentenceSpans) {
			new Sentence(jcas, s[0], s[1]).addToIndexes();
		}
		for (int[] t : tokenSpans) {
			new Token(jcas, t[0], t[1]).addToIndexes();
		}
		pos.process(jcas);
		dates.process(jcas);
		rules.process(jcas);
		NameKnowledge input = NameKnowledge.of(jcas);
		String[][] encoded = new String[d.sentences().size()][];
		int token = 0;
		for (int s = 0; s < encoded.length; s++) {
			int n = d.sentences().get(s).words().length;
			encoded[s] = input.tokens(token, token + n - 1);
			token += n;
		}
		return encoded;
	}

	private static Span[] spans(ConllDocuments.Sentence s) {
		return s.names().stream().map(n -> new Span(n.begin(), n.end(), n.label())).toArray(Span[]::new);
	}
}
