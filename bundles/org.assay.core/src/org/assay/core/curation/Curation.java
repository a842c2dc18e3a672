package org.assay.core.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.util.CasCopier;
import org.assay.core.review.CasEdit;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;

/**
 * Compares annotator layers of one document and builds the curated layer. Annotations are
 * compared by position: an entity by its span, a claim by its content span. At each position
 * every annotator has a version (label; or source, cue, kind and factuality) or none. Where all
 * annotators have the same version it is merged automatically; where they differ, a curator
 * takes one version (or edits the curated layer by hand). Only what annotators decided on
 * (ACCEPTED, CORRECTED, MANUAL) is compared.
 */
public final class Curation {

	/** One position where the annotators' versions differ; {@code versions[i]} is null when annotator i has none. */
	public record Difference(String kind, int begin, int end, String text, String[] versions, Reviewable[] annotations) {

		/** "boundaries", "label", "claim source or cue", "missing" — what kind of disagreement this is. */
		public String describe() {
			long present = java.util.Arrays.stream(versions).filter(Objects::nonNull).count();
			if (present < versions.length) {
				return kind.equals("claim") ? "claim missing in some layers" : "entity missing in some layers";
			}
			return kind.equals("claim") ? "claim source, cue, kind or factuality differ" : "labels differ";
		}
	}

	private final List<String> annotators;
	private final List<JCas> layers;
	private final Map<String, Reviewable[]> positions = new LinkedHashMap<>();

	public Curation(List<String> annotators, List<JCas> layers) {
		if (annotators.size() != layers.size() || annotators.size() < 2) {
			throw new IllegalArgumentException("curation needs at least two annotator layers");
		}
		this.annotators = List.copyOf(annotators);
		this.layers = List.copyOf(layers);
		for (int i = 0; i < layers.size(); i++) {
			for (Entity e : layers.get(i).select(Entity.class)) {
				if (decided(e)) {
					slot("entity", e.getBegin(), e.getEnd(), i, e);
				}
			}
			for (Claim c : layers.get(i).select(Claim.class)) {
				if (decided(c)) {
					slot("claim", c.getBegin(), c.getEnd(), i, c);
				}
			}
		}
	}

	private static boolean decided(Reviewable r) {
		return ReviewStatus.parse(r.getStatus()).isGold();
	}

	private void slot(String kind, int begin, int end, int annotator, Reviewable r) {
		Reviewable[] row = positions.computeIfAbsent(kind + ":" + begin + ":" + end, k -> new Reviewable[annotators.size()]);
		if (row[annotator] == null) {
			row[annotator] = r;
		}
	}

	/** What identifies an annotator's version at a position. */
	static String version(Reviewable r) {
		if (r == null) {
			return null;
		}
		if (r instanceof Entity e) {
			return e.getLabel();
		}
		Claim c = (Claim) r;
		return span(c.getSource()) + " | " + span(c.getCue()) + " | " + c.getKind() + " | " + c.getFactuality();
	}

	private static String span(org.apache.uima.jcas.tcas.Annotation a) {
		return a == null ? "-" : a.getBegin() + "-" + a.getEnd() + " '" + a.getCoveredText() + "'";
	}

	/** The positions where the annotators differ, in text order. */
	public List<Difference> differences() {
		List<Difference> list = new ArrayList<>();
		for (Map.Entry<String, Reviewable[]> e : positions.entrySet()) {
			Reviewable[] row = e.getValue();
			String[] versions = new String[row.length];
			Set<String> distinct = new LinkedHashSet<>();
			for (int i = 0; i < row.length; i++) {
				versions[i] = version(row[i]);
				distinct.add(String.valueOf(versions[i]));
			}
			if (distinct.size() > 1) {
				String[] key = e.getKey().split(":");
				int begin = Integer.parseInt(key[1]);
				int end = Integer.parseInt(key[2]);
				list.add(new Difference(key[0], begin, end, text().substring(begin, end), versions, row));
			}
		}
		list.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
		return list;
	}

