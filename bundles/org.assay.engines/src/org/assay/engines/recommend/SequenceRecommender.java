package org.assay.engines.recommend;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.assay.engines.ner.AssayNameFinderFactory;
import org.assay.engines.ner.NameDecoder;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
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

	private final int iterations;

	/** A recommender training {@code iterations} perceptron iterations. */
	public SequenceRecommender(int iterations) {
		this.iterations = iterations;
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
	public byte[] train(List<Example> examples) throws IOException {
		List<NameSample> samples = samples(examples);
		if (samples.isEmpty()) {
			return null;
		}
		TrainingParameters p = new TrainingParameters();
		p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
		p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
		p.put(TrainingParameters.CUTOFF_PARAM, 0);
		p.put(TrainingParameters.THREADS_PARAM, 1);
		TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), p,
				new AssayNameFinderFactory());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		model.serialize(out);
		return out.toByteArray();
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
				for (Span name : decoder.find(p.sentence(s))) {
					out.add(new Suggestion(p.begin[offset + name.getStart()], p.end[offset + name.getEnd() - 1], name.getType(),
							Math.round(name.getProb() * 1000) / 1000.0));
				}
			}
			return out;
		};
	}
}
