package org.assay.engines.claims;

import org.assay.engines.internal.TokenView;

/** Clause and punctuation geometry over a document's tokens: where clauses end, commas, verbs. */
final class Clauses {

	private final TokenView t;

	Clauses(TokenView t) {
		this.t = t;
	}

	/** Whether a line break separates tokens {@code a} and {@code b}. */
	boolean newlineBetween(int a, int b) {
		return t.text.substring(t.end[a], t.begin[b]).indexOf('\n') >= 0;
	}

	/** Whether the token at {@code open} starts its sentence or a line. */
	boolean startsSentence(int open) {
		int s = t.sentenceOf[open];
		return open == t.sentenceFirst[s] || (open > 0 && newlineBetween(open - 1, open));
	}

	/** The last token of the clause that starts at {@code i}: before the sentence's final mark or a line break. */
	int clauseEnd(int i) {
		if (i >= t.size) {
			return t.size - 1;
		}
		int s = t.sentenceOf[Math.min(i, t.size - 1)];
		int last = t.sentenceLast[s];
		int k = i;
		while (k < last && !(t.word[k].equals(".") || t.word[k].equals("?") || t.word[k].equals("!"))) {
			if (k > i && newlineBetween(k - 1, k)) {
				return k - 1;
			}
			k++;
		}
		return isTrailingPunct(k) ? k - 1 : k;
	}

	/** The last token of sentence {@code s} that is not trailing punctuation or a quote mark. */
	int sentenceContentEnd(int s) {
		int last = t.sentenceLast[s];
		while (last > t.sentenceFirst[s] && isTrailingPunct(last)) {
			last--;
		}
		return last;
	}

	boolean isTrailingPunct(int k) {
		String w = t.word[k];
		return w.equals(".") || w.equals(",") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":")
				|| t.isQuote(k);
	}

	boolean hasVerb(int a, int b) {
		for (int m = a; m <= b; m++) {
			if (t.pos[m].equals("VERB") || t.pos[m].equals("AUX")) {
				return true;
			}
		}
		return false;
	}

	boolean precededByComma(int k, int from) {
		return lastCommaBefore(k, from) > from;
	}

	/** The last comma before {@code k} and at or after {@code from}, or {@code from - 1}. */
	int lastCommaBefore(int k, int from) {
		for (int m = k - 1; m >= from; m--) {
			if (t.word[m].equals(",")) {
				return m;
			}
		}
		return from - 1;
	}

	/** The first comma in {@code from..end}, or -1. */
	int nextComma(int from, int end) {
		for (int m = from; m <= end; m++) {
			if (t.word[m].equals(",")) {
				return m;
			}
		}
		return -1;
	}

	/** Skips "that", ":" and "," after a cue. */
	int skipThat(int i, int end) {
		while (i <= end && (t.is(i, "that", ":", ",") || t.word[i].equals(":"))) {
			i++;
		}
		return i;
	}

	/** A form of "be" before {@code k}, adverbs skipped: the cue is passive. */
	boolean isBeBefore(int k) {
		int prev = k - 1;
		while (prev >= 0 && t.pos[prev].equals("ADV")) {
			prev--;
		}
		return prev >= 0 && Cues.BE.contains(t.lower(prev));
	}

	/** A finite verb later in the sentence: "suggested X were among ...". */
	boolean finiteClauseAfter(int from) {
		if (from >= t.size) {
			return false;
		}
		int last = t.sentenceLast[t.sentenceOf[from]];
		for (int m = from; m <= last && m < from + 25; m++) {
			if (t.pos[m].equals("AUX") && !t.is(m, "to")) {
				return true;
			}
			if (t.pos[m].equals("VERB") && m > from && !t.is(m - 1, "to") && !t.lower(m).endsWith("ing")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The last token of a "that" clause starting at {@code first} inside a sentence's subject:
	 * before the verb of the sentence, which follows the clause's own verb group
	 * ("[the roads are safe] was disputed", "[prices would rise] went unheeded").
	 */
	int complementEnd(int first, int end) {
		boolean verbSeen = false;
		for (int m = first; m <= end; m++) {
			boolean verb = t.pos[m].equals("VERB") || t.pos[m].equals("AUX");
			if (verb && verbSeen && !continuesVerbGroup(m) && !t.in(m - 1, Cues.CLAUSE_CONTINUERS)) {
				int last = m - 1;
				while (last > first && isTrailingPunct(last)) {
					last--;
				}
				return last;
			}
			verbSeen |= verb;
		}
		return end;
	}

	/** Whether the verb at {@code m} follows an auxiliary (adverbs and "not" between): "would [not] rise". */
	private boolean continuesVerbGroup(int m) {
		int p = m - 1;
		while (p >= 0 && (t.pos[p].equals("ADV") || t.pos[p].equals("PART"))) {
			p--;
		}
		return p >= 0 && t.pos[p].equals("AUX");
	}

	/** Whether a straight or curly double quote lies inside the claim's content. */
	boolean hasQuoteMark(Attribution f) {
		for (int m = f.contentFirst; m <= f.contentLast; m++) {
			if (t.isQuote(m) && (t.word[m].equals("\"") || t.word[m].equals("\u201C") || t.word[m].equals("\u201D"))) {
				return true;
			}
		}
		return false;
	}
}
