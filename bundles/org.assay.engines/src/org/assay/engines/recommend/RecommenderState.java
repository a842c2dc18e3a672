package org.assay.engines.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the last training of a corpus's recommenders found, kept in
 * {@code .assay-models/recommenders.json}: per recommender, when it was trained, on how much,
 * how long it took, its per-label scores on the held-back documents, its learning curve, and
 * whether it suggests (and why).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class RecommenderState {

	/** Recommender name → its last training. */
	public Map<String, Entry> recommenders = new TreeMap<>();

	/** Precision, recall and F1 with the counts behind them. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public static final class Score {
		public int truePositives;
		public int falsePositives;
		public int falseNegatives;
		public double precision;
		public double recall;
		public double f1;

		static Score of(int tp, int fp, int fn) {
			Score s = new Score();
			s.truePositives = tp;
			s.falsePositives = fp;
			s.falseNegatives = fn;
			s.precision = tp + fp == 0 ? 0 : round((double) tp / (tp + fp));
			s.recall = tp + fn == 0 ? 0 : round((double) tp / (tp + fn));
			s.f1 = s.precision + s.recall == 0 ? 0 : round(2 * s.precision * s.recall / (s.precision + s.recall));
			return s;
		}

		private static double round(double v) {
			return Math.round(v * 1000) / 1000.0;
		}
	}

	/** One point of a learning curve: the score after learning from this many confirmed entities. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public static final class CurvePoint {
		public int documents;
		public int spans;
		public double f1;
	}

	/** One recommender's last training. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public static final class Entry {
		/** Short id of the model (hash of its bytes), part of the suggestions' origin. */
		public String modelId;
		/** ISO-8601 instant of the training. */
		public String trainedAt;
		public int documents;
		public int spans;
		public double seconds;
		/** Whether it was scored on held-back documents (needs at least five documents). */
		public boolean evaluated;
		/** Label → score on the held-back documents, and "all" (micro). */
		public Map<String, Score> scores = new TreeMap<>();
		public List<CurvePoint> learningCurve = new ArrayList<>();
		/** Whether its suggestions are used. */
		public boolean active;
		/** Why it is active or not, for people. */
		public String reason;
	}
}
