package org.assay.engines.claims;

import org.assay.engines.internal.TokenView;
import org.assay.types.Factuality;

/**
 * How firmly a claim is made: DENIED (denial cue, negated event, "neither ... nor"), HEDGED
 * (distancing cue, "reportedly", "believed to"), UNCERTAIN ("could not confirm", a question, a
 * modal), else ASSERTED.
 */
final class FactualityClassifier {

	private final TokenView t;
	private final CueMatcher cues;

	FactualityClassifier(TokenView t, CueMatcher cues) {
		this.t = t;
		this.cues = cues;
	}

	/**
	 * @param f           the claim
	 * @param attribution the claim whose cue governs it (itself, or the first part of its quote)
	 */
	Factuality classify(Attribution f, Attribution attribution) {
		int cueFirst = attribution.cueFirst;
		int cueLast = attribution.cueLast;
		if (cueFirst >= 0 && Cues.DENIAL.contains(t.lower(cueFirst))) {
			return Factuality.DENIED;
		}
		int scopeFirst = Math.min(f.contentFirst, cueFirst >= 0 ? Math.max(t.sentenceFirst[t.sentenceOf[cueFirst]], cueFirst - 4) : f.contentFirst);
		int scopeLast = Math.max(f.contentLast, cueLast);
		boolean neither = false;
		boolean nor = false;
		boolean negatedEvent = false;
		boolean unconfirmed = false;
		boolean modal = false;
		boolean hedged = cueFirst >= 0 && Cues.DISTANCING.contains(t.lower(cueFirst));
		for (int m = scopeFirst; m <= scopeLast; m++) {
			String w = t.lower(m);
			neither |= w.equals("neither");
			nor |= w.equals("nor");
			if (Cues.NEGATIONS.contains(w) && m >= f.contentFirst) {
				for (int n = m + 1; n <= Math.min(scopeLast, m + 3); n++) {
					if (t.pos[n].equals("VERB")) {
						negatedEvent = true;
					}
				}
			}
			if ((w.equals("could") || w.equals("can") || w.equals("cannot")) && (t.is(m + 1, "not") || t.is(m + 1, "n't") || w.equals("cannot"))) {
				for (int n = m + 1; n <= Math.min(scopeLast, m + 4); n++) {
					if (t.in(n, Cues.VERIFICATION_VERBS)) {
						unconfirmed = true;
					}
				}
			}
			unconfirmed |= Cues.UNCONFIRMED.contains(w);
			if (m >= f.contentFirst && Cues.MODALS.contains(w)) {
				int n = m + 1;
				while (n <= scopeLast && t.pos[n].equals("ADV")) {
					n++;
				}
				modal |= n <= scopeLast && (t.pos[n].equals("VERB") || t.pos[n].equals("AUX"));
			}
			hedged |= Cues.HEDGE_ADVERBS.contains(w);
			hedged |= cues.isHedgeBeforeTo(m);
		}
		boolean question = f.contentLast + 1 < t.size && t.word[f.contentLast + 1].equals("?");
		if (neither && nor) {
			return Factuality.DENIED;
		}
		if (unconfirmed || question) {
			return Factuality.UNCERTAIN;
		}
		if (hedged) {
			return Factuality.HEDGED; // "appears not to have": the hedge governs the negation
		}
		if (negatedEvent) {
			return Factuality.DENIED;
		}
		return modal ? Factuality.UNCERTAIN : Factuality.ASSERTED;
	}
}
