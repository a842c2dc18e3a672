package org.assay.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.io.TextFiles;
import org.assay.engines.pipeline.PipelineStep;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Pre-annotates every {@code .txt} file (and every news page saved as {@code .html}/{@code .htm},
 * whose extracted article becomes the text and whose HTML is kept under {@code originals/}) below a folder into a corpus (engine layer), on N
 * threads with one pipeline each. A file that cannot be read is reported and skipped; the
 * others are still processed and nothing already in the corpus is damaged. An engine that fails
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

	/** Pre-annotates the {@code .txt} files below {@code input} into {@code corpus}. */
	public AnnotateOperation(Path input, Corpus corpus) {
		this.input = input;
		this.corpus = corpus;
		this.pipeline = () -> AssayPipeline.steps(corpus);
	}

	/**
	 * Heap a pipeline needs per character of the document it annotates, measured with margin: a
	 * 4 MB article (730,593 tokens) annotates in a 400 MB heap and runs out of memory in 200 MB,
	 * the engines' models taking about 100 MB of it.
	 */
	static final long BYTES_PER_CHAR = 100;
	/** Heap taken by the engines' models and the rest of the run, whatever the documents. */
	static final long BASELINE_BYTES = 256L << 20;

	private long heap = Runtime.getRuntime().maxMemory();

	/** The heap to plan with (default: the JVM's maximum); tests give a small one. */
	AnnotateOperation heap(long bytes) {
		this.heap = bytes;
		return this;
	}

	/**
	 * The longest text annotated: every worker may hold one document at once, so a text longer than
	 * its share of the heap is reported instead of running out of memory minutes later and ending
	 * the whole run (a 60 MB text in the default 2 GB heap did).
	 */
	long maxChars() {
		return Math.max(0, (heap - BASELINE_BYTES) / threads / BYTES_PER_CHAR);
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

	/**
	 * Runs the pipelines. The monitor is used from the calling thread only: workers count what
	 * they finish, and a cancel stops them after the documents in flight (the manifest is saved).
	 */
	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		List<Path> files = listTexts();
		Map<String, Integer> ids = new HashMap<>(); // a page and a text that would be the same document
		for (Path f : files) {
			ids.merge(TextFiles.documentId(input.relativize(f).toString().replace('\\', '/')), 1, Integer::sum);
		}
		org.assay.core.io.AtomicFileWriter.cleanStrayFiles(corpus.root());
		List<CorpusException> links = listLinks();
		SubMonitor progress = SubMonitor.convert(monitor, "Pre-annotating " + files.size() + " document(s)", files.size());
		AtomicBoolean cancelled = new AtomicBoolean();
		long start = System.nanoTime();
		List<CorpusException> failures = Collections.synchronizedList(new ArrayList<>(links));
		EngineLog log = new EngineLog(corpus);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicInteger written = new AtomicInteger();
		long[] tokens = new long[threads];
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "assay-annotate");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < threads; w++) {
				int worker = w;
				workers.add(pool.submit(() -> {
					List<PipelineStep> steps = pipeline.create();
					DocumentAnnotator annotator = new DocumentAnnotator(steps);
					int i;
					while (!cancelled.get() && (i = next.getAndIncrement()) < files.size()) {
						Path file = files.get(i);
						String relative = input.relativize(file).toString().replace('\\', '/');
						String id = TextFiles.documentId(relative);
						try {
							if (!relative.equals(id) && ids.get(id) > 1) {
								failures.add(new CorpusException(file, "would be document " + id + ", as is the .txt file beside it; not annotated"
										+ " (rename one of them)"));
								done.incrementAndGet();
								continue;
							}
							byte[] bytes = TextFiles.bytes(file);
							String text = TextFiles.articleText(file, bytes);
							long most = maxChars();
							if (text.length() > most) {
								failures.add(new CorpusException(file, "is too long to annotate in the memory given to Assay (" + text.length()
										+ " characters; at most " + most + " with a " + (heap >> 20) + " MB heap and " + threads
										+ " thread(s)); split it, use fewer --threads, or give Assay more memory (ASSAY_JAVA_OPTS=-Xmx...)"));
								done.incrementAndGet();
								continue;
							}
							for (DocumentAnnotator.Failure f : annotator.annotate(id, text)) {
								log.record(file.toString(), f);
								failures.add(new CorpusException(file, "engine " + f.engine() + " failed (" + f.reason()
										+ "); saved with the other engines' output; details in " + log.file()));
							}
							JCas jcas = annotator.jcas();
							tokens[worker] += jcas.select(org.assay.type.Token.class).count();
							corpus.putText(id, text);
							if (!relative.equals(id)) { // the page as it was saved, beside the text extracted from it
								corpus.putOriginal(relative, bytes);
							}
							corpus.writeLayer(id, Corpus.ENGINE_LAYER, jcas, DocumentState.NEW);
							written.incrementAndGet();
						} catch (CorpusException e) {
							failures.add(e);
						} catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
							// one document's failure never ends the run: report it, start the engines afresh
							failures.add(new CorpusException(file, "could not be annotated: " + (e instanceof OutOfMemoryError
									? "it does not fit in the memory given to Assay (-Xmx); split it or give Assay more memory"
									: e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
							annotator = null;
							steps.forEach(s -> s.engine().destroy());
							steps = pipeline.create();
							annotator = new DocumentAnnotator(steps);
						}
						done.incrementAndGet();
					}
					steps.forEach(st -> st.engine().destroy());
					return null;
				}));
			}
			int reported = 0;
			for (Future<?> f : workers) {
				try {
					while (true) {
						try {
							f.get(200, TimeUnit.MILLISECONDS);
							break;
						} catch (TimeoutException e) {
							reported = report(progress, done.get(), reported, files.size());
							if (progress.isCanceled()) {
								cancelled.set(true);
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
			report(progress, done.get(), reported, files.size());
		} finally {
			pool.shutdownNow();
			corpus.save();
		}
		if (cancelled.get()) {
			throw new OperationCanceledException();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long totalTokens = 0;
		for (long t : tokens) {
			totalTokens += t;
		}
		int annotated = written.get();
		return new Result(annotated, List.copyOf(failures), totalTokens, seconds);
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
			return walk.filter(p -> Files.isSymbolicLink(p)
					&& (p.getFileName().toString().endsWith(".txt") || org.assay.core.io.HtmlArticles.isHtml(p.getFileName().toString())))
					.map(p -> new CorpusException(p, "is a symbolic link; not followed (copy the file into the folder instead)")).toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			return List.of();
		}
	}

	private List<Path> listTexts() throws CorpusException {
		if (!Files.isDirectory(input)) {
			throw new CorpusException(input, Files.exists(input) ? "is not a folder" : "does not exist");
		}
		try (Stream<Path> walk = Files.walk(input)) {
			// symbolic links are not followed: a link may lead anywhere (/etc/passwd)
			List<Path> files = walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
					&& (p.getFileName().toString().endsWith(".txt") || org.assay.core.io.HtmlArticles.isHtml(p.getFileName().toString()))
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
}
