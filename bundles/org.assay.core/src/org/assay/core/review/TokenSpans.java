package org.assay.core.review;

import java.util.Arrays;

/**
 * Token boundaries of a document, for snapping a selection to whole tokens and growing or
 * shrinking a span by one token: a layer's tokens ({@link DetachedTokens#spans()}) or, for a
 * layer without tokens, the text's letters/digits runs and single punctuation marks.
 */
public final class TokenSpans {

	private final int[] begins;
	private final int[] ends;

	/** Token boundaries given as sorted, non-overlapping {@code begins}/{@code ends}. */
	public TokenSpans(int[] begins, int[] ends) {
		this.begins = begins;
		this.ends = ends;
	}

	/** Letters/digits runs (with apostrophes) and single other characters of {@code text}. */
	public static TokenSpans ofText(String text) {
		if (text == null) {
			text = "";
		}
		int[] b = new int[text.length()];
		int[] e = new int[text.length()];
		int count = 0;
		int k = 0;
		while (k < text.length()) {
			char c = text.charAt(k);
			if (Character.isWhitespace(c)) {
				k++;
				continue;
			}
			int start = k;
			if (Character.isLetterOrDigit(c)) {
				while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '\'')) {
					k++;
				}
			} else {
				k++;
			}
			b[count] = start;
			e[count] = k;
			count++;
		}
		return new TokenSpans(Arrays.copyOf(b, count), Arrays.copyOf(e, count));
	}

	public int size() {
		return begins.length;
	}

	/** Index of the token containing or following {@code offset}, or -1 past the last token. */
	private int tokenAtOrAfter(int offset) {
		int i = Arrays.binarySearch(ends, offset + 1);
		i = i >= 0 ? i : -i - 1;
		return i < ends.length ? i : -1;
	}

	/** Index of the token containing or preceding {@code offset}, or -1 before the first token. */
	private int tokenAtOrBefore(int offset) {
		int i = Arrays.binarySearch(begins, offset);
		i = i >= 0 ? i : -i - 2;
		return i;
	}

	/**
	 * Widens {@code begin..end} to whole tokens: {begin, end}, or null when the selection holds
	 * no token. An empty selection takes the token under the caret.
	 */
	public int[] snap(int begin, int end) {
		if (end < begin) {
			int t = begin;
			begin = end;
			end = t;
		}
		int first = tokenAtOrAfter(begin);
		if (first < 0) {
			return null;
		}
		if (begin == end) {
			return begins[first] <= begin ? new int[] { begins[first], ends[first] } : null;
		}
		int last = tokenAtOrBefore(end - 1);
		if (last < first) {
			return null;
		}
		return new int[] { begins[first], ends[last] };
	}

	/** The span grown by one token at the start (or the end), or the same span at the edge. */
	public int[] grow(int begin, int end, boolean atStart) {
		if (atStart) {
			int i = tokenAtOrBefore(begin - 1);
			return i >= 0 && begins[i] < begin ? new int[] { begins[i], end } : new int[] { begin, end };
		}
		int i = tokenAtOrAfter(end);
		return i >= 0 && ends[i] > end ? new int[] { begin, ends[i] } : new int[] { begin, end };
	}

	/** The span shrunk by one token at the start (or the end); a one-token span stays as it is. */
	public int[] shrink(int begin, int end, boolean atStart) {
		int first = tokenAtOrAfter(begin);
		int last = tokenAtOrBefore(end - 1);
		if (first < 0 || last <= first) {
			return new int[] { begin, end };
		}
		return atStart ? new int[] { begins[first + 1], end } : new int[] { begin, ends[last - 1] };
	}
}
