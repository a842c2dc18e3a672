package org.assay.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The engines' production sources as the structure tests read them: each file with its code
 * and comments blanked out (line breaks kept, so that positions still give line numbers).
 */
public final class EngineSources {

	/** Where the production sources are, seen from the bundle folder the tests run in. */
	private static final Path SOURCES = Path.of("src");

	/**
	 * One source file.
	 *
	 * @param file the file, relative to the bundle
	 * @param code its text with comments blanked (string and character literals kept)
	 */
	public record Source(Path file, String code) {

		/** The line of character {@code offset}, counted from 1. */
		public int line(int offset) {
			return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		}

		/** The file's name and the line of {@code offset}: "QuantityRecognizer.java:92". */
		public String at(int offset) {
			return file.getFileName() + ":" + line(offset);
		}
	}

	private EngineSources() {
	}

	/** Every {@code .java} file below {@code src/}, in path order. */
	public static List<Source> production() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().map(EngineSources::read).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Source read(Path file) {
		try {
			return new Source(file, withoutComments(Files.readString(file)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code java} with every comment replaced by spaces (line breaks kept); literals are left as they are. */
	public static String withoutComments(String java) {
		StringBuilder b = new StringBuilder(java.length());
		int i = 0;
		while (i < java.length()) {
			char c = java.charAt(i);
			if (java.startsWith("//", i) || java.startsWith("/*", i)) {
				int end = java.startsWith("//", i) ? java.indexOf('\n', i) : java.indexOf("*/", i + 2) + 2;
				end = end < i ? java.length() : end;
				for (int k = i; k < end; k++) {
					b.append(java.charAt(k) == '\n' ? '\n' : ' ');
				}
				i = end;
			} else if (c == '"' || c == '\'') {
				int end = literalEnd(java, i);
				b.append(java, i, end);
				i = end;
			} else {
				b.append(c);
				i++;
			}
		}
		return b.toString();
	}

	/** The index after the string, text block or character literal that starts at {@code start}. */
	static int literalEnd(String java, int start) {
		if (java.startsWith("\"\"\"", start)) {
			int end = java.indexOf("\"\"\"", start + 3);
			return end < 0 ? java.length() : end + 3;
		}
		char quote = java.charAt(start);
		int i = start + 1;
		while (i < java.length() && java.charAt(i) != quote) {
			i += java.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(java.length(), i + 1);
	}
}
