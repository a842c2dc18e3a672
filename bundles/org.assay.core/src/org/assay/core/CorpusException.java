package org.assay.core;

import java.nio.file.Path;

/**
 * A problem with one file of a corpus or its input, phrased for the user: which file, and what
 * is wrong with it. {@link #getMessage()} is one line, ready to print.
 */
public class CorpusException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final String problem;

	/** A problem with {@code file}, phrased for the user. */
	public CorpusException(Path file, String problem) {
		this(file, problem, null);
	}

	/** A problem with {@code file} caused by {@code cause} (kept for the log, not shown). */
	public CorpusException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
		this.problem = problem;
	}

	/**
	 * A failure no check foresaw, as one line naming the file: {@code problem} and, in brackets,
	 * what the exception says ("could not be imported (NullPointerException: why)").
	 */
	public static CorpusException unforeseen(Path file, String problem, Throwable e) {
		return new CorpusException(file, problem + " (" + describe(e) + ")", e);
	}

	/** "NullPointerException: why": an exception's kind and the first line of its message, no trace. */
	public static String describe(Throwable e) {
		String m = e.getMessage();
		return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
	}

	/** The file the problem is in. */
	public Path file() {
		return file;
	}

	/** What is wrong, without the file name. */
	public String problem() {
		return problem;
	}
}
