package org.assay.core.formats.jsonl;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.formats.DocumentSink;
import org.assay.core.formats.ImportReader;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports a JSON Lines file in the export schema ({@link JsonlWriter}), one document a line. A
 * line that is not UTF-8, not JSON or not a valid record is reported with its number and the
 * others are imported. Progress follows the bytes read.
 */
public final class JsonlReader implements ImportReader {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int KIB = 1024;

	@Override
	public void read(Path file, DocumentSink sink, SubMonitor progress) throws CorpusException {
		// line by line as bytes: one line that is not UTF-8 is reported with its number, the
		// others are still imported (a reader decoding the whole file stopped at the first bad byte)
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			progress.setWorkRemaining((int) Math.min(Integer.MAX_VALUE, Files.size(file) / KIB + 1));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			long offset = 0;
			long counted = 0;
			int lineNo = 0;
			boolean more = true;
			while (more) {
				int b = in.read();
				offset++;
				if (b != -1 && b != '\n') {
					bytes.write(b);
					continue;
				}
				more = b != -1;
				if (!more && bytes.size() == 0) {
					break;
				}
				lineNo++;
				progress.split((int) (offset / KIB - counted / KIB));
				counted = offset;
				byte[] raw = bytes.toByteArray();
				bytes.reset();
				String line;
				try {
					line = utf8.decode(ByteBuffer.wrap(raw)).toString();
				} catch (CharacterCodingException e) {
					sink.failed(new CorpusException(file, "line " + lineNo + ": is not valid UTF-8; the line was skipped"));
					continue;
				}
				if (!line.isBlank()) {
					progress.subTask("line " + lineNo);
					importLine(file, lineNo, line, sink);
				}
			}
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	private static void importLine(Path file, int lineNo, String line, DocumentSink sink) {
		String where = "line " + lineNo;
		try {
			JCas jcas = AssayTypeSystem.newJCas();
			String id = JsonlRecord.read(JSON.readTree(line), jcas);
			sink.add(file, where, id, jcas);
		} catch (JsonProcessingException e) {
			sink.failed(new CorpusException(file, where + ": not valid JSON: " + e.getOriginalMessage()));
		} catch (IllegalArgumentException e) {
			sink.failed(new CorpusException(file, where + ": " + e.getMessage()));
		} catch (CorpusException e) {
			sink.failed(file.equals(e.file()) ? new CorpusException(file, where + ": " + e.problem(), e) : e);
		} catch (RuntimeException e) {
			sink.failed(CorpusException.unforeseen(file, where + ": could not be imported", e));
		}
	}
}
