package org.assay.engines.recommend;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.engines.ner.AssayNameFinderFactory;
import org.assay.engines.ner.NameDecoder;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;

/**
 * A sequence model per corpus: an OpenNLP name finder (perceptron) with the features of Assay's
 * statistical recogniser, so it starts from what the rules, gazetteers and cue words know and
 * learns the corpus's own names and labels. It learns from the sentences that hold at least one
 * confirmed entity (the other entities of those sentences count as outside a name).
 */
public final class SequenceRecommender implements Recommender {

	/** The name of this recommender. */
	public static final String NAME = "sequence";

	/** Sentences of a label below which all of them are kept when training data is capped. */
	static final int RARE = 50;

	private final int iterations;
	private final int maxSentences;

	/** A recommender training {@code iterations} perceptron iterations on every confirmed sentence. */
	public SequenceRecommender(int iterations) {
		this(iterations, Integer.MAX_VALUE);
	}

	/**
	 * A recommender training {@code iterations} perceptron iterations on at most
	 * {@code maxSentences} sentences (see {@link #cap}): the workbench retrains every few
	 * decisions and must stay a small background task however much a corpus holds.
	 */
	public SequenceRecommender(int iterations, int maxSentences) {
		this.iterations = iterations;
		this.maxSentences = maxSentences;
	}

	@Override
	public String name() {
		return NAME;
	}

	/** The training samples of {@code examples}: one per sentence with a confirmed entity. */
	static List<NameSample> samples(List<Example> examples) {
		List<NameSample> samples = new ArrayList<>();
		for (Example e : examples) {
			PreparedText p = e.text();
			List<List<Span>> names = new ArrayList<>();
			for (int s = 0; s < p.sentences(); s++) {
				names.add(new ArrayList<>());
			}
			for (LabeledSpan c : e.document().confirmed()) {
				int first = p.firstTokenEndingAfter(c.begin());
				int last = p.lastTokenStartingBefore(c.end());
				if (first < 0 || last < first) {
					continue;
				}
				int s = p.sentenceOf(first);
				if (s != p.sentenceOf(last)) {
					continue; // a name across sentences cannot be learnt
				}
				names.get(s).add(new Span(first - p.sentenceFirst[s], last + 1 - p.sentenceFirst[s], c.label()));
			}
			boolean firstOfDocument = true;
			for (int s = 0; s < p.sentences(); s++) {
				if (names.get(s).isEmpty() || p.sentenceFirst[s] < 0) {
					continue;
				}
				Span[] spans = NameFinderME.dropOverlappingSpans(names.get(s).toArray(Span[]::new));
				samples.add(new NameSample(p.sentence(s), spans, firstOfDocument));
				firstOfDocument = false;
			}
		}
		return samples;
	}

	@Override
	public byte[] train(List<Example> examples, IProgressMonitor monitor) throws IOException {
		List<NameSample> samples = cap(samples(examples), maxSentences);
		if (samples.isEmpty()) {
			return null;
		}
		TrainingParameters p = new TrainingParameters();
		p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
		p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
		p.put(TrainingParameters.CUTOFF_PARAM, 0);
		p.put(TrainingParameters.THREADS_PARAM, 1);
		AssayNameFinderFactory factory = new AssayNameFinderFactory();
		Map<String, String> manifest = new HashMap<>();
		// OpenNLP's own training (NameFinderME.train), with a stop criterion that ends the
		// iterations as soon as the monitor is cancelled
		EventTrainer trainer = TrainerFactory.getEventTrainer(p, manifest,
				new TrainingConfiguration(new QuietMonitor(), new CancelCriterion(monitor)));
		MaxentModel maxent = trainer.train(new NameFinderEventStream(watched(samples, monitor), null,
				factory.createContextGenerator(), factory.createSequenceCodec()));
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		TokenNameFinderModel model = factory.model(maxent, manifest);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		model.serialize(out);
		return out.toByteArray();
	}

	/**
	 * At most {@code max} of {@code samples}: every sentence with a label that has fewer than
	 * {@link #RARE} sentences (so a custom label with a handful of confirmed spans is never
	 * dropped), then an even spread over the others, in their order.
	 */
	static List<NameSample> cap(List<NameSample> samples, int max) {
		if (samples.size() <= max) {
			return samples;
		}
		Map<String, Integer> sentencesPerLabel = new HashMap<>();
		for (NameSample s : samples) {
			Arrays.stream(s.getNames()).map(Span::getType).distinct()
					.forEach(l -> sentencesPerLabel.merge(l, 1, Integer::sum));
		}
		boolean[] keep = new boolean[samples.size()];
		int kept = 0;
		List<Integer> others = new ArrayList<>();
		for (int i = 0; i < samples.size(); i++) {
			boolean rare = Arrays.stream(samples.get(i).getNames()).anyMatch(n -> sentencesPerLabel.get(n.getType()) < RARE);
			if (rare) {
				keep[i] = true;
				kept++;
			} else {
				others.add(i);
			}
		}
		int room = Math.max(0, max - kept);
		for (int k = 0; k < room && k < others.size(); k++) {
			keep[others.get((int) ((long) k * others.size() / room))] = true;
		}
		List<NameSample> out = new ArrayList<>();
		for (int i = 0; i < samples.size(); i++) {
			if (keep[i]) {
				out.add(samples.get(i));
			}
		}
		return out;
	}

	/** {@code samples}, read asking {@code monitor} every 20 samples whether to stop (the features are made as they are read). */
	private static ObjectStream<NameSample> watched(List<NameSample> samples, IProgressMonitor monitor) {
		return new ObjectStream<>() {
			private int next;

			@Override
			public NameSample read() {
				if (next % 20 == 19 && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				return next < samples.size() ? samples.get(next++) : null;
			}

			@Override
			public void reset() {
				next = 0;
			}
		};
	}

	private static double round(double p) {
		return Math.round(p * 1000) / 1000.0;
	}

	/** Stops the perceptron's iterations once the monitor is cancelled. */
	private record CancelCriterion(IProgressMonitor monitor) implements StopCriteria<Double> {
		@Override
		public boolean test(Double change) {
			return monitor.isCanceled();
		}

		@Override
		public String getMessageIfSatisfied() {
			return "cancelled";
		}
	}

	/** OpenNLP's default monitor prints every iteration; this one only knows when training ended. */
	private static final class QuietMonitor implements TrainingProgressMonitor {
		private boolean finished;

		@Override
		public void finishedIteration(int iteration, int correct, int total, TrainingMeasure measure, double value) {
			// quiet
		}

		@Override
		public void finishedTraining(int iterations, StopCriteria<?> criteria) {
			finished = true;
		}

		@Override
		public boolean isTrainingFinished() {
			return finished;
		}

		@Override
		public void display(boolean finalDisplay) {
			// quiet
		}
	}

	@Override
	public Predictor load(byte[] bytes) throws IOException {
		NameDecoder decoder = new NameDecoder(new TokenNameFinderModel(new ByteArrayInputStream(bytes)));
		return p -> {
			decoder.clearAdaptiveData();
			List<Suggestion> out = new ArrayList<>();
			for (int s = 0; s < p.sentences(); s++) {
				if (p.sentenceFirst[s] < 0) {
					continue;
				}
				int offset = p.sentenceFirst[s];
				for (NameDecoder.Found f : decoder.findScored(p.sentence(s))) {
					Span name = f.span();
					out.add(new Suggestion(p.begin[offset + name.getStart()], p.end[offset + name.getEnd() - 1], name.getType(),
							round(f.probability()), f.runnerUp(), round(f.runnerUpProbability())));
				}
			}
			return out;
		};
	}
}
