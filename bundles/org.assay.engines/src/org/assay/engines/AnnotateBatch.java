package org.assay.engines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.assay.core.CorpusException;
import org.assay.core.io.TextFiles;

/**
 * The files of one annotate run, handed out one at a time to its workers, and what became of
 * them: how many were done and written, and the failures. Thread-safe.
 */
final class AnnotateBatch {

	private final Path input;
	private final List<Path> files;
	/** How many files would become each document: a page and a text beside it may collide. */
	private final Map<String, Integer> ids = new HashMap<>();
	private final AtomicInteger next = new AtomicInteger();
	private final AtomicInteger done = new AtomicInteger();
	private final AtomicInteger written = new AtomicInteger();
	private final AtomicBoolean cancelled = new AtomicBoolean();
	private final List<CorpusException> failures;

	/**
	 * @param input    the folder the files are below
	 * @param files    the files to annotate
	 * @param failures what was found wrong before the run (symbolic links not followed)
	 */
	AnnotateBatch(Path input, List<Path> files, List<CorpusException> failures) {
		this.input = input;
		this.files = files;
		this.failures = Collections.synchronizedList(new ArrayList<>(failures));
		for (Path f : files) {
			ids.merge(TextFiles.documentId(relative(f)), 1, Integer::sum);
		}
	}

	/** The next file to annotate, or {@code null} when there is none left or the run is cancelled. */
	Path next() {
		if (cancelled.get()) {
			return null;
		}
		int i = next.getAndIncrement();
		return i < files.size() ? files.get(i) : null;
	}

	/** {@code file}'s path below the input, with '/' between folders. */
	String relative(Path file) {
		return input.relativize(file).toString().replace('\\', '/');
	}

	/** Whether {@code file} is a page that would become the same document as another file (the text beside it). */
	boolean collides(Path file) {
		String relative = relative(file);
		String id = TextFiles.documentId(relative);
		return !relative.equals(id) && ids.get(id) > 1;
	}

	/** Counts a file handed out as done, whatever became of it. */
	void done() {
		done.incrementAndGet();
	}

	/** Counts a document written to the corpus. */
	void written() {
		written.incrementAndGet();
	}

	/** Records a failure on a file. */
	void fail(CorpusException failure) {
		failures.add(failure);
	}

	/** Stops handing out files; the documents in flight are finished. */
	void cancel() {
		cancelled.set(true);
	}

	boolean isCancelled() {
		return cancelled.get();
	}

	int size() {
		return files.size();
	}

	int doneCount() {
		return done.get();
	}

	int writtenCount() {
		return written.get();
	}

	/** The failures so far, in the order they were recorded. */
	List<CorpusException> failures() {
		synchronized (failures) {
			return List.copyOf(failures);
		}
	}
}
