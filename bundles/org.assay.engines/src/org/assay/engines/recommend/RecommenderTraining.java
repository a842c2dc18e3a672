package org.assay.engines.recommend;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.Manifest;
import org.assay.core.io.AtomicFileWriter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Trains every enabled recommender of a corpus from what its annotators confirmed: each is first
 * scored on held-back documents (every fifth document in id order, when there are at least
 * five) after learning from a quarter, half, three quarters and all of the others (its learning
 * curve); then the model it will suggest with is learnt from every document. A recommender
 * suggests while its micro F1 is at or above the corpus's threshold for it ("always" ignores
 * the score; with fewer than five documents there is no score yet and it suggests). Models and
 * their state go to {@code .assay-models/}.
 */
public final class RecommenderTraining implements CorpusOperation<RecommenderState> {

	/** Documents needed before some are held back for scoring. */
	public static final int MIN_DOCUMENTS_TO_EVALUATE = 5;

	private final Corpus corpus;
	private final List<Recommender> recommenders;
	private Map<String, Map<String, ConfirmedAnnotations.LayerDecisions>> unsaved = Map.of();

	/** Trains {@code recommenders} on {@code corpus}. */
	public RecommenderTraining(Corpus corpus, List<Recommender> recommenders) {
		this.corpus = corpus;
		this.recommenders = recommenders;
	}

	/**
	 * The decisions of layers open in editors and not saved yet (document id → layer →
	 * decisions), used instead of their files so that the latest decisions count.
	 */
	public RecommenderTraining unsaved(Map<String, Map<String, ConfirmedAnnotations.LayerDecisions>> layers) {
		this.unsaved = layers;
		return this;
	}

	/** The built-in trainable recommenders: the string matcher and the sequence model. */
	public static List<Recommender> builtIn() {
		return List.of(new StringMatcher(), new SequenceRecommender(100));
	}

	/**
	 * Sentences the sequence model learns from when the workbench retrains in the background
	 * (every few decisions): about two seconds of a core per training on this kind of machine,
	 * whatever the corpus holds. {@code ./assay train} learns from every sentence.
	 */
	public static final int WORKBENCH_SENTENCES = 1500;

	/** The recommenders of {@code corpus} as the workbench retrains them: the sequence model capped. */
	public static List<Recommender> forWorkbench(Corpus corpus) {
		List<Recommender> all = new ArrayList<>(forCorpus(corpus));
		all.replaceAll(r -> r instanceof SequenceRecommender ? new SequenceRecommender(100, WORKBENCH_SENTENCES) : r);
		return all;
	}

