package org.assay.core.problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.conflicts.ClaimGroup;
import org.assay.core.conflicts.ClaimRef;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.curation.Curation;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.AssayTypeSystem;
import org.assay.types.ReviewStatus;

/**
 * What is still to do in a corpus, as problems of its documents (the workbench shows them in the
 * Problems view): suggestions an annotator has not reviewed, differences between annotators that
 * curation has not settled, and sources that contradict each other. Free of any UI.
 */
public final class CorpusProblems {

	/** Suggestions at or above this confidence may be accepted together (a quick fix). */
	public static final double CONFIDENT = 0.9;

	/** What a problem is about. */
	public enum Kind {
		/** Suggestions in the annotator's layer (or the engine layer they will start from) not yet reviewed. */
		OPEN_SUGGESTIONS,
		/** Positions where annotators differ and the curated layer has no decision yet. */
		CURATION_DIFFERENCES,
		/** A claim that contradicts claims of other sources. */
		SOURCE_CONFLICT
	}

	/**
	 * One problem of one document.
	 *
	 * @param kind       what it is about
	 * @param documentId the document
	 * @param layer      the layer it was found in (the annotator's, "engine", "curation")
	 * @param begin      start of the span to go to
	 * @param end        end of that span
	 * @param message    one line for people
	 * @param warning    a warning (differences, conflicts) rather than information (work to do)
	 * @param confident  for open suggestions: per origin, how many have confidence &ge; {@link #CONFIDENT}
	 */
	public record Problem(Kind kind, String documentId, String layer, int begin, int end, String message, boolean warning,
			Map<String, Integer> confident) {
	}

	private final Corpus corpus;
	private final String annotator;

	/**
	 * @param corpus    the corpus
	 * @param annotator whose review the open suggestions are counted for
	 */
	public CorpusProblems(Corpus corpus, String annotator) {
		this.corpus = corpus;
		this.annotator = annotator;
	}

	/** Open suggestions and unsettled curation differences of one document. */
	public List<Problem> of(String documentId) throws CorpusException {
		List<Problem> problems = new ArrayList<>();
		List<String> annotators = corpus.annotatorLayers(documentId);
		List<String> layers = corpus.layers(documentId);
		String layer = annotators.contains(annotator) ? annotator : layers.contains(Corpus.ENGINE_LAYER) ? Corpus.ENGINE_LAYER : null;
		if (layer != null) {
			JCas jcas = AssayTypeSystem.newJCas();
			corpus.readLayer(documentId, layer, jcas);
			Problem open = openSuggestions(documentId, layer, jcas);
			if (open != null) {
				problems.add(open);
			}
		}
		if (annotators.size() >= 2 && corpus.state(documentId, Corpus.CURATION_LAYER) != DocumentState.CURATED) {
			List<JCas> read = new ArrayList<>();
			for (String a : annotators) {
				JCas jcas = AssayTypeSystem.newJCas();
				corpus.readLayer(documentId, a, jcas);
				read.add(jcas);
			}
			JCas curated = null;
			if (layers.contains(Corpus.CURATION_LAYER)) {
				curated = AssayTypeSystem.newJCas();
				corpus.readLayer(documentId, Corpus.CURATION_LAYER, curated);
			}
			Problem differences = differences(documentId, new Curation(annotators, read), curated);
			if (differences != null) {
				problems.add(differences);
			}
		}
		return problems;
	}

	/** The open suggestions of a layer as one problem at the first of them, or null when none is open. */
	public static Problem openSuggestions(String documentId, String layer, JCas jcas) {
		Reviewable first = null;
		int open = 0;
		int suggestions = 0;
		Map<String, Integer> confident = new TreeMap<>();
		for (Reviewable r : jcas.select(Reviewable.class)) {
			if (!(r instanceof Entity || r instanceof Claim)
					|| ReviewStatus.parse(r.getStatus()) == ReviewStatus.MANUAL) {
				continue; // made by hand: nothing to review (as the status line counts)
			}
			suggestions++;
			if (ReviewStatus.parse(r.getStatus()) == ReviewStatus.SUGGESTED) {
				open++;
				if (first == null) {
					first = r;
				}
				if (r.getConfidence() >= CONFIDENT && r.getOrigin() != null) {
					confident.merge(r.getOrigin(), 1, Integer::sum);
				}
			}
		}
		if (open == 0) {
			return null;
		}
		String whose = Corpus.ENGINE_LAYER.equals(layer) ? "not reviewed yet" : "not reviewed in layer " + layer;
		return new Problem(Kind.OPEN_SUGGESTIONS, documentId, layer, first.getBegin(), first.getEnd(),
				open + " of " + suggestions + " suggestions " + whose, false, confident);
	}

	/** The differences curation has not settled, as one problem at the first of them, or null. */
	public static Problem differences(String documentId, Curation curation, JCas curated) {
		List<Curation.Difference> open = new ArrayList<>();
		int decidedDifferently = 0;
		for (Curation.Difference d : curation.differences()) {
			if (curated == null || !Curation.curatedVersion(curated, d).isPresent()) {
				open.add(d);
				if (curation.decidedDifferently(d)) {
					decidedDifferently++;
				}
			}
		}
		if (open.isEmpty()) {
			return null;
		}
		Curation.Difference first = open.get(0);
		String annotators = String.join(", ", curation.annotators());
		return new Problem(Kind.CURATION_DIFFERENCES, documentId, Corpus.CURATION_LAYER, first.begin(), first.end(),
				open.size() + (open.size() == 1 ? " difference" : " differences") + " between " + annotators + " not curated ("
						+ decidedDifferently + " decided differently)",
				true, Map.of());
	}

	/**
	 * One problem per claim that contradicts others: on its document, at its content, naming the
	 * claims it contradicts and why.
	 */
	public static List<Problem> conflicts(List<ClaimGroup> groups) {
		List<Problem> problems = new ArrayList<>();
		for (ClaimGroup g : groups) {
			Map<Integer, List<String>> against = new LinkedHashMap<>();
			for (ClaimGroup.Conflict c : g.conflicts()) {
				against.computeIfAbsent(c.first(), k -> new ArrayList<>()).add(describe(g.claims().get(c.second())) + ": " + c.reason().describe());
				against.computeIfAbsent(c.second(), k -> new ArrayList<>()).add(describe(g.claims().get(c.first())) + ": " + c.reason().describe());
			}
			for (Map.Entry<Integer, List<String>> e : against.entrySet()) {
				ClaimRef claim = g.claims().get(e.getKey());
				List<String> others = e.getValue();
				String message = "Sources disagree on " + g.subject() + ": " + describe(claim) + " vs " + others.get(0)
						+ (others.size() > 1 ? " (and " + (others.size() - 1) + " more)" : "");
				problems.add(new Problem(Kind.SOURCE_CONFLICT, claim.documentId(), null, claim.begin(), claim.end(), message, true, Map.of()));
			}
		}
		return problems;
	}

	private static String describe(ClaimRef c) {
		return "'" + c.value() + "' (" + (c.source().isEmpty() ? "unattributed" : c.source()) + ", " + c.documentId() + ")";
	}
}
