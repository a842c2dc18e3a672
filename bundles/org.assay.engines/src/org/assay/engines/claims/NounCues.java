package org.assay.engines.claims;

import java.util.List;

import org.assay.engines.internal.TokenView;
import org.assay.types.ClaimKind;

/**
 * Claims whose cue is a noun: "the minister's claim that the roads are safe", "her warning that
 * prices would rise", "the accusation by the opposition that the count was rigged", "in the
 * committee's view, the contract breached the rules", "in the view of analysts, ...". The source
 * is the possessor or the by/from/of phrase; the content is the "that" clause (cut where the
 * sentence's own verb resumes: "... that the roads are safe | was disputed") or, after "in ...
 * view,", the rest of the sentence.
 */
final class NounCues {

	private final ClaimContext ctx;
	private final TokenView t;
	private final SourcePhrase phrases;

	NounCues(ClaimContext ctx, SourcePhrase phrases) {
		this.ctx = ctx;
		this.t = ctx.t;
		this.phrases = phrases;
	}

	/** Finds the noun-cue claims of sentence {@code s} and adds them to {@code found}. */
	void find(int s, List<Attribution> found) {
		int from = t.sentenceFirst[s];
		int to = t.sentenceLast[s];
		for (int k = from + 1; k <= to; k++) {
			if (!t.in(k, Cues.NOUNS) || !t.pos[k].equals("NOUN") || ctx.claimed[k] || ctx.inQuote[k]) {
				continue;
			}
			Attribution f = attribution(s, k);
			if (f != null && ctx.acceptable(f)) {
				found.add(f);
				ctx.mark(f);
			}
		}
	}

	private Attribution attribution(int s, int k) {
		int from = t.sentenceFirst[s];
		int end = ctx.clauses.sentenceContentEnd(s);
		Attribution f = new Attribution();
		f.cueFirst = k;
		f.cueLast = k;
		f.kind = ClaimKind.INDIRECT;
		f.confidence = ctx.settings.nounCue();
		int afterCue = k + 1;
		if (!possessor(f, k, from)) {
			// the accusation by the opposition that ... / the view of analysts
			if (!t.is(k + 1, "by", "from", "of") || !t.is(k - 1, "the", "a", "an")) {
				return null;
			}
			int last = k + 2;
			while (last + 1 <= end && !t.is(last + 1, "that", ",") && last - k < 10) {
				last++;
			}
			if (!t.is(last + 1, "that", ",") || !phrases.looksLikeSourcePhrase(k + 2, last)) {
				return null;
			}
			f.sourceFirst = k + 2;
			f.sourceLast = last;
			afterCue = last + 1;
		}
		int determinerOrPossessor = Math.min(f.sourceFirst, k);
		if (t.is(determinerOrPossessor - 1, "the")) {
			determinerOrPossessor--;
		}
		if (t.is(determinerOrPossessor - 1, "in") && t.is(afterCue, ",")) {
			// In the committee's view, CONTENT. / In the view of analysts, CONTENT.
			f.contentFirst = afterCue + 1;
			f.contentLast = end;
			return f.contentLast >= f.contentFirst ? f : null;
		}
		if (!t.is(afterCue, "that") || afterCue + 1 > end) {
			return null;
		}
		f.contentFirst = afterCue + 1;
		boolean subject = !ctx.clauses.hasVerb(from, determinerOrPossessor - 1);
		f.contentLast = subject ? ctx.clauses.complementEnd(f.contentFirst, end) : end;
		return f.contentLast >= f.contentFirst ? f : null;
	}

	/** A word of a possessor noun phrase: "the Ministry of Health", "the local council". */
	private boolean isPossessorWord(int k) {
		String pos = t.pos[k];
		return pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
				|| t.is(k, "of") && k > 0 && t.pos[k - 1].equals("PROPN");
	}

	/** "the minister's [repeated] claim", "her warning": the possessor is the source. */
	private boolean possessor(Attribution f, int k, int from) {
		int j = k - 1;
		while (j > from && t.pos[j].equals("ADJ")) {
			j--;
		}
		if (t.in(j, Cues.POSSESSIVES)) {
			f.sourceFirst = j;
			f.sourceLast = j;
			return true;
		}
		if (j > from && (t.word[j].equals("'s") || t.word[j].equals("\u2019s") || t.word[j].equals("'") || t.word[j].equals("\u2019"))) {
			int last = j - 1;
			int first = last;
			while (first - 1 >= from && isPossessorWord(first - 1)) {
				first--;
			}
			while (first < last && t.is(first, "of")) {
				first++;
			}
			f.sourceFirst = first;
			f.sourceLast = last;
			return isPossessorWord(last);
		}
		return false;
	}
}
