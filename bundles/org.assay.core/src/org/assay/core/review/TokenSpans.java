package org.assay.core.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.assay.core.FallbackTokens;
import org.assay.core.Span;

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

	/** The {@link FallbackTokens} of {@code text}. */
	public static TokenSpans ofText(String text) {
		List<Span> spans = FallbackTokens.of(text == null ? "" : text);
		int[] b = new int[spans.size()];
		int[] e = new int[spans.size()];
		for (int i = 0; i < b.length; i++) {
			b[i] = spans.get(i).begin();
			e[i] = spans.get(i).end();
		}
		return new TokenSpans(b, e);
	}

	/** Number of tokens. */
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
	 * Widens {@code begin..end} to whole tokens, or nothing when the selection holds no token. An
	 * empty selection takes the token under the caret.
	 */
	public Optional<Span> snap(int begin, int end) {
		if (end < begin) {
			int t = begin;
			begin = end;
			end = t;
		}
		int first = tokenAtOrAfter(begin);
		if (first < 0) {
			return Optional.empty();
		}
		if (begin == end) {
			return begins[first] <= begin ? Optional.of(new Span(begins[first], ends[first])) : Optional.empty();
		}
		int last = tokenAtOrBefore(end - 1);
		if (last < first) {
			return Optional.empty();
		}
		return Optional.of(new Span(begins[first], ends[last]));
	}

	/** The span grown by one token at the start (or the end), or the same span at the edge. */
	public Span grow(int begin, int end, boolean atStart) {
		if (atStart) {
			int i = tokenAtOrBefore(begin - 1);
			return new Span(i >= 0 && begins[i] < begin ? begins[i] : begin, end);
		}
		int i = tokenAtOrAfter(end);
		return new Span(begin, i >= 0 && ends[i] > end ? ends[i] : end);
	}

	/** The span shrunk by one token at the start (or the end); a one-token span stays as it is. */
	public Span shrink(int begin, int end, boolean atStart) {
		int first = tokenAtOrAfter(begin);
		int last = tokenAtOrBefore(end - 1);
		if (first < 0 || last <= first) {
			return new Span(begin, end);
		}
		return atStart ? new Span(begins[first + 1], end) : new Span(begin, ends[last - 1]);
	}
}
