package org.assay.engines.internal;

import java.io.IOException;
import java.io.InputStream;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models: sentences, tokens and POS copied into this bundle at build time
 * from the {@code org.apache.opennlp:opennlp-models-*-en} Maven artifacts, and Assay's own name
 * model ({@code ner/assay-names-en.bin}, trained by {@code assay model train} on the openly
 * licensed data credited in {@code ner/NOTICE}). Each model is read once and shared: OpenNLP
 * models are immutable and thread-safe, only the *ME taggers and the decoders are not.
 */
public final class OpenNlpModels {

	private static final String BASE = "/org/assay/engines/models/";
	public static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
	public static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
	public static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
	/** Assay's name model, in the {@code ner} package next to its credit. */
	public static final String NAMES = "/org/assay/engines/ner/assay-names-en.bin";

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
	private static final Lazy<TokenNameFinderModel> NAME_MODEL = new Lazy<>(NAMES, TokenNameFinderModel::new);

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

	/** Assay's statistical name model (PERSON, ORGANIZATION, LOCATION; knowledge features). */
	public static TokenNameFinderModel names() throws IOException {
		return NAME_MODEL.get();
	}

	private static InputStream open(String name) throws IOException {
		String path = name.startsWith("/") ? name : BASE + name;
		InputStream in = OpenNlpModels.class.getResourceAsStream(path);
		if (in == null) {
			throw new IOException("The model " + path + " is missing from bundle org.assay.engines; rebuild with ./mvnw package"
					+ (name.equals(NAMES) ? " (the name model is trained with 'assay model train', see the README)" : ""));
		}
		return in;
	}
}
