package org.assay.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.assay.core.CorpusException;
import org.assay.core.io.AtomicFileWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The manifest file, {@code assay.json}: read and checked (every id, layer and state in it
 * valid, or the file is refused naming what is wrong), and written atomically.
 */
final class ManifestFile {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private ManifestFile() {
	}

	/**
	 * Reads and checks the manifest in {@code file}.
	 *
	 * @throws CorpusException naming the file and what is wrong with it
	 */
	static Manifest read(Path file) throws CorpusException {
		try {
			return check(file, parse(file));
		} catch (JsonProcessingException e) {
			throw new CorpusException(file, "is not valid JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage());
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	/** Writes {@code manifest} to {@code file} atomically. */
	static void write(Path file, Manifest manifest) throws CorpusException {
		AtomicFileWriter.write(file, out -> JSON.writeValue(out, manifest));
	}

	private static Manifest parse(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return JSON.readValue(in, Manifest.class);
		}
	}

	private static Manifest check(Path file, Manifest m) throws CorpusException {
		if (m == null) {
			throw new CorpusException(file, "holds no manifest (it is empty or null)");
		}
		if (!Manifest.FORMAT.equals(m.format)) {
			throw new CorpusException(file, "is not an Assay corpus manifest (format is " + m.format + ")");
		}
		if (m.formatVersion > Manifest.FORMAT_VERSION) {
			throw new CorpusException(file, "was written by a newer Assay (format version " + m.formatVersion + ")");
		}
		m.tagset = m.tagset == null ? new ArrayList<>(Manifest.DEFAULT_TAGSET) : new ArrayList<>(m.tagset);
		m.annotators = m.annotators == null ? new ArrayList<>() : new ArrayList<>(m.annotators);
		m.documents = m.documents == null ? new TreeMap<>() : new TreeMap<>(m.documents);
		for (Map.Entry<String, Map<String, String>> doc : m.documents.entrySet()) {
			String why = DocumentIds.problem(doc.getKey());
			if (why != null) {
				throw new CorpusException(file, "lists document " + DocumentIds.quote(doc.getKey()) + ", which " + why);
			}
			Map<String, String> states = doc.getValue() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(doc.getValue());
			doc.setValue(states);
			for (Map.Entry<String, String> layer : states.entrySet()) {
				if (!Corpus.isValidLayer(layer.getKey())) {
					throw new CorpusException(file, "lists layer " + DocumentIds.quote(layer.getKey()) + " of " + doc.getKey()
							+ ", which is not a valid layer id (letters, digits, '.', '_' and '-', at most 64)");
				}
				if (DocumentState.parse(layer.getValue()) == null) {
					throw new CorpusException(file, "gives " + doc.getKey() + " layer " + layer.getKey() + " the unknown state "
							+ DocumentIds.quote(String.valueOf(layer.getValue())) + "; expected one of " + DocumentState.names());
				}
			}
		}
		return m;
	}
}
