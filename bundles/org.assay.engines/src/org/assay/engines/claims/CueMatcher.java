package org.assay.engines.claims;

import org.assay.engines.internal.TokenView;

/** Whether a token is the cue of a claim, and how far the cue reaches ("told AFP", "spoke of"). */
final class CueMatcher {

	private final TokenView t;
	private final Clauses clauses;

	CueMatcher(TokenView t, Clauses clauses) {
		this.t = t;
		this.clauses = clauses;
	}

	/** Whether token {@code k} is a reporting verb used as one (not a noun, adjective or passive). */
	boolean isCue(int k) {
		String w = t.lower(k);
		boolean withPreposition = t.is(k + 1, Cues.PREPOSITION_VERBS.getOrDefault(w, "\0"));
		if (!(Cues.VERBS.contains(w) || withPreposition) || t.isCapitalized(k)) {
			return false; // "Islamic State", sentence-initial "Reports"
		}
		String pos = t.pos[k];
		if (Cues.AMBIGUOUS.contains(w) && !pos.equals("VERB")
				&& !(k > 0 && (t.pos[k - 1].equals("PROPN") || t.pos[k - 1].equals("PRON") || t.isCapitalized(k - 1)) && w.endsWith("s")
						&& (k + 1 >= t.size || t.is(k + 1, ".", "that", ",")))) {
			return false; // "Conflicting reports", but "AFP reports."
		}
		if (k > 0 && t.is(k - 1, "to")) {
			return false; // "allowing him to maintain control"
		}
		int prev = k - 1;
		while (prev >= 0 && (t.pos[prev].equals("ADV") || t.is(prev, "not", "n't"))) {
			prev--;
		}
		if (prev >= 0 && Cues.BE.contains(t.lower(prev)) && !t.is(k + 1, "by")) {
			return false; // passive without agent: "are frequently accused of"
		}
		if (Cues.MODIFIER_PARTICIPLES.contains(w) && k > 0 && (t.pos[k - 1].equals("NOUN") || t.pos[k - 1].equals("PROPN"))
				&& t.is(k + 1, "of", "to")) {
			return false; // "soldiers accused of attempting"
		}
		if (Cues.PARTICIPLES.contains(w) && k > 0 && (t.pos[k - 1].equals("NOUN") || t.pos[k - 1].equals("PROPN"))) {
			return false; // "a statement stating the reasons"
		}
		boolean clause = t.is(k + 1, "that") || clauses.finiteClauseAfter(k + 1);
		if (Cues.WEAK.contains(w) && !clause && !withPreposition) {
			return false;
		}
		if (Cues.INFINITIVE_VERBS.contains(w) && !clause && !infinitiveAfter(k)) {
			return false; // "expected on Monday", but "urged voters to stay", "promised to cut"
		}
		if (pos.equals("ADJ") || (k > 0 && (t.pos[k - 1].equals("DET") || t.is(k - 1, "the", "a", "an")))) {
			return false; // "the reported cracks", "an alleged plot"
		}
		if (w.equals("estimated") && k > 0 && t.is(k - 1, "an")) {
			return false;
		}
		return pos.equals("VERB") || pos.equals("NOUN") || pos.equals("AUX") || pos.equals("PROPN");
	}

	/** The cue's last token: "told AFP", "told Al Jazeera", "spoke of", "according to", "pointed out". */
	int cueEnd(int k, int end) {
		int last = k;
		if (t.in(k, Cues.ADDRESSEE_CUES) && k + 1 <= end) {
			int m = k + 1;
			while (m <= end && t.isCapitalized(m) && (t.pos[m].equals("PROPN") || t.isAllCaps(m) || t.pos[m].equals("NOUN") || t.pos[m].equals("ADV"))) {
				last = m;
				m++;
			}
			if (last == k && t.in(k + 1, Cues.ADDRESSEES)) {
				if (t.is(k + 1, "the") && k + 2 <= end && t.isCapitalized(k + 2)) {
					last = k + 2;
				} else if (!t.is(k + 1, "the")) {
					last = k + 1;
				}
			}
		} else if (t.is(k, "spoke", "speaks") && t.is(k + 1, "of")) {
			last = k + 1;
		} else if (k + 1 <= end && t.is(k + 1, Cues.PREPOSITION_VERBS.getOrDefault(t.lower(k), "\0"))) {
			last = k + 1; // "called for", "warned of"
		}
		return last;
	}

	/** "to" and a verb right after the cue or after its object: "promised to cut", "urged voters to stay". */
	private boolean infinitiveAfter(int k) {
		int sentenceLast = t.sentenceLast[t.sentenceOf[k]];
		for (int m = k + 1; m < sentenceLast && m <= k + 8; m++) {
			if (t.is(m, "to")) {
				// the tagger often reads "to ease" as a preposition and a noun: a bare lower-case word counts
				String next = t.pos[m + 1];
				return t.pos[m].equals("PART") || next.equals("VERB") || next.equals("AUX")
						|| next.equals("NOUN") && !t.isCapitalized(m + 1);
			}
			if (t.pos[m].equals("VERB") || t.pos[m].equals("AUX") || t.pos[m].equals("PUNCT") || t.pos[m].equals("SCONJ")) {
				return false;
			}
		}
		return false;
	}

	/** "believed to", "appears (not) to", "is said to": a hedge on what follows. */
	boolean isHedgeBeforeTo(int m) {
		String w = t.lower(m);
		if (!Cues.HEDGE_BEFORE_TO.contains(w)) {
			return false;
		}
		int next = t.is(m + 1, "not") ? m + 2 : m + 1;
		if (!t.is(next, "to")) {
			return false;
		}
		// "said to" hedges only in the passive ("is said to"); "told to" never does
		return !w.equals("said") || t.in(m - 1, Cues.FINITE_BE);
	}
}