	/**
	 * The recommenders of {@code corpus}: the built-in ones, and an {@link ExternalRecommender}
	 * for every entry of the manifest's {@code recommenders} with a {@code url}.
	 */
	public static List<Recommender> forCorpus(Corpus corpus) {
		List<Recommender> all = new ArrayList<>(builtIn());
		for (Map.Entry<String, Manifest.RecommenderSettings> e : corpus.recommenders().entrySet()) {
			if (e.getValue().url != null && !e.getValue().url.isBlank()) {
				int seconds = e.getValue().timeoutSeconds == null ? 30 : e.getValue().timeoutSeconds;
				all.add(new ExternalRecommender(e.getKey(), e.getValue().url, Duration.ofSeconds(seconds)));
			}
		}
		return all;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	@Override
	public RecommenderState execute(IProgressMonitor monitor) throws CorpusException {
		SubMonitor progress = SubMonitor.convert(monitor, "Training recommenders", 10 + 10 * recommenders.size());
		progress.subTask("reading what annotators confirmed");
		List<TrainingDocument> documents = ConfirmedAnnotations.read(corpus, unsaved);
		List<Recommender.Example> examples = new ArrayList<>();
		try {
			SubMonitor reading = progress.split(10).setWorkRemaining(Math.max(1, documents.size()));
			try (PreparedTexts.Lazy preparer = new PreparedTexts.Lazy()) {
				for (TrainingDocument d : documents) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					reading.subTask("preparing " + d.id());
					examples.add(new Recommender.Example(d, PreparedTexts.get(d.text(), preparer)));
					reading.split(1);
				}
			}
		} catch (ResourceInitializationException | AnalysisEngineProcessException e) {
			throw new CorpusException(corpus.root(), "the pipeline cannot prepare the documents: " + e.getMessage(), e);
		}
		RecommenderState state = RecommenderTrainingStore.readState(corpus);
		// models are written only when every recommender is trained: a cancelled training leaves
		// the models and their state as they were, never one of them newer than its state
		Map<String, byte[]> models = new LinkedHashMap<>();
		for (Recommender r : recommenders) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			Manifest.RecommenderSettings settings = corpus.recommender(r.name());
			checkThreshold(r.name(), settings);
			if (!settings.enabled) {
				state.recommenders.remove(r.name());
				models.put(r.name(), null);
				progress.split(10);
				continue;
			}
			progress.subTask("training " + r.name());
			try {
				state.recommenders.put(r.name(), train(r, settings, examples, models, progress.split(10)));
			} catch (IOException | ExternalRecommender.ExternalRecommenderException e) {
				// one recommender failing (a server down) costs only its own training
				RecommenderState.Entry failed = new RecommenderState.Entry();
				failed.trainedAt = Instant.now().toString();
				failed.documents = examples.size();
				failed.active = false;
				failed.reason = "failed: " + e.getMessage();
				state.recommenders.put(r.name(), failed);
				models.put(r.name(), null);
			}
		}
		for (Map.Entry<String, byte[]> m : models.entrySet()) {
			if (m.getValue() == null) {
				RecommenderTrainingStore.deleteModel(corpus, m.getKey());
			} else {
				RecommenderTrainingStore.writeModel(corpus, m.getKey(), m.getValue());
			}
		}
		RecommenderTrainingStore.writeState(corpus, state);
		return state;
	}

	private RecommenderState.Entry train(Recommender r, Manifest.RecommenderSettings settings, List<Recommender.Example> examples,
			Map<String, byte[]> models, SubMonitor monitor) throws CorpusException, IOException {
		RecommenderState.Entry entry = new RecommenderState.Entry();
		entry.documents = examples.size();
		entry.spans = examples.stream().mapToInt(e -> e.document().confirmed().size()).sum();
		if (examples.size() >= MIN_DOCUMENTS_TO_EVALUATE) {
			evaluate(r, examples, entry, monitor);
		}
		monitor.worked(5);
		long start = System.nanoTime();
		byte[] model = r.train(examples, monitor);
		entry.seconds = Math.round((System.nanoTime() - start) / 1e7) / 100.0;
		entry.trainedAt = Instant.now().toString();
		models.put(r.name(), model);
		if (model == null) {
			entry.active = false;
			entry.reason = "nothing confirmed to learn from yet";
			return entry;
		}
		entry.modelId = id(model);
		activate(entry, settings);
		monitor.worked(5);
		return entry;
	}

	/**
	 * Scores {@code r} on every fifth document after learning from a quarter, half, three quarters
	 * and all of the others: its learning curve, and its per-label scores from the last point.
	 */
	private static void evaluate(Recommender r, List<Recommender.Example> examples, RecommenderState.Entry entry, SubMonitor monitor)
			throws IOException {
		List<Recommender.Example> train = new ArrayList<>();
		List<Recommender.Example> test = new ArrayList<>();
		for (int i = 0; i < examples.size(); i++) {
			(i % MIN_DOCUMENTS_TO_EVALUATE == MIN_DOCUMENTS_TO_EVALUATE - 1 ? test : train).add(examples.get(i));
		}
		for (int quarter = 1; quarter <= 4; quarter++) {
			List<Recommender.Example> part = train.subList(0, Math.max(1, train.size() * quarter / 4));
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Map<String, RecommenderState.Score> scores = score(r, part, test, monitor);
			RecommenderState.CurvePoint point = new RecommenderState.CurvePoint();
			point.documents = part.size();
			point.spans = part.stream().mapToInt(e -> e.document().confirmed().size()).sum();
			point.f1 = scores.containsKey("all") ? scores.get("all").f1 : 0;
			entry.learningCurve.add(point);
			if (quarter == 4) {
				entry.scores = new TreeMap<>(scores);
			}
		}
		entry.evaluated = true;
	}

	/** A threshold in the manifest that is neither a number nor "always" is named, with what to write. */
	private void checkThreshold(String name, Manifest.RecommenderSettings settings) throws CorpusException {
		String t = settings.threshold == null ? "0.5" : settings.threshold.strip();
		if (t.equalsIgnoreCase("always")) {
			return;
		}
		try {
			if (!Double.isNaN(Double.parseDouble(t))) {
				return;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new CorpusException(corpus.root().resolve(Corpus.MANIFEST), "recommenders." + name + ".threshold is '" + t
				+ "': give the F1 from which it suggests (a number such as 0.5) or \"always\"");
	}

	/** Decides whether a trained recommender suggests, and says why. */
	static void activate(RecommenderState.Entry entry, Manifest.RecommenderSettings settings) {
		String threshold = settings.threshold == null ? "0.5" : settings.threshold.strip();
		if (threshold.equalsIgnoreCase("always")) {
			entry.active = true;
			entry.reason = "suggests always (threshold \"always\")";
		} else if (!entry.evaluated) {
			entry.active = true;
			entry.reason = "suggests; fewer than " + MIN_DOCUMENTS_TO_EVALUATE + " documents to score it on";
		} else {
			double min = Double.parseDouble(threshold);
			double f1 = entry.scores.containsKey("all") ? entry.scores.get("all").f1 : 0;
			entry.active = f1 >= min;
			entry.reason = (entry.active ? "suggests: F1 " : "silent: F1 ") + f1 + (entry.active ? " >= " : " < ") + min;
		}
	}

	/** Per-label and micro scores of {@code r} learnt from {@code train}, on {@code test}. */
	static Map<String, RecommenderState.Score> score(Recommender r, List<Recommender.Example> train, List<Recommender.Example> test,
			IProgressMonitor monitor) throws IOException {
		byte[] model = r.train(train, monitor);
		Map<String, int[]> counts = new HashMap<>();
		Recommender.Predictor predictor = model == null ? null : r.load(model);
		for (Recommender.Example e : test) {
			PreparedText p = e.text();
			Set<Integer> scored = new HashSet<>();
			Set<LabeledSpan> gold = new HashSet<>(e.document().confirmed());
			for (LabeledSpan s : e.document().confirmed()) {
				scored.add(sentenceAt(p, s.begin()));
			}
			for (LabeledSpan s : e.document().rejected()) {
				scored.add(sentenceAt(p, s.begin()));
			}
			Set<LabeledSpan> found = new HashSet<>();
			if (predictor != null) {
				for (Suggestion s : predictor.suggest(p)) {
					if (scored.contains(sentenceAt(p, s.begin()))) {
						found.add(new LabeledSpan(s.begin(), s.end(), s.label()));
					}
				}
			}
			for (LabeledSpan f : found) {
				count(counts, f.label(), gold.contains(f) ? 0 : 1);
			}
			for (LabeledSpan g : gold) {
				if (!found.contains(g)) {
					count(counts, g.label(), 2);
				}
			}
		}
		Map<String, RecommenderState.Score> scores = new TreeMap<>();
		int[] all = new int[3];
		for (Map.Entry<String, int[]> c : counts.entrySet()) {
			int[] v = c.getValue();
			scores.put(c.getKey(), RecommenderState.Score.of(v[0], v[1], v[2]));
			for (int i = 0; i < 3; i++) {
				all[i] += v[i];
			}
		}
		scores.put("all", RecommenderState.Score.of(all[0], all[1], all[2]));
		return scores;
	}

	private static void count(Map<String, int[]> counts, String label, int which) {
		counts.computeIfAbsent(label, k -> new int[3])[which]++;
	}

	private static int sentenceAt(PreparedText p, int offset) {
		int token = p.firstTokenEndingAfter(offset);
		return token < 0 ? -1 : p.sentenceOf(token);
	}

	private static String id(byte[] model) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model)).substring(0, 10);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
