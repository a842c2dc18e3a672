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
	 * As {@link #read(Corpus)}, with layers open in an editor and not saved yet read from
	 * {@code unsaved} (document id → layer → its current state) instead of from disk.
	 */
	public static List<TrainingDocument> read(Corpus corpus, Map<String, Map<String, JCas>> unsaved) throws CorpusException {
		List<TrainingDocument> documents = new ArrayList<>();
		JCas disk = AssayTypeSystem.newJCas();
		for (String id : corpus.documentIds()) {
			Map<String, JCas> open = unsaved.getOrDefault(id, Map.of());
			Set<String> present = new LinkedHashSet<>(corpus.layers(id));
			present.addAll(open.keySet());
			List<String> layers = present.contains(Corpus.CURATION_LAYER) ? List.of(Corpus.CURATION_LAYER)
					: present.stream().filter(l -> !l.equals(Corpus.ENGINE_LAYER)).toList();
			Set<LabeledSpan> confirmed = new LinkedHashSet<>();
			Set<LabeledSpan> rejected = new LinkedHashSet<>();
			String text = null;
			for (String layer : layers) {
				JCas jcas = open.get(layer);
				if (jcas == null) {
					disk.reset();
					corpus.readLayer(id, layer, disk);
					jcas = disk;
				}
				text = jcas.getDocumentText();
				for (Entity e : jcas.select(Entity.class)) {
					LabeledSpan span = new LabeledSpan(e.getBegin(), e.getEnd(), e.getLabel());
					ReviewStatus status = ReviewStatus.parse(e.getStatus());
					if (ReviewStatus.GOLD.contains(status)) {
						confirmed.add(span);
					} else if (status == ReviewStatus.REJECTED) {
						rejected.add(span);
					}
				}
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
