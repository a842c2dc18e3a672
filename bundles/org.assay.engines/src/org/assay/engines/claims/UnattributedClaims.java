package org.assay.engines.claims;

import java.util.List;

import org.assay.engines.internal.TokenView;
import org.assay.type.Quantity;
import org.assay.types.ClaimKind;

/** Statements that carry a measured figure or a hedge and that no one is credited with. */
final class UnattributedClaims {

	private final ClaimContext ctx;
	private final TokenView t;

	UnattributedClaims(ClaimContext ctx) {
		this.ctx = ctx;
		this.t = ctx.t;
	}

	/** Adds sentence {@code s} as an UNATTRIBUTED claim when it qualifies and is still free. */
	void find(int s, List<Quantity> measured, List<Attribution> found) {
		int from = t.sentenceFirst[s];
		int last = t.sentenceLast[s];
		int end = ctx.clauses.sentenceContentEnd(s);
		if (ctx.anyClaimed(from, end) || !(t.word[last].equals(".") || t.word[last].equals("!")) || end - from < 3
				|| !ctx.clauses.hasVerb(from, end)) {
			return;
		}
		boolean hedge = false;
		for (int m = from; m <= end; m++) {
			hedge |= Cues.HEDGE_ADVERBS.contains(t.lower(m)) || ctx.cues.isHedgeBeforeTo(m);
		}
		boolean figure = false;
		for (Quantity q : measured) {
			if (q.getBegin() >= t.begin[from] && q.getEnd() <= t.end[end]) {
				figure = true;
				break;
			}
		}
		if (!hedge && !figure) {
			return;
		}
		Attribution f = new Attribution();
		f.contentFirst = from;
		f.contentLast = end;
		f.kind = ClaimKind.UNATTRIBUTED;
		f.confidence = ctx.settings.unattributed();
		found.add(f);
		ctx.mark(f);
	}
}
