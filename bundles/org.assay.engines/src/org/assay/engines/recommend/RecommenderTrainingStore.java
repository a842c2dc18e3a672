package org.assay.engines.recommend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.io.AtomicFileWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The corpus's {@code .assay-models/} folder: {@code <recommender>.bin} per trained model and
 * {@code recommenders.json} with their state. Derived data: deleting the folder loses nothing
 * that training cannot make again. Every write goes to a temporary file renamed into place.
 */
public final class RecommenderTrainingStore {

	/** The state file inside the models folder. */
	public static final String STATE = "recommenders.json";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private RecommenderTrainingStore() {
	}

	/** The state of the last training (empty when the corpus was never trained). */
	public static RecommenderState readState(Corpus corpus) throws CorpusException {
		Path file = corpus.modelsFolder().resolve(STATE);
		if (!Files.exists(file)) {
			return new RecommenderState();
		}
		try {
			return JSON.readValue(file.toFile(), RecommenderState.class);
		} catch (JsonProcessingException e) {
			throw new CorpusException(file, "is not valid JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage()
					+ "; delete it and train again");
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	static void writeState(Corpus corpus, RecommenderState state) throws CorpusException {
		createFolder(corpus);
		AtomicFileWriter.write(corpus.modelsFolder().resolve(STATE), out -> JSON.writeValue(out, state));
	}

	static void writeModel(Corpus corpus, String name, byte[] model) throws CorpusException {
		createFolder(corpus);
		AtomicFileWriter.write(corpus.modelsFolder().resolve(name + ".bin"), out -> out.write(model));
	}

	/** The model of recommender {@code name}, or {@code null} when it has none. */
	public static byte[] readModel(Corpus corpus, String name) throws CorpusException {
		Path file = corpus.modelsFolder().resolve(name + ".bin");
		if (!Files.exists(file)) {
			return null;
		}
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	static void deleteModel(Corpus corpus, String name) throws CorpusException {
		Path file = corpus.modelsFolder().resolve(name + ".bin");
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be deleted: " + e.getMessage(), e);
		}
	}

	private static void createFolder(Corpus corpus) throws CorpusException {
		try {
			Files.createDirectories(corpus.modelsFolder());
		} catch (IOException e) {
			throw new CorpusException(corpus.modelsFolder(), "cannot be created: " + e.getMessage(), e);
		}
	}
}
