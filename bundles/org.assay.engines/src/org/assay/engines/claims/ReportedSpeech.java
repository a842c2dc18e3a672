package org.assay.engines.claims;

import java.util.List;

import org.assay.engines.internal.TokenView;
import org.assay.types.ClaimKind;

/**
 * Reported speech in one sentence: X said that ...; ..., sources told AFP; according to X;
 * For X, ...; passives with an agent ("was confirmed by X"); "X quoted Y as saying ..."; cue
 * nouns ({@link NounCues}: "the minister's claim that ...", "in her view, ...").
 */
final class ReportedSpeech {

	private final ClaimContext ctx;
	private final TokenView t;
	private final Clauses clauses;
	private final SourcePhrase phrases;
	private final NounCues nouns;

	ReportedSpeech(ClaimContext ctx, SourcePhrase phrases) {
		this.ctx = ctx;
		this.t = ctx.t;
		this.clauses = ctx.clauses;
		this.phrases = phrases;
		this.nouns = new NounCues(ctx, phrases);
	}

	/** Finds the reported-speech claims of sentence {@code s} that no quote attribution took. */
	void find(int s, List<Attribution> found) {
		int from = t.sentenceFirst[s];
		int to = t.sentenceLast[s];
		// According to X, CONTENT. / CONTENT, according to X.
		for (int k = from; k < to; k++) {
			if (t.is(k, "according") && t.is(k + 1, "to") && !ctx.claimed[k] && !ctx.inQuote[k]) {
				add(according(s, k), found);
			}
		}
		nouns.find(s, found);
		for (int k = from; k <= to; k++) {
			if (ctx.usedCue[k] || ctx.claimed[k] || ctx.inQuote[k] || !ctx.cues.isCue(k)) {
				continue;
			}
			add(reportingVerb(s, k), found);
		}
		if (!ctx.claimed[from] && t.is(from, "for")) {
			Attribution f = forSource(s, to);
			if (f != null && !ctx.anyClaimed(f.contentFirst, f.contentLast)) {
				add(f, found);
			}
		}
	}

	private void add(Attribution f, List<Attribution> found) {
		if (f != null) {
			found.add(f);
			ctx.mark(f);
		}
	}

	/** "For SOURCE, CONTENT": the source must be a person (a PERSON entity or a role noun). */
	Attribution forSource(int s, int limit) {
		int from = t.sentenceFirst[s];
		if (!t.is(from, "for")) {
			return null;
		}
		int comma = -1;
		for (int k = from + 1; k < Math.min(limit, from + 14); k++) {
			if (t.word[k].equals(",")) {
				comma = k;
				break;
			}
		}
		if (comma < 0 || comma == from + 1 || !phrases.looksLikePersonPhrase(from + 1, comma - 1)) {
			return null;
		}
		Attribution f = new Attribution();
		f.cueFirst = from;
		f.cueLast = from;
		f.sourceFirst = from + 1;
		f.sourceLast = comma - 1;
		f.contentFirst = comma + 1;
		f.contentLast = clauses.sentenceContentEnd(s);
		f.kind = ClaimKind.INDIRECT;
		f.confidence = ctx.settings.forSource();
		return f;
	}

	private Attribution according(int s, int k) {
		int from = t.sentenceFirst[s];
		int end = clauses.sentenceContentEnd(s);
		Attribution f = new Attribution();
		f.cueFirst = k;
		f.cueLast = k + 1;
		f.confidence = ctx.settings.accordingTo();
		f.kind = ClaimKind.INDIRECT;
		if (k == from || (k == from + 1 && t.isOpeningQuote(from))) {
			int comma = clauses.nextComma(k + 2, end);
			if (comma < 0) {
				return null;
			}
			f.sourceFirst = k + 2;
			f.sourceLast = comma - 1;
			f.contentFirst = comma + 1;
			f.contentLast = end;
		} else {
			f.sourceFirst = k + 2;
			int sourceEnd = clauses.nextComma(k + 2, end);
			f.sourceLast = sourceEnd < 0 ? end : sourceEnd - 1;
			f.contentFirst = from;
			f.contentLast = k - 1;
			while (f.contentLast > f.contentFirst && t.word[f.contentLast].equals(",")) {
				f.contentLast--;
			}
			if (sourceEnd >= 0 && sourceEnd < end) {
				// "..., according to X, ..." — the content goes on after the source
				f.contentLast = end;
			}
		}
		if (f.sourceLast < f.sourceFirst || f.contentLast < f.contentFirst || ctx.anyClaimed(f.contentFirst, f.contentLast)) {
			return null;
		}
		if (clauses.hasQuoteMark(f)) {
			f.kind = ClaimKind.MIXED;
		}
		return f;
	}

