package org.assay.core.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;

/**
 * Moves through the annotations an annotator reviews (entities and claims; a claim's source,
 * cue and quantity are reviewed with it), in text order.
 */
public final class ReviewNavigator {

	private ReviewNavigator() {
	}

	/** Entities and claims of the layer, in text order (the CAS annotation index's order; no sort). */
	public static List<Reviewable> reviewables(JCas jcas) {
		List<Reviewable> all = new ArrayList<>(jcas.getAnnotationIndex(Reviewable.class).size());
		for (Reviewable r : jcas.getAnnotationIndex(Reviewable.class)) {
			if (r instanceof Entity || r instanceof Claim) {
				all.add(r);
			}
		}
		return all;
	}

	/** The first SUGGESTED annotation after {@code current} (or after {@code offset} if none), wrapping around. */
	public static Optional<Reviewable> nextSuggestion(JCas jcas, Reviewable current, int offset) {
		return step(jcas, current, offset, true);
	}

	/** The last SUGGESTED annotation before {@code current} (or {@code offset}), wrapping around. */
	public static Optional<Reviewable> previousSuggestion(JCas jcas, Reviewable current, int offset) {
		return step(jcas, current, offset, false);
	}

	/**
	 * Walks the CAS's annotation index from the current annotation (or the offset): O(log n) to
	 * position, then one step per annotation, so large documents stay fast.
	 */
	private static Optional<Reviewable> step(JCas jcas, Reviewable current, int offset, boolean forward) {
		FSIterator<Reviewable> it = jcas.getAnnotationIndex(Reviewable.class).iterator();
		if (current != null && current.getCAS() == jcas.getCas()) {
			it.moveTo(current);
			while (it.isValid() && it.get() != current) {
				it.moveToNext();
			}
			if (!it.isValid()) {
				it.moveTo(current);
			}
			advance(it, forward);
		} else {
			it.moveTo(new Annotation(jcas, offset, Integer.MAX_VALUE));
			if (!forward) {
				if (it.isValid()) {
					it.moveToPrevious();
				} else {
					it.moveToLast();
				}
			}
		}
		int size = jcas.getAnnotationIndex(Reviewable.class).size();
		for (int seen = 0; seen <= size; seen++) {
			if (!it.isValid()) {
				if (forward) {
					it.moveToFirst();
				} else {
					it.moveToLast();
				}
				if (!it.isValid()) {
					return Optional.empty();
				}
			}
			Reviewable r = it.get();
			if ((r instanceof Entity || r instanceof Claim) && ReviewStatus.parse(r.getStatus()) == ReviewStatus.SUGGESTED
					&& r != current) {
				return Optional.of(r);
			}
			advance(it, forward);
		}
		return Optional.empty();
	}

	private static void advance(FSIterator<Reviewable> it, boolean forward) {
		if (forward) {
			it.moveToNext();
		} else {
			it.moveToPrevious();
		}
	}

	/**
	 * How undecided the engine was about a suggestion: 1 minus the margin between its best
	 * labelling and its second best. A model that says its runner-up ({@code runnerUp}, e.g. the
	 * sequence recommender: ORG at 0.41 against PERSON at 0.47) gives the margin itself; for the
	 * others the second best is "no such annotation" with the rest of the confidence: 1 at
	 * confidence 0.5, 0 at 0 or 1.
	 */
	public static double uncertainty(Reviewable r) {
		if (r.getRunnerUp() != null) {
			return Math.max(0, Math.min(1, 1 - (r.getConfidence() - r.getRunnerUpConfidence())));
		}
		return 1 - Math.abs(2 * r.getConfidence() - 1);
	}

	/** Most uncertain first, then text order. */
	private static final Comparator<Reviewable> UNCERTAIN_FIRST = Comparator
			.comparingDouble((Reviewable r) -> -uncertainty(r)).thenComparingInt(Annotation::getBegin)
			.thenComparingInt(Annotation::getEnd);

	/**
	 * The next (or previous) SUGGESTED entity or claim in most-uncertain-first order after
	 * {@code current} (which may already be decided), wrapping around; with no current one, the
	 * most uncertain.
	 */
	public static Optional<Reviewable> nextUncertain(JCas jcas, Reviewable current, boolean forward) {
		List<Reviewable> open = new ArrayList<>();
		for (Reviewable r : reviewables(jcas)) {
			if (ReviewStatus.parse(r.getStatus()) == ReviewStatus.SUGGESTED && r != current) {
				open.add(r);
			}
		}
		if (open.isEmpty()) {
			return Optional.empty();
		}
		open.sort(UNCERTAIN_FIRST);
		if (current == null) {
			return Optional.of(forward ? open.get(0) : open.get(open.size() - 1));
		}
		if (forward) {
			for (Reviewable r : open) {
				if (UNCERTAIN_FIRST.compare(r, current) > 0) {
					return Optional.of(r);
				}
			}
			return Optional.of(open.get(0));
		}
		for (int i = open.size() - 1; i >= 0; i--) {
			if (UNCERTAIN_FIRST.compare(open.get(i), current) < 0) {
				return Optional.of(open.get(i));
			}
		}
		return Optional.of(open.get(open.size() - 1));
	}

	/** Entities and claims covering {@code offset}, innermost first (entities before the claims around them). */
	public static List<Reviewable> at(JCas jcas, int offset) {
		List<Reviewable> hits = new ArrayList<>();
		for (Reviewable r : jcas.select(Reviewable.class).covering(offset, offset)) {
			if ((r instanceof Entity || r instanceof Claim) && (offset < r.getEnd() || r.getBegin() == r.getEnd())) {
				hits.add(r);
			}
		}
		hits.sort(Comparator.comparingInt((Reviewable r) -> r.getEnd() - r.getBegin()));
		return hits;
	}

	/**
	 * How far the review of a layer is. Annotations made by hand (MANUAL) are not suggestions:
	 * the count of suggestions does not grow as the annotator adds their own.
	 *
	 * @param open        suggestions still to review (SUGGESTED)
	 * @param suggestions entities and claims that came as suggestions (open or decided)
	 * @param manual      entities and claims made by hand
	 */
	public record Progress(int open, int suggestions, int manual) {
		/** Suggestions decided on. */
		public int reviewed() {
			return suggestions - open;
		}
	}

	/** The annotator's progress in a layer: suggestions open and decided, and annotations made by hand. */
	public static Progress progress(JCas jcas) {
		int open = 0;
		int suggestions = 0;
		int manual = 0;
		String suggested = ReviewStatus.SUGGESTED.name();
		String byHand = ReviewStatus.MANUAL.name();
		// counting needs no order: without it, the subtypes' indexes are walked one after the other
		// instead of merged (the status line counts after every key press, on 50,000 annotations)
		for (Reviewable r : jcas.select(Reviewable.class).orderNotNeeded()) {
			if (r instanceof Entity || r instanceof Claim) {
				if (byHand.equals(r.getStatus())) {
					manual++;
					continue;
				}
				suggestions++;
				if (suggested.equals(r.getStatus())) {
					open++;
				}
			}
		}
		return new Progress(open, suggestions, manual);
	}
}
