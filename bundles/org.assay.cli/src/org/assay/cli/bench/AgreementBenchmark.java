package org.assay.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.uima.jcas.JCas;
import org.assay.core.agreement.AgreementCalculator;
import org.assay.core.agreement.AgreementFigures;
import org.assay.core.agreement.AgreementOperation;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.engines.AssayPipeline;
import org.assay.engines.DocumentAnnotator;
import org.assay.type.Entity;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Agreement at corpus scale: N generated articles pre-annotated by the engines, three annotator
 * layers made from the engines' entities with label swaps (each annotator gives 10% of the
 * entities another label, and leaves 5% out), then every figure of {@code ./assay agreement}
 * computed by Assay and, on the same layers, with DKPro Agreement's own unitizing alpha; prints
 * the time and peak heap of both and the largest difference between their figures.
 */
public final class AgreementBenchmark {

	private static final String[] LABELS = { "PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY" };

	/** One document as the benchmark keeps it: its text, tokens and each annotator's entities. */
	private record Doc(String id, String text, int[] tokens, List<List<Object[]>> annotators) {
	}

	private final List<String> articles;
	private final PrintWriter out;

	public AgreementBenchmark(List<String> articles, PrintWriter out) {
		this.articles = articles;
		this.out = out;
	}

	/** Runs it; {@code withDkpro} also runs DKPro's unitizing alpha (quadratic: minutes at 1,000 articles). */
	public void run(boolean withDkpro) throws Exception {
		long t0 = System.nanoTime();
		List<Doc> docs = generate();
		long tokens = docs.stream().mapToLong(d -> d.tokens().length / 2).sum();
		out.printf(Locale.ROOT, "agreement benchmark: %d articles x 3 annotators, %d tokens, %d entities per annotator (made in %.1f s)%n",
				docs.size(), tokens, docs.stream().mapToLong(d -> d.annotators().get(0).size()).sum(), (System.nanoTime() - t0) / 1e9);
		out.flush();
		Measured ours = measure(docs, false);
		out.printf(Locale.ROOT, "  Assay (linear expected disagreement): %8.2f s  peak heap %6.0f MB%n", ours.seconds, ours.peakBytes / 1048576.0);
		out.flush();
		double command = fromCorpus(docs);
		out.printf(Locale.ROOT, "  the same as './assay agreement' on a corpus folder (layers read from disk): %.2f s%n", command);
		out.flush();
		if (withDkpro) {
			Measured dkpro = measure(docs, true);
			out.printf(Locale.ROOT, "  DKPro Agreement's unitizing alpha:    %8.2f s  peak heap %6.0f MB  (%.1fx the time)%n", dkpro.seconds,
					dkpro.peakBytes / 1048576.0, dkpro.seconds / ours.seconds);
			out.printf(Locale.ROOT, "  largest difference between the two, over every figure: %.2e%n", difference(ours.figures, dkpro.figures));
		} else {
			out.println("  DKPro Agreement's unitizing alpha: not run (--agreement-dkpro runs it; quadratic, minutes at 1,000 articles)");
		}
		out.flush();
	}

	private record Measured(double seconds, long peakBytes, AgreementFigures figures) {
	}

