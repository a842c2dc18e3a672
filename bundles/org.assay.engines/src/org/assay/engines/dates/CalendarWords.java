package org.assay.engines.dates;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.assay.core.lexicon.Lexicon;

/**
 * Month and weekday names, years and day numbers: what the date and quantity recognisers both
 * need to tell a date from a count ("March 3" and "2024" are dates, "3 marches" is not).
 */
public final class CalendarWords {

	private static final Set<String> MONTHS = Lexicon.words(CalendarWords.class, "months.txt");
	private static final Set<String> MONTH_WORDS = monthWords();
	private static final Set<String> WEEKDAYS = Lexicon.words(CalendarWords.class, "weekdays.txt");
	private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(st|nd|rd|th)$");

	private CalendarWords() {
	}

	private static Set<String> monthWords() {
		Set<String> words = new HashSet<>(Lexicon.words(CalendarWords.class, "month-abbreviations.txt"));
		for (String m : MONTHS) {
			words.add(m.toLowerCase(Locale.ROOT));
		}
		return Set.copyOf(words);
	}

	/** A month name as written: "March" (not "march", not "Mar"). */
	public static boolean isMonth(String word) {
		return MONTHS.contains(word);
	}

	/** A month name or abbreviation in any case: "march", "Sept". */
	public static boolean isMonthWord(String word) {
		return MONTH_WORDS.contains(word.toLowerCase(Locale.ROOT));
	}

	/** A weekday name as written: "Monday". */
	public static boolean isWeekday(String word) {
		return WEEKDAYS.contains(word);
	}

	/** Four digits from 1900 to 2100. */
	public static boolean isYear(String word) {
		if (word.length() != 4 || !word.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		int y = Integer.parseInt(word);
		return y >= 1900 && y <= 2100;
	}

	/** A day of the month, with or without an ordinal suffix: "3", "21st". */
	public static boolean isDayNumber(String word) {
		String d = ORDINAL_SUFFIX.matcher(word).replaceAll("");
		if (d.isEmpty() || d.length() > 2 || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		int n = Integer.parseInt(d);
		return n >= 1 && n <= 31;
	}
}
