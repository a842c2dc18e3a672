package org.assay.engines.claims;

import java.util.List;

import org.assay.engines.claims.QuoteFinder.Quote;
import org.assay.engines.internal.TokenView;
import org.assay.types.ClaimKind;

/**
 * Attributes quotations: "Q," a source told AFP / "Q," said Maiga / X said: "Q" / X called it
 * "Q" (mixed) / "Q1," X said, "Q2" / a quote continuing an attributed one in the next sentences.
 */
final class QuoteAttribution {

	private final ClaimContext ctx;
	private final TokenView t;
	private final Clauses clauses;
	private final SourcePhrase phrases;
	private final ReportedSpeech reported;

	QuoteAttribution(ClaimContext ctx, SourcePhrase phrases, ReportedSpeech reported) {
		this.ctx = ctx;
		this.t = ctx.t;
		this.clauses = ctx.clauses;
		this.phrases = phrases;
		this.reported = reported;
	}

	/** Marks every token inside a quotation. */
	void markQuoted(List<Quote> quotes) {
		for (Quote q : quotes) {
			for (int k = q.open(); k <= q.close() && k < t.size; k++) {
				ctx.inQuote[k] = true;
			}
		}
	}

	/** Attributes every quotation it can and adds the claims to {@code found}. */
	void attribute(List<Quote> quotes, List<Attribution> found) {
		Attribution previous = null;
		for (int qi = 0; qi < quotes.size(); qi++) {
			Quote q = quotes.get(qi);
			int open = q.open();
			int close = q.close();
			int innerFirst = open + 1;
			int innerLast = q.closed() ? close - 1 : close;
			while (innerLast > innerFirst && clauses.isTrailingPunct(innerLast)) {
				innerLast--;
			}
			if (innerLast < innerFirst) {
				continue;
			}
			Attribution f = attributionAfter(close, q.closed());
			if (f == null) {
				f = attributionBefore(open);
			}
			if (f != null && f.kind == ClaimKind.MIXED) {
				int closeSentenceEnd = clauses.sentenceContentEnd(t.sentenceOf[close]);
				f.contentLast = Math.max(mixedContentEnd(close, Math.max(f.contentLast, closeSentenceEnd)), innerLast);
			} else if (f != null) {
				f.contentFirst = innerFirst;
				f.contentLast = innerLast;
				f.kind = ClaimKind.DIRECT_QUOTE;
			}
			if (f == null && previous != null && clauses.startsSentence(open)
					&& t.sentenceOf[open] - t.sentenceOf[previous.contentLast] <= ctx.settings.continuedQuoteSentences()) {
				f = new Attribution();
				f.contentFirst = innerFirst;
				f.contentLast = innerLast;
				f.kind = ClaimKind.DIRECT_QUOTE;
				f.confidence = ctx.settings.continuedQuote();
				f.sharesAttributionWith = previous.sharesAttributionWith != null ? previous.sharesAttributionWith : previous;
			}
			if (f == null) {
				continue;
			}
			found.add(f);
			ctx.mark(f);
			if (f.kind == ClaimKind.DIRECT_QUOTE && (f.sourceFirst >= 0 || f.sharesAttributionWith != null)) {
				previous = f;
			}
			if (qi + 1 < quotes.size() && secondPartOfSplitQuote(f, close, quotes.get(qi + 1))) {
				qi++;
			}
		}
	}

	/**
	 * "Q1," X said, "Q2." — one claim whose content has two fragments, the quote's parts on
	 * either side of its source and cue.
	 */
	private boolean secondPartOfSplitQuote(Attribution f, int close, Quote next) {
		if (f.cueLast < 0 || f.cueLast <= close) {
			return false;
		}
		int gap = next.open() - Math.max(f.cueLast, f.sourceLast);
		if (gap < 1 || gap > 2 || t.sentenceOf[next.open()] != t.sentenceOf[f.cueLast]) {
			return false;
		}
		int first = next.open() + 1;
		int last = next.closed() ? next.close() - 1 : next.close();
		while (last > first && clauses.isTrailingPunct(last)) {
			last--;
		}
		if (last < first || ctx.anyClaimed(first, last)) {
			return false;
		}
		f.addFragment(first, last);
		for (int m = first; m <= last; m++) {
			ctx.claimed[m] = true;
		}
		return true;
	}

	/** A mixed claim runs past its quote to the clause end, not into the next quote or cue. */
	private int mixedContentEnd(int close, int sentenceEnd) {
		for (int m = close + 1; m <= sentenceEnd; m++) {
			if (t.isOpeningQuote(m) || t.word[m].equals("\u201C") || (t.word[m].equals(",") && m + 1 < t.size && ctx.cues.isCue(m + 1))) {
				int last = m - 1;
				while (last > close && clauses.isTrailingPunct(last) && !t.isQuote(last)) {
					last--;
				}
				return last;
			}
		}
		return sentenceEnd;
	}