	/** Writes the layers to a corpus in a temporary folder and times the agreement operation on it. */
	private double fromCorpus(List<Doc> docs) throws Exception {
		Path dir = Files.createTempDirectory("assay-agreement-bench");
		try {
			Corpus corpus = Corpus.openOrCreate(dir);
			JCas jcas = AssayTypeSystem.newJCas();
			for (Doc d : docs) {
				String id = d.id() + ".txt";
				corpus.putText(id, d.text());
				for (int r = 0; r < 3; r++) {
					fill(jcas, d.text(), d.annotators().get(r));
					corpus.writeLayer(id, "a" + (r + 1), jcas, DocumentState.FINISHED);
				}
				jcas.reset();
				jcas.setDocumentText(d.text());
				for (int i = 0; i < d.tokens().length; i += 2) {
					new Token(jcas, d.tokens()[i], d.tokens()[i + 1]).addToIndexes();
				}
				corpus.writeLayer(id, Corpus.ENGINE_LAYER, jcas, DocumentState.NEW);
			}
			corpus.save();
			long t0 = System.nanoTime();
			new AgreementOperation(Corpus.open(dir)).execute(new NullProgressMonitor());
			return (System.nanoTime() - t0) / 1e9;
		} finally {
			try (var walk = Files.walk(dir)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private Measured measure(List<Doc> docs, boolean dkpro) {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		// the layers of a document are made in CASes reused from one document to the next, as a
		// corpus reader would read them; the calculator keeps nothing of them
		List<JCas> layers = List.of(AssayTypeSystem.newJCas(), AssayTypeSystem.newJCas(), AssayTypeSystem.newJCas());
		JCas tokenLayer = AssayTypeSystem.newJCas();
		long t0 = System.nanoTime();
		AgreementCalculator calculator = new AgreementCalculator(List.of("a1", "a2", "a3"), dkpro);
		for (Doc d : docs) {
			for (int r = 0; r < 3; r++) {
				List<Object[]> entities = d.annotators().get(r);
				fill(layers.get(r), d.text(), entities);
			}
			tokenLayer.reset();
			tokenLayer.setDocumentText(d.text());
			for (int i = 0; i < d.tokens().length; i += 2) {
				new Token(tokenLayer, d.tokens()[i], d.tokens()[i + 1]).addToIndexes();
			}
			calculator.addDocument(d.id(), layers, tokenLayer);
		}
		AgreementFigures pooled = calculator.corpus();
		double seconds = (System.nanoTime() - t0) / 1e9;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		return new Measured(seconds, peak, pooled);
	}

	/** Empties {@code jcas} and gives it {@code text} with one annotator's entities, all accepted. */
	private static void fill(JCas jcas, String text, List<Object[]> entities) {
		jcas.reset();
		jcas.setDocumentText(text);
		for (Object[] e : entities) {
			Entity entity = new Entity(jcas, (int) e[0], (int) e[1]);
			entity.setLabel((String) e[2]);
			entity.setStatus("ACCEPTED");
			entity.addToIndexes();
		}
	}

	private static double difference(AgreementFigures a, AgreementFigures b) {
		double d = Math.abs(a.unitizingAlpha() - b.unitizingAlpha());
		d = Math.max(d, Math.abs(a.alpha() - b.alpha()));
		d = Math.max(d, Math.abs(a.fleiss() - b.fleiss()));
		for (String pair : a.cohen().keySet()) {
			d = Math.max(d, Math.abs(a.cohen().get(pair) - b.cohen().get(pair)));
		}
		for (String label : a.perLabel().keySet()) {
			double x = a.perLabel().get(label).unitizingAlpha();
			double y = b.perLabel().get(label).unitizingAlpha();
			if (!(Double.isNaN(x) && Double.isNaN(y))) {
				d = Math.max(d, Math.abs(x - y));
			}
		}
		return d;
	}

	private List<Doc> generate() throws Exception {
		DocumentAnnotator annotator = new DocumentAnnotator(AssayPipeline.steps());
		Random random = new Random(7);
		List<Doc> docs = new ArrayList<>();
		for (int n = 0; n < articles.size(); n++) {
			String text = articles.get(n);
			annotator.annotate("a" + n, text);
			JCas jcas = annotator.jcas();
			List<Token> tokenList = jcas.select(Token.class).asList();
			int[] tokens = new int[2 * tokenList.size()];
			for (int i = 0; i < tokenList.size(); i++) {
				tokens[2 * i] = tokenList.get(i).getBegin();
				tokens[2 * i + 1] = tokenList.get(i).getEnd();
			}
			List<Object[]> engine = new ArrayList<>();
			int after = -1;
			for (Entity e : jcas.select(Entity.class)) {
				if (e.getBegin() >= after && e.getEnd() > e.getBegin()) { // one annotator's units never overlap
					engine.add(new Object[] { e.getBegin(), e.getEnd(), e.getLabel() });
					after = e.getEnd();
				}
			}
			List<List<Object[]>> annotators = new ArrayList<>();
			for (int r = 0; r < 3; r++) {
				List<Object[]> mine = new ArrayList<>();
				for (Object[] e : engine) {
					int roll = random.nextInt(100);
					if (roll < 5) {
						continue;
					}
					mine.add(roll < 15 ? new Object[] { e[0], e[1], LABELS[random.nextInt(LABELS.length)] } : e);
				}
				annotators.add(mine);
			}
			docs.add(new Doc("a" + n, text, tokens, annotators));
		}
		return docs;
	}
}
