package org.assay.engines.dates;

import java.util.Set;

import org.assay.core.lexicon.Lexicon;
import org.assay.engines.internal.KindedWords;
import org.assay.engines.internal.TokenView;

/**
 * Counts of units of time reckoned from now: "three days ago", "the past two weeks", "three hours
 * ago" ({@code counted-units.txt}, {@code count-openers.txt}). In calendar units they are dates;
 * in any unit their number is no quantity.
 */
public final class CountedTime {

	private static final String CALENDAR = "calendar";
	private static final KindedWords UNITS = KindedWords.load(CountedTime.class, "counted-units.txt", CALENDAR, "clock");
	private static final Set<String> CALENDAR_UNITS = UNITS.of(CALENDAR);
	private static final Set<String> OPENERS = Lexicon.words(CountedTime.class, "count-openers.txt");

	private CountedTime() {
	}

	/** Whether token {@code count} counts units of time from now, in any unit: "three hours ago", "the past two weeks". */
	public static boolean isFromNow(TokenView t, int count) {
		return isAgo(t, count, UNITS.all()) || isSpan(t, count, UNITS.all());
	}

	/** Whether token {@code count} counts calendar units back: "three days ago" (the count is the date's first token). */
	static boolean isDateAgo(TokenView t, int count) {
		return isAgo(t, count, CALENDAR_UNITS);
	}

	/** Whether token {@code count} counts a span of calendar units: "the past two weeks" ("the" is the date's first token). */
	static boolean isDateSpan(TokenView t, int count) {
		return isSpan(t, count, CALENDAR_UNITS);
	}

	private static boolean isAgo(TokenView t, int count, Set<String> units) {
		return t.in(count + 1, units) && t.is(count + 2, "ago");
	}

	private static boolean isSpan(TokenView t, int count, Set<String> units) {
		return t.is(count - 2, "the") && t.in(count - 1, OPENERS) && t.in(count + 1, units);
	}
}
