package org.assay.core.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerChoice;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.type.Suggested;
import org.assay.types.AssayTypeSystem;
import org.assay.types.ReviewStatus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * What a corpus holds and how good its pre-annotation was: entity and claim counts per label and
 * review status (in the layer an export uses), and engine precision/recall per label against the
 * reviewed annotations (ACCEPTED, CORRECTED, MANUAL) of documents someone has reviewed.
 */
public final class CorpusReport implements CorpusOperation<CorpusReport.Result> {

	/**
	 * What the corpus holds and how the engines did.
	 *
	 * @param documents         documents in the corpus
	 * @param reviewedDocuments documents with a human layer compared against the engine layer
	 * @param counts            label (or "CLAIM kind") → status → count
	 * @param engineScores      label → engine score against the reviewed annotations
	 * @param decisions         origin of a suggestion → its label → what annotators did with it
	 * @param failures          documents that could not be read
	 */
	public record Result(int documents, int reviewedDocuments, Map<String, Map<String, Integer>> counts,
			Map<String, Score> engineScores, Map<String, Map<String, Decisions>> decisions, List<CorpusException> failures) {
	}

	/**
	 * What annotators did with an origin's suggestions of one label, in every annotator and curated
	 * layer (a suggestion several engines or recommenders agreed on counts for each).
	 *
	 * @param accepted  accepted as suggested
	 * @param corrected relabelled or resized
	 * @param rejected  rejected
	 */
	public record Decisions(int accepted, int corrected, int rejected) {
		/** accepted / all decided. */
		public double acceptance() {
			int all = accepted + corrected + rejected;
			return all == 0 ? Double.NaN : (double) accepted / all;
		}

		Decisions plus(Decisions o) {
			return new Decisions(accepted + o.accepted, corrected + o.corrected, rejected + o.rejected);
		}
	}

	/**
	 * Exact-match counts of suggestions against decisions.
	 *
	 * @param truePositives  suggested and decided
	 * @param falsePositives suggested, not among the decisions
	 * @param falseNegatives decided, never suggested
	 */
	public record Score(int truePositives, int falsePositives, int falseNegatives) {

		/** tp / (tp + fp), NaN when nothing was suggested. */
		public double precision() {
			return truePositives + falsePositives == 0 ? Double.NaN : (double) truePositives / (truePositives + falsePositives);
		}

		/** tp / (tp + fn), NaN when nothing was decided. */
		public double recall() {
			return truePositives + falseNegatives == 0 ? Double.NaN : (double) truePositives / (truePositives + falseNegatives);
		}

		Score plus(Score other) {
			return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
					falseNegatives + other.falseNegatives);
		}
	}

	/** An entity's identity for scoring: where and what. */
	private record EntityKey(int begin, int end, String label) {
		static EntityKey of(Entity e) {
			return new EntityKey(e.getBegin(), e.getEnd(), e.getLabel());
		}
	}

	private final Corpus corpus;

	/** A report on {@code corpus}. */
	public CorpusReport(Corpus corpus) {
		this.corpus = corpus;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	@Override
	public Result execute(IProgressMonitor monitor) {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		Map<String, Score> scores = new TreeMap<>();
		Map<String, Map<String, Decisions>> decisions = new TreeMap<>();
		List<CorpusException> failures = new ArrayList<>();
		int reviewed = 0;
		JCas layer = AssayTypeSystem.newJCas();
		JCas engine = AssayTypeSystem.newJCas();
		List<String> ids = corpus.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, "Counting annotations and decisions", ids.size());
		for (String id : ids) {
			progress.split(1);
			progress.subTask(id);
			layer.reset();
			engine.reset();
			try {
				Optional<String> chosen = LayerChoice.forReading(corpus, id);
				if (chosen.isEmpty()) {
					continue;
				}
				corpus.readLayer(id, chosen.get(), layer);
				for (Entity e : layer.select(Entity.class)) {
					counts.computeIfAbsent(e.getLabel(), k -> new TreeMap<>()).merge(e.getStatus(), 1, Integer::sum);
				}
				for (Claim c : layer.select(Claim.class)) {
					counts.computeIfAbsent("CLAIM " + c.getKind(), k -> new TreeMap<>()).merge(c.getStatus(), 1, Integer::sum);
				}
				for (String decided : corpus.layers(id)) {
					if (!decided.equals(Corpus.ENGINE_LAYER)) {
						engine.reset();
						corpus.readLayer(id, decided, engine);
						decisions(engine, decisions);
					}
				}
				engine.reset();
				boolean human = !chosen.get().equals(Corpus.ENGINE_LAYER);
				if (human && corpus.layers(id).contains(Corpus.ENGINE_LAYER)) {
					corpus.readLayer(id, Corpus.ENGINE_LAYER, engine);
					score(engine, layer, scores);
					reviewed++;
				}
			} catch (CorpusException e) {
				failures.add(e);
			}
		}
		return new Result(ids.size(), reviewed, counts, scores, decisions, failures);
	}

	/** Counts what was done with each kept suggestion of a layer, by origin and suggested label. */
	private static void decisions(JCas layer, Map<String, Map<String, Decisions>> decisions) {
		for (Reviewable r : layer.select(Reviewable.class)) {
			Suggested s = r.getSuggested();
			if (s == null || s.getOrigin() == null) {
				continue;
			}
			ReviewStatus status = ReviewStatus.parse(r.getStatus());
			Decisions d = switch (status) {
			case ACCEPTED -> new Decisions(1, 0, 0);
			case CORRECTED -> new Decisions(0, 1, 0);
			case REJECTED -> new Decisions(0, 0, 1);
			default -> null;
			};
			if (d == null) {
				continue;
			}
			String label = s.getLabel() != null ? s.getLabel() : r instanceof Claim c ? "CLAIM " + c.getKind() : r.getType().getShortName();
			for (String origin : s.getOrigin().split("\\+")) {
				decisions.computeIfAbsent(origin, k -> new TreeMap<>()).merge(label, d, Decisions::plus);
			}
		}
	}

	/** Exact span and label: the engine's entities against the human-reviewed ones. */
	private static void score(JCas engine, JCas gold, Map<String, Score> scores) {
		Set<EntityKey> goldKeys = new HashSet<>();
		for (Entity e : gold.select(Entity.class)) {
			if (ReviewStatus.parse(e.getStatus()).isGold()) {
				goldKeys.add(EntityKey.of(e));
			}
		}
		Set<EntityKey> engineKeys = new HashSet<>();
		for (Entity e : engine.select(Entity.class)) {
			engineKeys.add(EntityKey.of(e));
		}
		for (EntityKey k : engineKeys) {
			scores.merge(k.label(), goldKeys.contains(k) ? new Score(1, 0, 0) : new Score(0, 1, 0), Score::plus);
		}
		for (EntityKey k : goldKeys) {
			if (!engineKeys.contains(k)) {
				scores.merge(k.label(), new Score(0, 0, 1), Score::plus);
			}
		}
	}
}