	/** "Q," a source told AFP. / "Q," said Maiga. / "Q" the source asked. */
	private Attribution attributionAfter(int close, boolean closed) {
		if (!closed) {
			return null;
		}
		int i = close + 1;
		if (i >= t.size || clauses.newlineBetween(close, i)) {
			return null;
		}
		int end = clauses.clauseEnd(i);
		if (i < t.size && t.word[i].equals(",")) {
			i++;
		}
		if (i > end) {
			return null;
		}
		for (int k = i; k <= end && k - i <= ctx.settings.cueWindow(); k++) {
			if (ctx.cues.isCue(k) && !ctx.inQuote[k] && !Cues.PARTICIPLES.contains(t.lower(k))) {
				return sourceAroundCue(i, k, end);
			}
			if (t.word[k].equals("\u201C") || t.word[k].equals("\"")) {
				break;
			}
		}
		return null;
	}

	/** The source before the cue at {@code k} ("a source told"), or after it ("said Maiga"). */
	private Attribution sourceAroundCue(int i, int k, int end) {
		Attribution f = new Attribution();
		int cueLast = ctx.cues.cueEnd(k, end);
		if (k > i) {
			f.sourceLast = phrases.trimSource(i, k - 1);
			int comma = clauses.lastCommaBefore(f.sourceLast + 1, i);
			f.sourceFirst = phrases.nounPhraseStart(comma >= i ? comma + 1 : i, f.sourceLast);
		} else if (t.in(k, Cues.INVERSION_VERBS)) {
			// inversion: said Maiga.
			int sEnd = cueLast + 1;
			while (sEnd + 1 <= end && !t.word[sEnd + 1].equals(",") && !t.word[sEnd + 1].equals(".")) {
				sEnd++;
			}
			if (sEnd <= end && sEnd > cueLast && sEnd - cueLast <= 8) {
				f.sourceFirst = cueLast + 1;
				f.sourceLast = sEnd;
				// "said Mercy Wanjiru, a student leader at the University of Nairobi."
				if (sEnd + 2 <= end && t.word[sEnd + 1].equals(",") && t.pos[sEnd + 2].equals("DET")) {
					int app = sEnd + 2;
					while (app + 1 <= end && !t.word[app + 1].equals(",")) {
						app++;
					}
					f.sourceLast = app;
				}
			}
		}
		if (f.sourceFirst < 0 || f.sourceLast < f.sourceFirst) {
			return null;
		}
		f.cueFirst = k;
		f.cueLast = cueLast;
		f.confidence = ctx.settings.quoteThenSource();
		return f;
	}

	/** X said: "Q" / X confirmed an "attempt" / He said the purge was "proof ...". */
	private Attribution attributionBefore(int open) {
		int s = t.sentenceOf[open];
		int from = t.sentenceFirst[s];
		for (int k = open - 1; k >= from; k--) {
			if (ctx.inQuote[k]) {
				break;
			}
			if (!ctx.cues.isCue(k) || ctx.usedCue[k]) {
				continue;
			}
			Attribution f = new Attribution();
			int cueLast = ctx.cues.cueEnd(k, open - 1);
			f.cueFirst = k;
			f.cueLast = cueLast;
			if (!phrases.findSubject(f, k, from)) {
				return null;
			}
			int between = cueLast + 1;
			while (between < open && (t.word[between].equals(",") || t.word[between].equals(":") || t.is(between, "that"))) {
				between++;
			}
			f.confidence = ctx.settings.sourceThenQuote();
			if (between == open && !wordsAfterQuote(open)) {
				f.kind = ClaimKind.DIRECT_QUOTE;
			} else {
				f.kind = ClaimKind.MIXED;
				f.contentFirst = between;
				f.contentLast = clauses.sentenceContentEnd(s);
			}
			return f;
		}
		// For Malian sociologist X, the purge was "proof ..."
		Attribution f = reported.forSource(s, open);
		if (f != null) {
			f.kind = ClaimKind.MIXED;
		}
		return f;
	}

	/** Whether the clause goes on after the quote that opens at {@code open}: ... that "Q" had been made. */
	private boolean wordsAfterQuote(int open) {
		int close = open + 1;
		while (close < t.size && !(t.isQuote(close) && !t.isOpeningQuote(close))) {
			close++;
		}
		int end = clauses.sentenceContentEnd(t.sentenceOf[Math.min(close, t.size - 1)]);
		for (int m = close + 1; m <= end; m++) {
			if (Character.isLetterOrDigit(t.word[m].charAt(0))) {
				return true;
			}
		}
		return false;
	}
}
