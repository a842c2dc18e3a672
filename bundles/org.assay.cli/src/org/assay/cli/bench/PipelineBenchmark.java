package org.assay.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.assay.engines.AssayPipeline;
import org.assay.engines.internal.OpenNlpModels;
import org.assay.type.Token;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Throughput of the Assay pipeline beside bare OpenNLP on the same texts in the same JVM:
 * sentence + token + POS, and sentence + token + POS + name finder (OpenNLP's default features,
 * what DKPro- or INCEpTION-style pipelines run); documents/s, tokens/s and peak heap, with 1 and
 * 2 threads.
 */
public final class PipelineBenchmark {

	/** What a measured run executes. */
	public enum Kind {
		/** OpenNLP sentence + token + POS. */
		BARE("bare OpenNLP"),
		/** OpenNLP sentence + token + POS + name finder. */
		BARE_NAMES("bare + names"),
		/** {@link AssayPipeline}. */
		ASSAY("Assay pipeline");

		final String label;

		Kind(String label) {
			this.label = label;
		}
	}

	/** One measured run. */
	public record Run(String name, int threads, int documents, long tokens, double seconds, long peakHeapBytes) {
		double docsPerSecond() {
			return documents / seconds;
		}

		double tokensPerSecond() {
			return tokens / seconds;
		}
	}

	private final List<String> texts;
	private final TokenNameFinderModel bareNames;
	private final PrintWriter out;

	/**
	 * @param texts     the articles
	 * @param bareNames the name model of the bare pipeline (OpenNLP's default features)
	 * @param out       where the table goes
	 */
	public PipelineBenchmark(List<String> texts, TokenNameFinderModel bareNames, PrintWriter out) {
		this.texts = texts;
		this.bareNames = bareNames;
		this.out = out;
	}

	/** Runs warm-up, then the four measured runs, and prints the table and the ratios. */
	public List<Run> run() throws Exception {
		out.printf(Locale.ROOT, "benchmark: %d documents, %d processors, max heap %d MB%n", texts.size(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		// warm both code paths up on a tenth of the texts, so no measured run pays for the JIT
		List<String> warmup = texts.subList(0, Math.max(1, texts.size() / 10));
		for (int threads = 1; threads <= 2; threads++) {
			for (Kind kind : Kind.values()) {
				measure(kind, threads, warmup, true);
			}
		}
		Run bare1 = measure(Kind.BARE, 1, texts, false);
		Run names1 = measure(Kind.BARE_NAMES, 1, texts, false);
		Run assay1 = measure(Kind.ASSAY, 1, texts, false);
		Run assay2 = measure(Kind.ASSAY, 2, texts, false);
		Run names2 = measure(Kind.BARE_NAMES, 2, texts, false);
		Run bare2 = measure(Kind.BARE, 2, texts, false);
		List<Run> runs = List.of(bare1, names1, assay1, bare2, names2, assay2);
		out.printf(Locale.ROOT, "%-16s %7s %10s %10s %12s %14s%n", "run", "threads", "seconds", "docs/s", "tokens/s",
				"peak heap MB");
		for (Run r : runs) {
			out.printf(Locale.ROOT, "%-16s %7d %10.1f %10.1f %12.0f %14.0f%n", r.name(), r.threads(), r.seconds(),
					r.docsPerSecond(), r.tokensPerSecond(), r.peakHeapBytes() / 1048576.0);
		}
		out.printf(Locale.ROOT, "ratio Assay / bare + names, 1 thread:  %.2f  (target >= 1.00)%n",
				assay1.docsPerSecond() / names1.docsPerSecond());
		out.printf(Locale.ROOT, "ratio Assay / bare + names, 2 threads: %.2f%n",
				assay2.docsPerSecond() / names2.docsPerSecond());
		out.printf(Locale.ROOT, "ratio Assay / bare OpenNLP, 1 thread:  %.2f  (target >= 0.70)%n",
				assay1.docsPerSecond() / bare1.docsPerSecond());
		out.printf(Locale.ROOT, "ratio Assay / bare OpenNLP, 2 threads: %.2f%n",
				assay2.docsPerSecond() / bare2.docsPerSecond());
		out.printf(Locale.ROOT, "speed-up Assay 2 threads / 1 thread:   %.2f  (target >= 1.80)%n",
				assay2.docsPerSecond() / assay1.docsPerSecond());
		return runs;
	}

	private Run measure(Kind kind, int threads, List<String> docs, boolean warmup) throws Exception {
		System.gc();
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		AtomicInteger next = new AtomicInteger();
		AtomicLong tokens = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					if (kind == Kind.ASSAY) {
						assayWorker(docs, next, tokens);
					} else {
						bareWorker(docs, next, tokens, kind == Kind.BARE_NAMES ? new NameFinderME(bareNames) : null);
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		} finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		Run run = new Run(kind.label, threads, docs.size(), tokens.get(), seconds, peak);
		if (!warmup) {
			out.printf(Locale.ROOT, "  %s, %d thread(s): %.1f s%n", kind.label, threads, seconds);
			out.flush();
		}
		return run;
	}

	/** Bare OpenNLP, as a DKPro-style pipeline runs it: sentences, tokens, POS, then names (if {@code names}). */
	private static void bareWorker(List<String> docs, AtomicInteger next, AtomicLong tokens, NameFinderME names) throws Exception {
		SentenceDetectorME sentences = new SentenceDetectorME(OpenNlpModels.sentence());
		TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokenizer());
		POSTaggerME tagger = new POSTaggerME(OpenNlpModels.pos(), POSTagFormat.UD);
		long count = 0;
		int i;
		while ((i = next.getAndIncrement()) < docs.size()) {
			String text = docs.get(i);
			if (names != null) {
				names.clearAdaptiveData();
			}
			for (Span s : sentences.sentPosDetect(text)) {
				String sentence = text.substring(s.getStart(), s.getEnd());
				String[] words = Span.spansToStrings(tokenizer.tokenizePos(sentence), sentence);
				tagger.tag(words);
				if (names != null) {
					names.find(words);
				}
				count += words.length;
			}
		}
		tokens.addAndGet(count);
	}

	private static void assayWorker(List<String> docs, AtomicInteger next, AtomicLong tokens) throws Exception {
		AnalysisEngine engine = AssayPipeline.create();
		JCas jcas = engine.newJCas();
		long count = 0;
		int i;
		while ((i = next.getAndIncrement()) < docs.size()) {
			jcas.reset();
			jcas.setDocumentText(docs.get(i));
			engine.process(jcas);
			count += jcas.select(Token.class).count();
		}
		engine.destroy();
		tokens.addAndGet(count);
	}
}
