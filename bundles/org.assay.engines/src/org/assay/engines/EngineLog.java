package org.assay.engines;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.assay.core.corpus.Corpus;

/**
 * Where the details of engine failures go: one log file per run in the corpus folder
 * ({@code .assay-logs/annotate-<time>.log}, ignored by git), so that users get one line on
 * the terminal and the stack trace is kept for whoever fixes the engine.
 */
public final class EngineLog {

	private final Path file;

	/** A log for a run that starts now, in {@code corpus}. */
	public EngineLog(Corpus corpus) {
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
		this.file = corpus.root().resolve(Corpus.LOGS).resolve("annotate-" + stamp + ".log");
	}

	/** The log file (created on the first entry). */
	public Path file() {
		return file;
	}

	/** Appends what an engine threw on a document, with its stack trace. */
	public synchronized void record(String document, DocumentAnnotator.Failure failure) {
		StringWriter trace = new StringWriter();
		failure.error().printStackTrace(new PrintWriter(trace));
		String entry = LocalDateTime.now() + " " + document + ": engine " + failure.engine() + " failed\n" + trace + "\n";
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			// the terminal line still names the document, the engine and the reason
		}
	}
}
