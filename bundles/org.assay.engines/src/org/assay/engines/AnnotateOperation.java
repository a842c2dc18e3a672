package org.assay.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.io.AtomicFileWriter;
import org.assay.core.io.HtmlArticles;
import org.assay.engines.pipeline.PipelineStep;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Pre-annotates every {@code .txt} file (and every news page saved as {@code .html}/{@code .htm},
 * whose extracted article becomes the text and whose HTML is kept under {@code originals/}) below
 * a folder into a corpus (engine layer), on N threads with one pipeline each. A file that cannot
 * be read is reported and skipped; the others are still processed and nothing already in the
 * corpus is damaged. An engine that fails
 * on a document costs it only that engine's output: the document is saved with what the other
 * engines found, and the failure is reported (file, engine, reason, the log with the trace).
 */
public final class AnnotateOperation implements CorpusOperation<AnnotateOperation.Result> {

	/**
	 * What happened.
	 *
	 * @param annotated documents written to the corpus (some perhaps with an engine's output missing)
	 * @param failures  files that could not be read or written, and engines that failed on a document
	 * @param tokens    tokens of the documents written
	 * @param seconds   how long it took
	 */
	public record Result(int annotated, List<CorpusException> failures, long tokens, double seconds) {
		/** Whether every file was annotated. */
		public boolean ok() {
			return failures.isEmpty();
		}
	}

	/** Makes a fresh pipeline, one per worker thread. */
	@FunctionalInterface
	public interface PipelineFactory {
		/** The pipeline's steps, in order. */
		List<PipelineStep> create() throws ResourceInitializationException;
	}

	private final Path input;
	private final Corpus corpus;
	private int threads = 1;
	private PipelineFactory pipeline;
	private long heap = Runtime.getRuntime().maxMemory();

	/** Pre-annotates the {@code .txt} files below {@code input} into {@code corpus}. */
	public AnnotateOperation(Path input, Corpus corpus) {
		this.input = input;
		this.corpus = corpus;
		this.pipeline = () -> AssayPipeline.steps(corpus);
	}

	/** The heap to plan with (default: the JVM's maximum); tests give a small one. */
	AnnotateOperation heap(long bytes) {
		this.heap = bytes;
		return this;
	}

	/** Pipelines to run in parallel (default 1). */
	public AnnotateOperation threads(int n) {
		if (n < 1) {
			throw new IllegalArgumentException("threads must be at least 1");
		}
		this.threads = n;
		return this;
	}

	/** The engines to run (default: {@link AssayPipeline#steps(Corpus)}, the corpus's recommenders included). */
	public AnnotateOperation pipeline(PipelineFactory factory) {
		this.pipeline = factory;
		return this;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	/**
	 * Runs the pipelines, one {@link AnnotateWorker} per thread. The monitor is used from the
	 * calling thread only: workers count what they finish, and a cancel stops them after the
	 * documents in flight (the manifest is saved).
	 */
	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		List<Path> files = listTexts();
		AtomicFileWriter.cleanStrayFiles(corpus.root());
		AnnotateBatch batch = new AnnotateBatch(input, files, listLinks());
		SubMonitor progress = SubMonitor.convert(monitor, "Pre-annotating " + files.size() + " document(s)", files.size());
		long start = System.nanoTime();
		EngineLog log = new EngineLog(corpus);
		MemoryBudget budget = new MemoryBudget(heap, threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "assay-annotate");
			t.setDaemon(true);
			return t;
		});
		long tokens;
		try {
			List<Future<Long>> workers = new ArrayList<>();
			for (int w = 0; w < threads; w++) {
				workers.add(pool.submit(new AnnotateWorker(batch, pipeline, corpus, log, budget)));
			}
			tokens = await(workers, batch, progress);
		} finally {
			pool.shutdownNow();
			corpus.save();
		}
		if (batch.isCancelled()) {
			throw new OperationCanceledException();
		}
		return new Result(batch.writtenCount(), batch.failures(), tokens, (System.nanoTime() - start) / 1e9);
	}

	/**
	 * Waits for the workers, moving the monitor as they finish documents and cancelling the batch
	 * when the monitor is cancelled.
	 *
	 * @return the tokens of the documents written
	 */
	private long await(List<Future<Long>> workers, AnnotateBatch batch, SubMonitor progress) throws CorpusException {
		long tokens = 0;
		int reported = 0;
		for (Future<Long> f : workers) {
			try {
				while (true) {
					try {
						tokens += f.get(200, TimeUnit.MILLISECONDS);
						break;
					} catch (TimeoutException e) {
						reported = report(progress, batch.doneCount(), reported, batch.size());
						if (progress.isCanceled()) {
							batch.cancel();
						}
					}
				}
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof ResourceInitializationException) {
					throw new CorpusException(input, "the pipeline cannot start: " + cause.getMessage(), cause);
				}
				throw new CorpusException(input, "annotation failed: " + cause, cause);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CorpusException(input, "annotation was interrupted");
			}
		}
		report(progress, batch.doneCount(), reported, batch.size());
		return tokens;
	}

	/** Moves the monitor to {@code done} documents; says so every 100. */
	private static int report(SubMonitor progress, int done, int reported, int total) {
		if (done > reported) {
			progress.worked(done - reported);
			if (done / 100 > reported / 100 || done == total) {
				progress.subTask("annotated " + done + "/" + total);
			}
		}
		return Math.max(done, reported);
	}

	/** The .txt symbolic links below the input, each reported as not followed. */
	private List<CorpusException> listLinks() {
		try (Stream<Path> walk = Files.walk(input)) {
			return walk.filter(p -> Files.isSymbolicLink(p) && isText(p))
					.map(p -> new CorpusException(p, "is a symbolic link; not followed (copy the file into the folder instead)")).toList();
		} catch (IOException | UncheckedIOException e) {
			return List.of();
		}
	}

	private List<Path> listTexts() throws CorpusException {
		if (!Files.isDirectory(input)) {
			throw new CorpusException(input, Files.exists(input) ? "is not a folder" : "does not exist");
		}
		try (Stream<Path> walk = Files.walk(input)) {
			// symbolic links are not followed: a link may lead anywhere (/etc/passwd)
			List<Path> files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isText(p)
					&& !p.toAbsolutePath().startsWith(corpus.root().toAbsolutePath()))
					.sorted().toList();
			if (files.isEmpty()) {
				throw new CorpusException(input, "contains no .txt or .html files");
			}
			return files;
		} catch (IOException e) {
			throw new CorpusException(input, "cannot be listed: " + e.getMessage(), e);
		}
	}

	/** A text or a news page saved as HTML, by its name. */
	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".txt") || HtmlArticles.isHtml(name);
	}
}
