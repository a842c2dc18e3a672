package org.assay.core.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.util.CasCopier;
import org.assay.core.Abbreviation;
import org.assay.core.review.CasEdit;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.type.Sentence;
import org.assay.type.Token;
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

	/** What is compared at a position: an entity (by its span) or a claim (by its content span). */
	public enum Unit {
		ENTITY, CLAIM;

		Class<? extends Reviewable> type() {
			return this == ENTITY ? Entity.class : Claim.class;
		}

		/** "entity", "claim". */
		public String noun() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Where annotators' versions are compared. */
	public record Position(Unit unit, int begin, int end) {
	}

	/**
	 * One annotator's version at a position: its identifying value (label; or source, cue, kind
	 * and factuality) and the annotation, or {@link #NONE} when the annotator has nothing there.
	 */
	public record Version(String value, Reviewable annotation) {
		/** No decided annotation at the position. */
		public static final Version NONE = new Version("", null);

		/** Whether the annotator has a version here. */
		public boolean isPresent() {
			return annotation != null;
		}
	}

	/** How annotators' versions at a position differ. */
	public enum DifferenceKind {
		ENTITY_MISSING("entity missing in some layers"), LABELS("labels differ"),
		CLAIM_MISSING("claim missing in some layers"), CLAIM_PARTS("claim source, cue, kind or factuality differ");

		private final String description;

		DifferenceKind(String description) {
			this.description = description;
		}

		/** A short phrase for people. */
		public String describe() {
			return description;
		}
	}

	/**
	 * One position where the annotators' versions differ.
	 *
	 * @param position where
	 * @param text     the covered text
	 * @param versions one per annotator, in the order of {@link Curation#annotators()}
	 */
	public record Difference(Position position, String text, List<Version> versions) {

		/** Where the position starts. */
		public int begin() {
			return position.begin();
		}

		/** Where the position ends. */
		public int end() {
			return position.end();
		}

		/** Whether an entity or a claim is compared here. */
		public Unit unit() {
			return position.unit();
		}

		/** Whether some annotator has no version here, or their versions differ. */
		public DifferenceKind kind() {
			boolean missing = versions.stream().anyMatch(v -> !v.isPresent());
			if (unit() == Unit.CLAIM) {
				return missing ? DifferenceKind.CLAIM_MISSING : DifferenceKind.CLAIM_PARTS;
			}
			return missing ? DifferenceKind.ENTITY_MISSING : DifferenceKind.LABELS;
		}

		/** "labels differ", "entity missing in some layers", ... */
		public String describe() {
			return kind().describe();
		}
	}

	private final List<String> annotators;
	private final List<JCas> layers;
	private final Map<Position, Reviewable[]> positions = new LinkedHashMap<>();

	/**
	 * @param annotators the annotator ids, at least two
	 * @param layers     their layers of one document, in the same order
	 */
	public Curation(List<String> annotators, List<JCas> layers) {
		if (annotators.size() != layers.size() || annotators.size() < 2) {
			throw new IllegalArgumentException("curation needs at least two annotator layers");
		}
		this.annotators = List.copyOf(annotators);
		this.layers = List.copyOf(layers);
		for (int i = 0; i < layers.size(); i++) {
			for (Entity e : layers.get(i).select(Entity.class)) {
				if (decided(e)) {
					slot(new Position(Unit.ENTITY, e.getBegin(), e.getEnd()), i, e);
				}
			}
			for (Claim c : layers.get(i).select(Claim.class)) {
				if (decided(c)) {
					slot(new Position(Unit.CLAIM, c.getBegin(), c.getEnd()), i, c);
				}
			}
		}
	}

	private static boolean decided(Reviewable r) {
		return ReviewStatus.parse(r.getStatus()).isGold();
	}

	private void slot(Position position, int annotator, Reviewable r) {
		Reviewable[] row = positions.computeIfAbsent(position, k -> new Reviewable[annotators.size()]);
		if (row[annotator] == null) {
			row[annotator] = r;
		}
	}

	/** What identifies an annotator's version at a position. */
	static Version version(Reviewable r) {
		if (r == null) {
			return Version.NONE;
		}
		if (r instanceof Entity e) {
			return new Version(e.getLabel(), r);
		}
		Claim c = (Claim) r;
		return new Version(span(c.getSource()) + " | " + span(c.getCue()) + " | " + c.getKind() + " | " + c.getFactuality(), r);
	}

	private static String span(Annotation a) {
		return a == null ? "-" : a.getBegin() + "-" + a.getEnd() + " '" + a.getCoveredText() + "'";
	}

	private static boolean allSame(Reviewable[] row) {
		Set<String> distinct = new LinkedHashSet<>();
		for (Reviewable r : row) {
			Version v = version(r);
			distinct.add(v.isPresent() ? "=" + v.value() : "");
		}
		return distinct.size() == 1;
	}

	/** The positions where the annotators differ, in text order (longer spans first at one start). */
	public List<Difference> differences() {
		List<Difference> list = new ArrayList<>();
		for (Map.Entry<Position, Reviewable[]> e : positions.entrySet()) {
			Reviewable[] row = e.getValue();
			if (!allSame(row)) {
				List<Version> versions = new ArrayList<>(row.length);
				for (Reviewable r : row) {
					versions.add(version(r));
				}
				Position p = e.getKey();
				list.add(new Difference(p, text().substring(p.begin(), p.end()), List.copyOf(versions)));
			}
		}
		list.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
		return list;
	}

	/**
	 * Why annotator {@code k} has no version at a difference: "rejected by bob" when they rejected
	 * the suggestion there, "not reviewed" when it is still a suggestion in their layer, else
	 * "nothing" (they have no annotation there at all). Null when they do have a version.
	 */
	public String absence(Difference d, int k) {
		if (d.versions().get(k).isPresent()) {
			return null;
		}
		String why = "nothing";
		for (Reviewable r : layers.get(k).select(d.unit().type()).at(d.begin(), d.end())) {
			ReviewStatus status = ReviewStatus.parse(r.getStatus());
			if (status == ReviewStatus.REJECTED) {
				return "rejected by " + annotators.get(k);
			}
			if (status == ReviewStatus.SUGGESTED) {
				why = "not reviewed";
			}
		}
		return why;
	}

	/**
	 * Whether the annotators actually decided differently here: at least two different decisions
	 * (versions, or a rejection) — not merely someone who has not reviewed the position yet.
	 */
	public boolean decidedDifferently(Difference d) {
		Set<String> decisions = new HashSet<>();
		for (int k = 0; k < annotators.size(); k++) {
			Version v = d.versions().get(k);
			String absent = absence(d, k);
			if (v.isPresent()) {
				decisions.add(v.value());
			} else if (absent.startsWith("rejected")) {
				decisions.add("(rejected)");
			}
		}
		return decisions.size() >= 2;
	}

	/** The annotators compared, in the order of every difference's versions. */
	public List<String> annotators() {
		return annotators;
	}

	/** The curated layer's version at a difference's position ({@link Version#NONE} if it has none). */
	public static Version curatedVersion(JCas curated, Difference d) {
		for (Reviewable r : curated.select(d.unit().type()).at(d.begin(), d.end())) {
			return version(r);
		}
		return Version.NONE;
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
		for (Sentence s : layers.get(0).select(Sentence.class)) {
			((TOP) copier.copyFs(s)).addToIndexes();
		}
		for (Token t : layers.get(0).select(Token.class)) {
			((TOP) copier.copyFs(t)).addToIndexes();
		}
		for (Reviewable[] row : positions.values()) {
			if (allSame(row) && row[0] != null) {
				add(copier, row[0]);
			}
		}
		return into;
	}

	private static void add(CasCopier copier, Reviewable r) {
		Reviewable copy = (Reviewable) copier.copyFs(r);
		copy.addToIndexes();
		if (copy instanceof Claim c) {
			ClaimParts.of(c).forEach(Reviewable::addToIndexes);
		}
	}

	/**
	 * Takes annotator {@code i}'s version at a difference into the curated layer (replacing what the
	 * curated layer has at that position), as an undoable edit.
	 */
	public CasEdit take(JCas curated, Difference d, int annotator) {
		List<Reviewable> existing = new ArrayList<>();
		for (Reviewable r : curated.select(d.unit().type()).at(d.begin(), d.end())) {
			existing.add(r);
		}
		Reviewable chosen = d.versions().get(annotator).annotation();
		Reviewable copy = chosen == null ? null : (Reviewable) new CasCopier(chosen.getCAS(), curated.getCas()).copyFs(chosen);
		String label = "Take " + annotators.get(annotator) + "'s " + d.unit().noun() + " '" + Abbreviation.of(d.text(), 30) + "'";
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
						ClaimParts.of(c).forEach(Reviewable::addToIndexes);
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
}
