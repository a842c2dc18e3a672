package org.assay.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.assay.core.CorpusException;

/** Reads an article: UTF-8 text, not empty, not binary. A UTF-8 byte order mark is dropped. */
public final class TextFiles {

	/** Articles larger than this are refused rather than exhausting memory. */
	public static final long MAX_BYTES = 64L * 1024 * 1024;

	private TextFiles() {
	}

	/** Reads a text file, refusing empty, binary, oversized and non-UTF-8 files with the reason. */
	public static String read(Path file) throws CorpusException {
		return decode(file, bytes(file));
	}

	/** A file's bytes, refusing folders, missing and oversized files with the reason. */
	public static byte[] bytes(Path file) throws CorpusException {
		byte[] bytes;
		try {
			if (Files.isDirectory(file)) {
				throw new CorpusException(file, "is a folder, not a text file");
			}
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new CorpusException(file, "is too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new CorpusException(file, "does not exist");
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
		}
		return bytes;
	}

	/**
	 * The article text of a file's bytes: a page saved as HTML ({@code .html}, {@code .htm}) gives
	 * its extracted article ({@link HtmlArticles}), any other file its text as {@link #decode}
	 * checks it.
	 *
	 * @throws CorpusException for a page with no recognisable article, or a text {@link #decode} refuses
	 */
	public static String articleText(Path file, byte[] bytes) throws CorpusException {
		if (!HtmlArticles.isHtml(file.getFileName().toString())) {
			return decode(file, bytes);
		}
		if (bytes.length > MAX_BYTES) {
			throw new CorpusException(file, "is too large (" + bytes.length + " bytes; the limit is " + MAX_BYTES + ")");
		}
		return HtmlArticles.extract(bytes).map(HtmlArticles.Article::text)
				.orElseThrow(() -> new CorpusException(file, "holds no recognisable article (less than " + HtmlArticles.MIN_CHARS
						+ " characters of prose outside navigation, link lists and page furniture); not annotated"));
	}

	/** The corpus id of an input file: its path below the input, a page's extension replaced by .txt. */
	public static String documentId(String relativePath) {
		if (HtmlArticles.isHtml(relativePath)) {
			return relativePath.substring(0, relativePath.lastIndexOf('.')) + ".txt";
		}
		return relativePath;
	}

	/**
	 * The text of a file's bytes, read by someone else (a Spark job reading from HDFS or S3): the
	 * same checks as {@link #read}, with {@code file} naming it in the messages.
	 */
	public static String decode(Path file, byte[] bytes) throws CorpusException {
		if (bytes.length > MAX_BYTES) {
			throw new CorpusException(file, "is too large (" + bytes.length + " bytes; the limit is " + MAX_BYTES + ")");
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		if (bytes.length - start == 0) {
			throw new CorpusException(file, "is empty");
		}
		int controls = 0;
		for (int i = start; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				throw new CorpusException(file, "is a binary file (NUL byte at offset " + i + "), not text");
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				controls++;
			}
		}
		if (controls > 8 && controls * 20 > bytes.length) {
			throw new CorpusException(file, "is a binary file (" + controls + " control bytes), not text");
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			CharBuffer chars = decoder.decode(in);
			String text = chars.toString();
			if (text.isBlank()) {
				throw new CorpusException(file, "contains only white space");
			}
			return text;
		} catch (MalformedInputException e) {
			throw new CorpusException(file, "is not valid UTF-8 (bad byte at offset " + firstBadByte(bytes, start) + ")");
		} catch (CharacterCodingException e) {
			throw new CorpusException(file, "is not valid UTF-8");
		}
	}

	private static int firstBadByte(byte[] bytes, int start) {
		CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		d.decode(in, out, true);
		return in.position();
	}
}