	public List<String> annotators() {
		return annotators;
	}

	/** The curated layer's version at a difference's position (null if it has none). */
	public static String curatedVersion(JCas curated, Difference d) {
		Class<? extends Reviewable> type = d.kind().equals("entity") ? Entity.class : Claim.class;
		for (Reviewable r : curated.select(type).at(d.begin(), d.end())) {
			return version(r);
		}
		return null;
	}

	/** Number of positions all annotators agree on. */
	public int agreed() {
		return positions.size() - differences().size();
	}

	private String text() {
		return layers.get(0).getDocumentText();
	}

	/**
	 * A new curated layer: the first layer's text, sentences and tokens, and every entity and claim
	 * all annotators agree on (copied with its provenance).
	 */
	public JCas autoMerge(JCas into) {
		into.setDocumentText(text());
		CasCopier copier = new CasCopier(layers.get(0).getCas(), into.getCas());
		for (org.assay.type.Sentence s : layers.get(0).select(org.assay.type.Sentence.class)) {
			((TOP) copier.copyFs(s)).addToIndexes();
		}
		for (org.assay.type.Token t : layers.get(0).select(org.assay.type.Token.class)) {
			((TOP) copier.copyFs(t)).addToIndexes();
		}
		for (Reviewable[] row : positions.values()) {
			Set<String> distinct = new LinkedHashSet<>();
			for (Reviewable r : row) {
				distinct.add(String.valueOf(version(r)));
			}
			if (distinct.size() == 1 && row[0] != null) {
				add(copier, row[0]);
			}
		}
		return into;
	}

	private static void add(CasCopier copier, Reviewable r) {
		Reviewable copy = (Reviewable) copier.copyFs(r);
		copy.addToIndexes();
		if (copy instanceof Claim c) {
			for (Reviewable part : new Reviewable[] { c.getSource(), c.getCue(), c.getQuantity() }) {
				if (part != null) {
					part.addToIndexes();
				}
			}
		}
	}

	/**
	 * Takes annotator {@code i}'s version at a difference into the curated layer (replacing what the
	 * curated layer has at that position), as an undoable edit.
	 */
	public CasEdit take(JCas curated, Difference d, int annotator) {
		List<Reviewable> existing = new ArrayList<>();
		Class<? extends Reviewable> type = d.kind().equals("entity") ? Entity.class : Claim.class;
		for (Reviewable r : curated.select(type).at(d.begin(), d.end())) {
			existing.add(r);
		}
		Reviewable chosen = d.annotations()[annotator];
		Reviewable copy = chosen == null ? null : (Reviewable) new CasCopier(chosen.getCAS(), curated.getCas()).copyFs(chosen);
		String label = "Take " + annotators.get(annotator) + "'s " + d.kind() + " '" + abbreviate(d.text()) + "'";
		return new CasEdit() {
			@Override
			public String label() {
				return label;
			}

			@Override
			public void apply() {
				existing.forEach(Reviewable::removeFromIndexes);
				if (copy != null) {
					copy.addToIndexes();
					if (copy instanceof Claim c) {
						for (Reviewable part : new Reviewable[] { c.getSource(), c.getCue(), c.getQuantity() }) {
							if (part != null) {
								part.addToIndexes();
							}
						}
					}
				}
			}

			@Override
			public void undo() {
				if (copy != null) {
					copy.removeFromIndexes();
				}
				existing.forEach(Reviewable::addToIndexes);
			}

			@Override
			public List<Reviewable> affected() {
				List<Reviewable> all = new ArrayList<>(existing);
				if (copy != null) {
					all.add(copy);
				}
				return all;
			}
		};
	}

	private static String abbreviate(String s) {
		return s.length() <= 30 ? s : s.substring(0, 27) + "...";
	}
}
