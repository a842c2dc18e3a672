package org.assay.core.review;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.core.Span;
import org.assay.type.Claim;
import org.assay.type.Reviewable;

/** The annotations a claim points to, which travel with it when it is copied, decided or deleted. */
public final class ClaimParts {

	private ClaimParts() {
	}

	/** The claim's source, cue and quantity, those it has, in that order. */
	public static List<Reviewable> of(Claim claim) {
		List<Reviewable> parts = new ArrayList<>(3);
		addIfPresent(parts, claim.getSource());
		addIfPresent(parts, claim.getCue());
		addIfPresent(parts, claim.getQuantity());
		return parts;
	}

	/** The claim's source and cue, those it has (a quantity is also an entity of its own). */
	public static List<Reviewable> attribution(Claim claim) {
		List<Reviewable> parts = new ArrayList<>(2);
		addIfPresent(parts, claim.getSource());
		addIfPresent(parts, claim.getCue());
		return parts;
	}

	/**
	 * The claim's content: its fragments when it has several (a quote split around its cue),
	 * else its whole span.
	 */
	public static List<Span> content(Claim claim) {
		FSArray<Annotation> fragments = claim.getFragments();
		if (fragments == null || fragments.size() == 0) {
			return List.of(new Span(claim.getBegin(), claim.getEnd()));
		}
		List<Span> spans = new ArrayList<>(fragments.size());
		for (Annotation f : fragments) {
			spans.add(new Span(f.getBegin(), f.getEnd()));
		}
		return spans;
	}

	/**
	 * Sets the claim's content to {@code fragments} (in text order, not overlapping): the claim
	 * spans the first to the last, and records them when there are several. The fragment
	 * annotations are not indexed; they belong to the claim.
	 */
	public static void setContent(Claim claim, List<Span> fragments) {
		if (fragments.isEmpty()) {
			throw new IllegalArgumentException("a claim's content has at least one fragment");
		}
		if (fragments.size() == 1) {
			claim.setFragments(null);
			return;
		}
		JCas jcas = claim.getJCas();
		FSArray<Annotation> array = new FSArray<>(jcas, fragments.size());
		for (int i = 0; i < fragments.size(); i++) {
			Span f = fragments.get(i);
			array.set(i, new Annotation(jcas, f.begin(), f.end()));
		}
		claim.setFragments(array);
	}

	/**
	 * The fragments of a claim whose span moves to {@code begin..end}: those outside are
	 * dropped, the first now starts at {@code begin} and the last ends at {@code end}.
	 */
	public static List<Span> moved(Claim claim, int begin, int end) {
		List<Span> kept = new ArrayList<>();
		for (Span f : content(claim)) {
			if (f.end() > begin && f.begin() < end) {
				kept.add(f);
			}
		}
		if (kept.isEmpty()) {
			return List.of(new Span(begin, end));
		}
		kept.set(0, new Span(begin, kept.get(0).end()));
		int last = kept.size() - 1;
		kept.set(last, new Span(kept.get(last).begin(), end));
		return kept;
	}

	private static void addIfPresent(List<Reviewable> list, Reviewable r) {
		if (r != null) {
			list.add(r);
		}
	}
}
