package org.assay.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.assay.core.CorpusException;
import org.assay.core.io.AtomicFileWriter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What travels with one layer of one document ({@code annotations/<id>/<layer>.json}, beside the
 * layer's XMI): its review state, who holds it and since when, the active editing time spent on
 * it, how its suggestions were decided, and the digests that anchor it — of the exact text it
 * annotates and of the XMI as it was written. Only the person the layer belongs to writes it, so
 * two people's records never touch one file and git merges them by construction.
 *
 * <p>A write of a layer is three renames: the record with the new XMI's digest as
 * {@link #pendingXmiSha256}, the XMI, then the record without it. A reader accepts the XMI when
 * its digest is either; any other XMI was changed outside Assay (or damaged) and is reported
 * instead of being read as if nothing had happened.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder(alphabetic = true)
public final class LayerRecord {

	/** File name extension of a record. */
	public static final String EXTENSION = ".json";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	/** NEW, IN_PROGRESS, FINISHED or CURATED. */
	public String state;
	/** The annotator id of the person who holds the layer (for the curated layer: its curator). */
	public String by;
	/** When the layer was last written (ISO-8601 instant). */
	public String changedAt;
	/** When the state was last set. */
	public String stateChangedAt;
	/** When the document was handed to this person ("Next Document"); null when opened directly. */
	public String takenAt;
	/** Seconds of active editing spent on the layer, summed over every session. */
	public long activeSeconds;
	/** SHA-256 of the text the layer annotates, as stored under {@code texts/}. */
	public String textSha256;
	/** SHA-256 of the layer's XMI file as written. */
	public String xmiSha256;
	/** SHA-256 of an XMI being written: set only between the two renames of a write. */
	public String pendingXmiSha256;
	/** How the layer's suggestions were decided, when it was written. */
	public Decisions decisions;

	/** Counts of the layer's annotations by review status when it was written. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_DEFAULT)
	@JsonPropertyOrder(alphabetic = true)
	public static final class Decisions {
		public int accepted;
		public int corrected;
		public int rejected;
		public int manual;
		/** Suggestions nobody has decided yet. */
		public int open;
	}

	/** The state, NEW when none is recorded or it is not one Assay knows. */
	public DocumentState state() {
		DocumentState s = state == null ? null : DocumentState.parse(state);
		return s == null ? DocumentState.NEW : s;
	}

	/** Reads the record at {@code file}; empty when there is none. */
	public static Optional<LayerRecord> read(Path file) throws CorpusException {
		try (InputStream in = Files.newInputStream(file)) {
			LayerRecord record = JSON.readValue(in, LayerRecord.class);
			if (record == null) {
				throw new CorpusException(file, "holds no layer record (it is empty or null)");
			}
			if (record.state != null && DocumentState.parse(record.state) == null) {
				throw new CorpusException(file, "gives the unknown state \"" + record.state + "\"; expected one of " + DocumentState.names());
			}
			return Optional.of(record);
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (JsonProcessingException e) {
			throw new CorpusException(file, "is not a valid layer record (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(), e);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	/** The record at {@code file}, or empty when it is missing or unreadable (for listings that go on). */
	public static Optional<LayerRecord> readQuietly(Path file) {
		try {
			return read(file);
		} catch (CorpusException e) {
			return Optional.empty();
		}
	}

	/** Writes the record atomically. */
	public void write(Path file) throws CorpusException {
		AtomicFileWriter.write(file, out -> {
			out.write(JSON.writeValueAsBytes(this));
			out.write('\n');
		});
	}

	/** A copy of this record. */
	public LayerRecord copy() {
		return JSON.convertValue(this, LayerRecord.class);
	}

	/** SHA-256 of a file's bytes, in hex. */
	public static String sha256(Path file) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** SHA-256 of bytes, in hex. */
	public static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
