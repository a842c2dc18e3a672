package org.assay.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.io.AtomicFileWriter;
import org.assay.core.io.XmiFiles;
import org.assay.type.Reviewable;

/**
 * Writes a layer with its record ({@link LayerRecord}) so that no kill leaves them disagreeing
 * unnoticed: the record first names the digest of the XMI about to be written as pending, then
 * the XMI is renamed into place, then the record takes the digest as its own. The record also
 * takes what travels with the layer: its state and who holds it, when it changed, the digest of
 * the text it annotates and how its suggestions stand.
 */
final class LayerWriter {

	private LayerWriter() {
	}

	/**
	 * Writes {@code jcas} to {@code xmi} and its record to {@code record}.
	 *
	 * @param by who writes it (null: keep who the record names)
	 */
	static void write(Path xmi, Path record, Path text, JCas jcas, DocumentState state, String by) throws CorpusException {
		byte[] bytes = XmiFiles.serialize(jcas.getCas(), xmi);
		String digest = LayerRecord.sha256(bytes);
		Optional<LayerRecord> before = LayerRecord.read(record);
		LayerRecord next = before.map(LayerRecord::copy).orElseGet(LayerRecord::new);
		if (before.isPresent() && before.get().xmiSha256 != null && Files.exists(xmi)) {
			next.pendingXmiSha256 = digest;
			next.write(record);
		}
		AtomicFileWriter.write(xmi, out -> out.write(bytes));
		String now = Instant.now().toString();
		next.pendingXmiSha256 = null;
		next.xmiSha256 = digest;
		next.changedAt = now;
		if (before.isEmpty() || before.get().state() != state) {
			next.stateChangedAt = now;
		}
		next.state = state.name();
		if (by != null) {
			next.by = by;
		}
		next.textSha256 = textDigest(text, jcas);
		next.decisions = decisions(jcas);
		next.write(record);
	}

	/** Sets the state in a layer's record (and who set it), keeping the rest. */
	static void setState(Path record, DocumentState state, String by) throws CorpusException {
		LayerRecord next = LayerRecord.read(record).map(LayerRecord::copy).orElseGet(LayerRecord::new);
		String now = Instant.now().toString();
		if (next.state() != state || next.state == null) {
			next.stateChangedAt = now;
		}
		next.state = state.name();
		if (by != null) {
			next.by = by;
		}
		next.write(record);
	}

	private static String textDigest(Path text, JCas jcas) throws CorpusException {
		try {
			return Files.isRegularFile(text) ? LayerRecord.sha256(text) : LayerRecord.sha256(
					jcas.getDocumentText().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CorpusException(text, "cannot be read: " + e.getMessage(), e);
		}
	}

	/** How the layer's annotations stand: decided one way or another, or still open. */
	static LayerRecord.Decisions decisions(JCas jcas) {
		LayerRecord.Decisions d = new LayerRecord.Decisions();
		for (Reviewable r : jcas.select(Reviewable.class)) {
			String status = r.getStatus();
			if (status == null) {
				continue;
			}
			switch (status) {
			case "ACCEPTED" -> d.accepted++;
			case "CORRECTED" -> d.corrected++;
			case "REJECTED" -> d.rejected++;
			case "MANUAL" -> d.manual++;
			case "SUGGESTED" -> d.open++;
			default -> {
			}
			}
		}
		return d;
	}
}
