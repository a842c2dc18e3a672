package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.List;

import org.assay.engines.internal.TokenView;

/** Finds the quotations of a document: pairs of quote marks, an unclosed one running to its line's end. */
final class QuoteFinder {

	/**
	 * A quotation as token indexes of its marks.
	 *
	 * @param open   the opening mark
	 * @param close  the closing mark, or the last token of the line when the quote is not closed
	 * @param closed whether a closing mark was found
	 */
	record Quote(int open, int close, boolean closed) {
	}

	private QuoteFinder() {
	}

	static List<Quote> find(TokenView t, Clauses clauses) {
		List<Quote> quotes = new ArrayList<>();
		int open = -1;
		boolean curly = false;
		for (int i = 0; i < t.size; i++) {
			String w = t.word[i];
			if (open >= 0 && i > 0 && clauses.newlineBetween(i - 1, i)) {
				quotes.add(new Quote(open, i - 1, false));
				open = -1;
			}
			if (w.equals("\u201C") || (w.equals("\"") && open < 0)) {
				if (open < 0) {
					open = i;
					curly = w.equals("\u201C");
				}
			} else if ((w.equals("\u201D") && open >= 0) || (w.equals("\"") && open >= 0 && !curly)) {
				if (i - open > 1) {
					quotes.add(new Quote(open, i, true));
				}
				open = -1;
			}
		}
		if (open >= 0) {
			quotes.add(new Quote(open, t.size - 1, false));
		}
		return quotes;
	}
}
