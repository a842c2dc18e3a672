package org.assay.core.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.export.LayerChoice;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.assay.types.ReviewStatus;

/**
 * What a corpus holds and how good its pre-annotation was: entity and claim counts per label and
 * review status (in the layer an export uses), and engine precision/recall per label against the
 * reviewed annotations (ACCEPTED, CORRECTED, MANUAL) of documents someone has reviewed.
 */
public final class CorpusReport {

	/** Counts per label → status, and engine scores per label. */
	public record Result(int documents, int reviewedDocuments, Map<String, Map<String, Integer>> counts,
			Map<String, int[]> engineScores, List<CorpusException> failures) {

		/** {tp, fp, fn} → precision. */
		public static double precision(int[] s) {
			return s[0] + s[1] == 0 ? Double.NaN : (double) s[0] / (s[0] + s[1]);
		}

		public static double recall(int[] s) {
			return s[0] + s[2] == 0 ? Double.NaN : (double) s[0] / (s[0] + s[2]);
		}
	}

	private final Corpus corpus;

	public CorpusReport(Corpus corpus) {
		this.corpus = corpus;
	}

	public Result execute() {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		Map<String, int[]> scores = new TreeMap<>();
		List<CorpusException> failures = new java.util.ArrayList<>();
		int reviewed = 0;
		JCas layer = AssayTypeSystem.newJCas();
		JCas engine = AssayTypeSystem.newJCas();
		for (String id : corpus.documentIds()) {
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
		return new Result(corpus.documentIds().size(), reviewed, counts, scores, failures);
	}

	/** Exact span and label: the engine's entities against the human-reviewed ones. */
	private static void score(JCas engine, JCas gold, Map<String, int[]> scores) {
		java.util.Set<String> goldKeys = new java.util.HashSet<>();
		for (Entity e : gold.select(Entity.class)) {
			if (ReviewStatus.parse(e.getStatus()).isGold()) {
				goldKeys.add(e.getBegin() + ":" + e.getEnd() + ":" + e.getLabel());
			}
		}
		java.util.Set<String> engineKeys = new java.util.HashSet<>();
		for (Entity e : engine.select(Entity.class)) {
			engineKeys.add(e.getBegin() + ":" + e.getEnd() + ":" + e.getLabel());
		}
		for (String k : engineKeys) {
			int[] s = scores.computeIfAbsent(label(k), x -> new int[3]);
			s[goldKeys.contains(k) ? 0 : 1]++;
		}
		for (String k : goldKeys) {
			if (!engineKeys.contains(k)) {
				scores.computeIfAbsent(label(k), x -> new int[3])[2]++;
			}
		}
	}

	private static String label(String key) {
		return key.substring(key.indexOf(':', key.indexOf(':') + 1) + 1);
	}
}
