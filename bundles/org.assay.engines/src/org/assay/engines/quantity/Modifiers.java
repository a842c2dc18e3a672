package org.assay.engines.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.core.lexicon.Lexicon;
import org.assay.engines.internal.TokenView;

/**
 * The words and phrases before a figure that belong to it ("at least", "around", "an estimated",
 * "between"), each with what it makes of the figure ({@code modifiers.txt}). The recogniser
 * reads them to find where a figure starts, the normaliser to turn it into an interval.
 */
final class Modifiers {

	/** What a modifier makes of the figure after it. */
	enum Meaning {
		/** A lower bound: "at least 20", "more than 60". */
		AT_LEAST("at least"),
		/** An upper bound: "up to 350,000", "under 5". */
		AT_MOST("at most"),
		/** An approximate figure: "around 50", "an estimated 3,000". */
		ABOUT("about"),
		/** A little below the figure: "nearly 100". */
		NEARLY("nearly"),
		/** Approximate, and a bound stated before it no longer holds: "as many as 40". */
		ABOUT_UNBOUNDED("about, unbounded"),
		/** Opens a range that is read with its figures: "between 36 and 40". */
		RANGE("range"),
		/** Belongs to the figure, which is then not read as a quantity: "as few as 40". */
		UNREAD("unread");

		private final String name;

		Meaning(String name) {
			this.name = name;
		}

		static Meaning named(String name) {
			for (Meaning m : values()) {
				if (m.name.equals(name)) {
					return m;
				}
			}
			throw new IllegalStateException("Word list modifiers.txt: no meaning '" + name + "'");
		}
	}

	/**
	 * A modifier found in a text.
	 *
	 * @param meaning what it makes of the figure
	 * @param words   how many words it has
	 */
	record Match(Meaning meaning, int words) {
	}

	private static final Map<String, Meaning> PHRASES = phrases();
	private static final int LONGEST = PHRASES.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);

	private Modifiers() {
	}

	private static Map<String, Meaning> phrases() {
		Map<String, Meaning> map = new HashMap<>();
		Lexicon.pairs(Modifiers.class, "modifiers.txt").forEach((phrase, meaning) -> map.put(phrase, Meaning.named(meaning)));
		return Map.copyOf(map);
	}

	/** The longest modifier that starts at word {@code i} of {@code words} (any case), or {@code null}. */
	static Match startingAt(List<String> words, int i) {
		for (int n = Math.min(LONGEST, words.size() - i); n >= 1; n--) {
			Meaning m = PHRASES.get(String.join(" ", words.subList(i, i + n)).toLowerCase(Locale.ROOT));
			if (m != null) {
				return new Match(m, n);
			}
		}
		return null;
	}

	/** The first token of the longest modifier that ends at token {@code last}, or -1. */
	static int startOfModifierEndingAt(TokenView t, int last) {
		for (int n = Math.min(LONGEST, last + 1); n >= 1; n--) {
			StringBuilder phrase = new StringBuilder();
			for (int k = last - n + 1; k <= last; k++) {
				phrase.append(k > last - n + 1 ? " " : "").append(t.lower(k));
			}
			if (PHRASES.containsKey(phrase.toString())) {
				return last - n + 1;
			}
		}
		return -1;
	}
}
