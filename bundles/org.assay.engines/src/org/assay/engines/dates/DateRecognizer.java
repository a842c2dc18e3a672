package org.assay.engines.dates;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.assay.core.lexicon.Lexicon;
import org.assay.engines.internal.EngineIds;
import org.assay.engines.internal.Provenance;
import org.assay.engines.internal.TokenView;
import org.assay.type.Entity;

/**
 * Calendar and deictic date expressions as entities: "March 3, 2024", "3 March", "Tuesday
 * morning", "2019", "yesterday", "last week", "the past three days", "two years ago".
 */
@TypeCapability(inputs = { "org.assay.type.Token", "org.assay.type.Sentence" }, outputs = { "org.assay.type.Entity" })
public class DateRecognizer extends JCasAnnotator_ImplBase {

	/** Label of the entities this engine emits. */
	public static final String PARAM_LABEL = "label";
	@ConfigurationParameter(name = PARAM_LABEL, defaultValue = "DATE")
	private String label;

	/** Confidence of every date suggestion. */
	public static final String PARAM_CONFIDENCE = "confidence";
	@ConfigurationParameter(name = PARAM_CONFIDENCE, defaultValue = "0.85")
	private double confidence;

	private static final Set<String> DAY_PARTS = load("day-parts.txt");
	private static final Set<String> DEICTIC_DAYS = load("deictic-days.txt");
	private static final Set<String> PERIODS = load("periods.txt");
	/** Words before a period that make a date of it, each with the periods it may come before. */
	private static final Map<String, Set<String>> PERIOD_OPENERS = periodOpeners();
	private static final Set<String> MONTH_PREPOSITIONS = load("month-prepositions.txt");
	private static final Set<String> SMALL_NUMBERS = load("small-numbers.txt");

	private static Set<String> load(String file) {
		return Lexicon.words(DateRecognizer.class, file);
	}

	private static Map<String, Set<String>> periodOpeners() {
		Map<String, Set<String>> openers = new HashMap<>();
		Lexicon.pairs(DateRecognizer.class, "period-openers.txt").forEach((word, periods) -> {
			Set<String> named = periods.equals("any") ? PERIODS : Set.of(periods.split(" "));
			if (!PERIODS.containsAll(named)) {
				throw new IllegalStateException("Word list period-openers.txt: '" + word + " = " + periods + "' names a period"
						+ " that periods.txt does not hold");
			}
			openers.put(word, named);
		});
		return Map.copyOf(openers);
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		TokenView t = new TokenView(jcas);
		int previousLast = -1;
		for (int i = 0; i < t.size; i++) {
			int last = dateEnd(t, i);
			if (last < i) {
				continue;
			}
			// "3 March": a day number before the month belongs to the date
			boolean dayBefore = CalendarWords.isMonth(t.word[i]) && i > 0 && previousLast < i - 1
					&& CalendarWords.isDayNumber(t.word[i - 1]);
			Entity e = new Entity(jcas, t.begin[dayBefore ? i - 1 : i], t.end[last]);
			e.setLabel(label);
			Provenance.suggest(e, EngineIds.DATES, confidence).addToIndexes();
			previousLast = last;
			i = last;
		}
	}

	/** The last token of a date that starts at {@code i}, or -1. */
	private int dateEnd(TokenView t, int i) {
		String w = t.word[i];
		if (CalendarWords.isWeekday(w)) {
			return i + 1 < t.size && DAY_PARTS.contains(t.word[i + 1]) ? i + 1 : i;
		}
		if (CalendarWords.isMonth(w) && isMonthUse(t, i)) {
			int last = i;
			if (i + 1 < t.size && CalendarWords.isDayNumber(t.word[i + 1])) {
				last = i + 1;
			}
			if (last + 2 < t.size && t.word[last + 1].equals(",") && CalendarWords.isYear(t.word[last + 2])) {
				last += 2;
			} else if (last + 1 < t.size && CalendarWords.isYear(t.word[last + 1])) {
				last++;
			}
			return last;
		}
		if (CalendarWords.isYear(w) && t.pos[i].equals("NUM")) {
			boolean countedNoun = i + 1 < t.size && t.pos[i + 1].equals("NOUN") && t.lower(i + 1).endsWith("s");
			return countedNoun ? -1 : i;
		}
		if (t.in(i, DEICTIC_DAYS)) {
			return i;
		}
		if (t.is(i, "this", "last") && t.in(i + 1, DAY_PARTS)) {
			return i + 1;
		}
		if (t.is(i, "the") && t.is(i + 1, "weekend")) {
			return i + 1;
		}
		if (i + 3 < t.size && CountedTime.isDateSpan(t, i + 2) && isSmallNumber(t, i + 2)) {
			return i + 3;
		}
		Set<String> periods = PERIOD_OPENERS.get(t.lower(i));
		if (periods != null && t.in(i + 1, PERIODS)) {
			return t.in(i + 1, periods) ? i + 1 : -1;
		}
		if (i + 2 < t.size && isSmallNumber(t, i) && CountedTime.isDateAgo(t, i)) {
			return i + 2;
		}
		return -1;
	}

	private static boolean isSmallNumber(TokenView t, int i) {
		return t.pos[i].equals("NUM") || t.in(i, SMALL_NUMBERS);
	}

	/** "in May", "March 3", "May 2024" are months; "May" and "March" elsewhere may be a verb or a noun. */
	private static boolean isMonthUse(TokenView t, int i) {
		if (!t.word[i].equals("May") && !t.word[i].equals("March")) {
			return true;
		}
		boolean before = i > 0 && t.in(i - 1, MONTH_PREPOSITIONS);
		boolean after = i + 1 < t.size && (CalendarWords.isYear(t.word[i + 1]) || CalendarWords.isDayNumber(t.word[i + 1]));
		return before || after;
	}
}
