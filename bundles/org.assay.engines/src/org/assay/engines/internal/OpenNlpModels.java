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

	/** Reads a model from a stream. */
	@FunctionalInterface
	private interface Reader<M> {
		M read(InputStream in) throws IOException;
	}

	/** A model read on first use and then shared. */
	private static final class Lazy<M> {
		private final String file;
		private final Reader<M> reader;
		private volatile M model;

		Lazy(String file, Reader<M> reader) {
			this.file = file;
			this.reader = reader;
		}

		M get() throws IOException {
			M m = model;
			if (m == null) {
				synchronized (this) {
					m = model;
					if (m == null) {
						try (InputStream in = open(file)) {
							m = reader.read(in);
						}
						model = m;
					}
				}
			}
			return m;
		}
	}

	private static final Lazy<SentenceModel> SENTENCE_MODEL = new Lazy<>(SENTENCE, SentenceModel::new);
	private static final Lazy<TokenizerModel> TOKENIZER_MODEL = new Lazy<>(TOKENS, TokenizerModel::new);
	private static final Lazy<POSModel> POS_MODEL = new Lazy<>(POS, POSModel::new);

	private OpenNlpModels() {
	}

	/** The English UD sentence model. */
	public static SentenceModel sentence() throws IOException {
		return SENTENCE_MODEL.get();
	}

	/** The English UD tokenizer model. */
	public static TokenizerModel tokenizer() throws IOException {
		return TOKENIZER_MODEL.get();
	}

	/** The English UD part-of-speech model. */
	public static POSModel pos() throws IOException {
		return POS_MODEL.get();
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
