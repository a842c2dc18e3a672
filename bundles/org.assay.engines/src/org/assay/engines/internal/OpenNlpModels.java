package org.assay.engines.internal;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models, copied into this bundle at build time from the
 * {@code org.apache.opennlp:opennlp-models-*-en} Maven artifacts. Each model is read once and
 * shared: OpenNLP models are immutable and thread-safe, only the *ME taggers are not.
 */
public final class OpenNlpModels {

	private static final String BASE = "/org/assay/engines/models/";
	public static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
	public static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
	public static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	private static volatile SentenceModel sentenceModel;
	private static volatile TokenizerModel tokenizerModel;
	private static volatile POSModel posModel;

	private OpenNlpModels() {
	}

	public static SentenceModel sentence() throws IOException {
		if (sentenceModel == null) {
			synchronized (OpenNlpModels.class) {
				if (sentenceModel == null) {
					try (InputStream in = open(SENTENCE)) {
						sentenceModel = new SentenceModel(in);
					}
				}
			}
		}
		return sentenceModel;
	}

	public static TokenizerModel tokenizer() throws IOException {
		if (tokenizerModel == null) {
			synchronized (OpenNlpModels.class) {
				if (tokenizerModel == null) {
					try (InputStream in = open(TOKENS)) {
						tokenizerModel = new TokenizerModel(in);
					}
				}
			}
		}
		return tokenizerModel;
	}

	public static POSModel pos() throws IOException {
		if (posModel == null) {
			synchronized (OpenNlpModels.class) {
				if (posModel == null) {
					try (InputStream in = open(POS)) {
						posModel = new POSModel(in);
					}
				}
			}
		}
		return posModel;
	}

	private static InputStream open(String name) throws IOException {
		InputStream in = OpenNlpModels.class.getResourceAsStream(BASE + name);
		if (in == null) {
			throw new IOException("OpenNLP model " + name + " is missing from bundle org.assay.engines ("
					+ BASE + "); rebuild with ./mvnw package");
		}
		return in;
	}
}
