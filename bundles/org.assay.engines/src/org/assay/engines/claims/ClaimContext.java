package org.assay.engines.claims;

import java.util.HashMap;
import java.util.Map;

import org.assay.engines.internal.TokenView;

/**
 * What attribution knows about one document while it works: the tokens, which of them are
 * inside quotes, which are already part of a claim, which cues are used. One per document;
 * the parts of {@link ClaimDetector} share it.
 */
final class ClaimContext {

	final TokenView t;
	final ClaimSettings settings;
	final Clauses clauses;
	final CueMatcher cues;
	final boolean[] inQuote;
	final boolean[] usedCue;
	final boolean[] claimed;
	/** Claims by the first token of their cue, for participles that share a main clause's source. */
	final Map<Integer, Attribution> byCue = new HashMap<>();

	ClaimContext(TokenView t, ClaimSettings settings) {
		this.t = t;
		this.settings = settings;
		this.clauses = new Clauses(t);
		this.cues = new CueMatcher(t, clauses);
		this.inQuote = new boolean[t.size];
		this.usedCue = new boolean[t.size];
		this.claimed = new boolean[t.size];
	}

	/** Whether any token of {@code a..b} is already part of a claim. */
	boolean anyClaimed(int a, int b) {
		for (int m = Math.max(0, a); m <= b && m < t.size; m++) {
			if (claimed[m]) {
				return true;
			}
		}
		return false;
	}

	/** Whether a claim is complete and its content still free. */
	boolean acceptable(Attribution f) {
		return f.isComplete(settings.maxSourceTokens()) && !anyClaimed(f.contentFirst, f.contentLast);
	}

	/** Records a claim: its tokens are taken, its cue used. */
	void mark(Attribution f) {
		for (int m = f.contentFirst; m <= f.contentLast; m++) {
			claimed[m] = true;
		}
		if (f.cueFirst >= 0) {
			byCue.put(f.cueFirst, f);
			for (int m = f.cueFirst; m <= f.cueLast; m++) {
				usedCue[m] = true;
				claimed[m] = true;
			}
		}
		if (f.sourceFirst >= 0) {
			for (int m = f.sourceFirst; m <= f.sourceLast; m++) {
				claimed[m] = true;
			}
		}
	}
}