	private Attribution reportingVerb(int s, int k) {
		int from = t.sentenceFirst[s];
		int end = clauses.sentenceContentEnd(s);
		int cueLast = ctx.cues.cueEnd(k, end);
		Attribution f = new Attribution();
		f.cueFirst = k;
		f.cueLast = cueLast;
		f.kind = ClaimKind.INDIRECT;
		f.confidence = ctx.settings.reportingVerb();
		int after = cueLast + 1;
		if (t.is(k, "quoted")) {
			return quotedAsSaying(f, k, end);
		}
		if (t.is(after, "by") && k > from && clauses.isBeBefore(k)) {
			// passive with an agent: "... was confirmed by the ministry"
			int agentEnd = after + 1;
			while (agentEnd + 1 <= end && !t.is(agentEnd + 1, "to", ",", "that", "as") && agentEnd - after < 8) {
				agentEnd++;
			}
			f.sourceFirst = after + 1;
			f.sourceLast = agentEnd;
			f.cueLast = after;
			f.contentFirst = from;
			f.contentLast = end;
			return ctx.acceptable(f) ? f : null;
		}
		boolean contentBefore = after > end || (t.word[after].equals(",") && after >= end)
				|| (t.in(after, Cues.TIME_ADJUNCT_OPENERS) && !clauses.hasVerb(after, end));
		if (contentBefore) {
			if (!sourceAfterContent(f, k, from)) {
				return null;
			}
		} else if (t.word[after].equals(",") && clauses.precededByComma(k, from)) {
			// CONTENT, SOURCE said, CONTENT.
			int comma = clauses.lastCommaBefore(k, from);
			f.sourceFirst = comma + 1;
			f.sourceLast = phrases.trimSource(comma + 1, k - 1);
			f.contentFirst = from;
			f.contentLast = end;
		} else {
			if (!phrases.findSubject(f, k, from)) {
				return null;
			}
			f.contentFirst = clauses.skipThat(after, end);
			f.contentLast = end;
		}
		if (!ctx.acceptable(f)) {
			return null;
		}
		if (clauses.hasQuoteMark(f)) {
			f.kind = ClaimKind.MIXED;
		}
		return f;
	}

	/** RFI quoted an officer as saying ... */
	private Attribution quotedAsSaying(Attribution f, int k, int end) {
		for (int m = k + 1; m + 1 <= end && m < k + 20; m++) {
			if (t.is(m, "as") && t.is(m + 1, "saying")) {
				f.sourceFirst = k + 1;
				f.sourceLast = m - 1;
				f.contentFirst = clauses.skipThat(m + 2, end);
				f.contentLast = end;
				return ctx.acceptable(f) ? f : null;
			}
		}
		return null;
	}

	/** CONTENT, SOURCE said. — also "..., NAME, a ROLE with ORG, told X." */
	private boolean sourceAfterContent(Attribution f, int k, int from) {
		int comma = -1;
		for (int m = k - 1; m > from; m--) {
			if (t.word[m].equals(",")) {
				comma = m;
				break;
			}
			if (ctx.inQuote[m]) {
				break;
			}
		}
		if (comma < 0) {
			return false;
		}
		if (comma == k - 1 || phrases.trimSource(comma + 1, k - 1) < comma + 1) {
			// "..., NAME, a ROLE with ORG, told X." : the source is the name and its apposition
			int apposition = clauses.lastCommaBefore(comma, from);
			if (apposition > from && t.pos[apposition + 1].equals("DET")) {
				int name = clauses.lastCommaBefore(apposition, from);
				if (name > from && t.isCapitalized(name + 1) && apposition - name <= 5) {
					f.sourceFirst = name + 1;
					f.sourceLast = comma - 1;
					f.contentFirst = from;
					f.contentLast = name - 1;
					return true;
				}
			}
			return false;
		}
		f.sourceLast = phrases.trimSource(comma + 1, k - 1);
		f.sourceFirst = phrases.nounPhraseStart(comma + 1, f.sourceLast);
		f.contentFirst = from;
		f.contentLast = comma - 1;
		return true;
	}
}
