package org.assay.engines.recommend;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.assay.types.ReviewStatus;

/**
 * Reads what annotators decided in a corpus: per document, the curated layer when there is one,
 * else every annotator layer; entities ACCEPTED, CORRECTED or MANUAL are confirmed, REJECTED
 * ones are negative evidence. The engine layer (nobody decided anything there) is never read.
 */
public final class ConfirmedAnnotations {

	private ConfirmedAnnotations() {
	}

	/** The documents of {@code corpus} with at least one decision, in id order. */
	public static List<TrainingDocument> read(Corpus corpus) throws CorpusException {
		return read(corpus, Map.of());
	}

	/**
	 * What one layer decided: its text, the entities confirmed and those rejected.
	 *
	 * @param text      the document's text
	 * @param confirmed accepted, corrected or made by hand
	 * @param rejected  rejected
	 */
	public record LayerDecisions(String text, List<LabeledSpan> confirmed, List<LabeledSpan> rejected) {
	}

	/**
	 * The decisions of a layer, taken quickly enough to run on the UI thread of an open editor
	 * (one pass over the entities; nothing else of the CAS is copied).
	 */
	public static LayerDecisions decisions(JCas jcas) {
		List<LabeledSpan> confirmed = new ArrayList<>();
		List<LabeledSpan> rejected = new ArrayList<>();
		for (Entity e : jcas.select(Entity.class)) {
			String status = e.getStatus();
			if (status == null || status.equals("SUGGESTED")) {
				continue;
			}
			ReviewStatus parsed = ReviewStatus.parse(status);
			if (ReviewStatus.GOLD.contains(parsed)) {
				confirmed.add(new LabeledSpan(e.getBegin(), e.getEnd(), e.getLabel()));
			} else if (parsed == ReviewStatus.REJECTED) {
				rejected.add(new LabeledSpan(e.getBegin(), e.getEnd(), e.getLabel()));
			}
		}
		return new LayerDecisions(jcas.getDocumentText(), confirmed, rejected);
	}

	/**
	 * As {@link #read(Corpus)}, with the decisions of layers open in an editor and not saved
	 * yet taken from {@code unsaved} (document id → layer → its decisions) instead of from disk.
	 */
	public static List<TrainingDocument> read(Corpus corpus, Map<String, Map<String, LayerDecisions>> unsaved) throws CorpusException {
		List<TrainingDocument> documents = new ArrayList<>();
		JCas disk = AssayTypeSystem.newJCas();
		for (String id : corpus.documentIds()) {
			Map<String, LayerDecisions> open = unsaved.getOrDefault(id, Map.of());
			Set<String> present = new LinkedHashSet<>(corpus.layers(id));
			present.addAll(open.keySet());
			List<String> layers = present.contains(Corpus.CURATION_LAYER) ? List.of(Corpus.CURATION_LAYER)
					: present.stream().filter(l -> !l.equals(Corpus.ENGINE_LAYER)).toList();
			Set<LabeledSpan> confirmed = new LinkedHashSet<>();
			Set<LabeledSpan> rejected = new LinkedHashSet<>();
			String text = null;
			for (String layer : layers) {
				LayerDecisions decided = open.get(layer);
				if (decided == null) {
					disk.reset();
					corpus.readLayer(id, layer, disk);
					decided = decisions(disk);
				}
				text = decided.text();
				confirmed.addAll(decided.confirmed());
				rejected.addAll(decided.rejected());
			}
			rejected.removeAll(confirmed); // one annotator's rejection does not undo another's confirmation
			if (!confirmed.isEmpty() || !rejected.isEmpty()) {
				documents.add(new TrainingDocument(id, text, sorted(confirmed), sorted(rejected)));
			}
		}
		return documents;
	}

	private static List<LabeledSpan> sorted(Set<LabeledSpan> spans) {
		List<LabeledSpan> list = new ArrayList<>(spans);
		list.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
		return list;
	}
}
