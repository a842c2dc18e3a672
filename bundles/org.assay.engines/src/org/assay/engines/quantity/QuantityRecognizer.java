package org.assay.engines.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.assay.core.lexicon.Lexicon;
import org.assay.engines.dates.CalendarWords;
import org.assay.engines.dates.CountedTime;
import org.assay.engines.internal.EngineIds;
import org.assay.engines.internal.Provenance;
import org.assay.engines.internal.TokenView;
import org.assay.type.Entity;
import org.assay.type.Quantity;

/**
 * Numeric expressions with their modifiers ("at least around 20", "36 to 40", "dozens of
 * soldiers", "5,000-strong force"), normalised to an interval with the measured noun. Emits a
 * {@link Quantity} and a QUANTITY {@link Entity} over the same span (the number, not the noun).
 */
@TypeCapability(inputs = { "org.assay.type.Token", "org.assay.type.Sentence" }, outputs = {
		"org.assay.type.Quantity", "org.assay.type.Entity" })
public class QuantityRecognizer extends JCasAnnotator_ImplBase {

	/** Label given to the entity mention of a quantity. */
	public static final String PARAM_LABEL = "label";
	@ConfigurationParameter(name = PARAM_LABEL, defaultValue = "QUANTITY")
	private String label;

	/** Confidence of a figure with a measured noun or a unit. */
	public static final String PARAM_CONFIDENCE_MEASURED = "confidenceMeasured";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_MEASURED, defaultValue = "0.85")
	private double confidenceMeasured;

	/** Confidence of a bare figure (no measured noun, no unit). */
	public static final String PARAM_CONFIDENCE_BARE = "confidenceBare";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_BARE, defaultValue = "0.6")
	private double confidenceBare;

	/** How many tokens after the figure are searched for the measured noun. */
	public static final String PARAM_MEASURE_WINDOW = "measureWindow";
	@ConfigurationParameter(name = PARAM_MEASURE_WINDOW, defaultValue = "5")
	private int measureWindow;

	private static final Set<String> UNITS = load("units.txt");
	/** Unit ending a one-token compound figure: "five-year", "5,000-strong". */
	private static final Set<String> COMPOUND_UNITS = load("compound-units.txt");
	/** Unit after the dash of a compound the tokenizer split: "five" "-" "year". */
	private static final Set<String> UNITS_AFTER_DASH = load("units-after-dash.txt");
	private static final Map<String, String> CURRENCIES = Lexicon.pairs(QuantityRecognizer.class, "currencies.txt");
	private static final Set<String> ABOUT_VERBS = load("about-verbs.txt");

	private static Set<String> load(String file) {
		return Lexicon.words(QuantityRecognizer.class, file);
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		TokenView t = new TokenView(jcas);
		int i = 0;
		while (i < t.size) {
			int next = tryAt(jcas, t, i);
			i = next > i ? next : i + 1;
		}
	}

	/** Recognises a quantity whose number is at token i; returns the index after it, or i. */
	private int tryAt(JCas jcas, TokenView t, int i) {
		String w = t.lower(i);
		boolean vague = QuantityNormalizer.VAGUE.containsKey(w) || QuantityNormalizer.VAGUE_BEFORE_OF.contains(w) && t.is(i + 1, "of");
		String numberPart = numberPrefix(t.word[i]);
		boolean numeric = numberPart != null;
		boolean dozen = w.equals("a") && t.is(i + 1, "dozen");
		if (!numeric && !vague && !dozen) {
			return i;
		}
		if (numeric && isYearOrDate(t, i)) {
			return i + 1;
		}
		if (numeric && (w.equals("one") || w.equals("zero")) && !hasModifierBefore(t, i)) {
			return i + 1;
		}
		if (numeric && isPartOfName(t, i)) {
			return i + 1;
		}
		if (CountedTime.isFromNow(t, i)) {
			return i + 3; // a date or a time: "three days ago", "the past three days", "two hours ago"
		}
		int first = extendLeft(t, i);
		int last = i;
		if (dozen) {
			last = i + 1;
		} else if (vague) {
			if (t.is(i + 1, "of") && i + 2 < t.size && QuantityNormalizer.VAGUE.containsKey(t.lower(i + 2))) {
				last = i + 2; // tens of thousands
			}
		} else {
			while (last + 1 < t.size && !Double.isNaN(NumberParser.multiplier(t.word[last + 1]))) {
				last++;
			}
			if (last + 2 < t.size && t.in(last + 1, QuantityNormalizer.RANGE_SEPARATORS)
					&& NumberParser.isNumber(t.word[last + 2])
					&& (!t.is(last + 1, "and") || t.is(first, "between"))) {
				last += 2;
				while (last + 1 < t.size && !Double.isNaN(NumberParser.multiplier(t.word[last + 1]))) {
					last++;
				}
			}
		}
		if (first > 0 && CURRENCIES.containsKey(t.word[first - 1])) {
			first--;
		}
		List<String> words = new ArrayList<>();
		for (int k = first; k <= last; k++) {
			String word = t.word[k];
			if (CURRENCIES.containsKey(word)) {
				continue;
			}
			words.add(k == i || k == last ? numberWord(word) : word);
		}
		Interval interval = QuantityNormalizer.normalize(words);
		if (interval == null) {
			return last + 1;
		}
		String unit = CURRENCIES.getOrDefault(t.word[first], "");
		String measure = "";
		int k = last + 1;
		String suffix = compoundSuffix(t.word[last]);
		if (t.word[last].endsWith("-") && k < t.size && t.begin[k] == t.end[last]) {
			suffix = t.lower(k); // "90-" "minute": the tokenizer split the compound after its dash
			k++;
		}
		if (suffix != null) {
			if (UNITS.contains(suffix) || COMPOUND_UNITS.contains(suffix)) {
				unit = suffix.equals("strong") ? "" : suffix;
			}
		}
		int limit = Math.min(t.size, last + 1 + measureWindow);
		while (k < limit) {
			String lw = t.lower(k);
			String pos = t.pos[k];
			if (lw.equals("-") && k + 1 < t.size && t.begin[k] == t.end[k - 1] && t.begin[k + 1] == t.end[k]) {
				// "five-year mandate", "5,000-strong force": the compound names a unit, the noun follows
				String suffix2 = t.lower(k + 1);
				if (UNITS_AFTER_DASH.contains(suffix2)) {
					unit = suffix2.endsWith("s") ? suffix2.substring(0, suffix2.length() - 1) : suffix2;
				}
				k += 2;
				limit = Math.min(t.size, limit + 2);
				continue;
			}
			if (UNITS.contains(lw) || (lw.equals("per") && t.is(k + 1, "cent"))) {
				unit = lw.equals("per") ? "percent" : lw.equals("%") ? "percent" : lw;
				k += lw.equals("per") ? 2 : 1;
				if (t.is(k, "of")) {
					k++;
				}
				continue;
			}
			if (lw.equals("of") || lw.equals("more") || lw.equals("other") || pos.equals("ADJ") || pos.equals("DET")
					|| (lw.indexOf('-') > 0 && pos.equals("ADJ"))) {
				k++;
				continue;
			}
			if ((pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("VERB") && lw.endsWith("s")) && !t.isCapitalized(k)
					&& Character.isLetter(lw.charAt(0))) {
				measure = lw;
			}
			break;
		}
		// "90-" of a compound split after its dash: the figure ends before the dash
		int end = t.word[last].endsWith("-") && t.word[last].length() > 1 ? t.end[last] - 1 : t.end[last];
		Quantity q = new Quantity(jcas, t.begin[first], end);
		q.setLow(interval.low());
		q.setHigh(interval.high());
		q.setApproximate(interval.approximate());
		q.setMeasure(measure);
		q.setUnit(unit);
		double confidence = measure.isEmpty() && unit.isEmpty() ? confidenceBare : confidenceMeasured;
		Provenance.suggest(q, EngineIds.QUANTITIES, confidence).addToIndexes();
		Entity e = new Entity(jcas, t.begin[first], end);
		e.setLabel(label);
		Provenance.suggest(e, EngineIds.QUANTITIES, confidence).addToIndexes();
		return last + 1;
	}

	/**
	 * The number a token starts with: "5,000-strong" → "5,000"; "five-year" → "five"; "90-" (a
	 * compound the tokenizer split after its dash) → "90"; "40" → "40"; null if none. A token
	 * whose dash joins two numbers ("36-40", "2-1") is returned whole: it is a range.
	 */
	static String numberPrefix(String word) {
		if (NumberParser.isNumber(word)) {
			return word;
		}
		int dash = word.indexOf('-');
		if (dash <= 0 || !NumberParser.isNumber(word.substring(0, dash))) {
			return null;
		}
		String tail = word.substring(dash + 1);
		if (tail.isEmpty() || tail.chars().allMatch(Character::isLetter)) {
			return word.substring(0, dash);
		}
		return NumberParser.isNumber(tail) ? word : null;
	}

	/** The words the normaliser reads for a number token: its number, or the token when it is a range. */
	private static String numberWord(String word) {
		String prefix = numberPrefix(word);
		return prefix == null ? word : prefix;
	}

	/** The letters after a number's dash, lower case ("five-Year" → "year"), or null. */
	private static String compoundSuffix(String word) {
		int dash = word.indexOf('-');
		if (dash > 0 && dash < word.length() - 1 && NumberParser.isNumber(word.substring(0, dash))) {
			String tail = word.substring(dash + 1).toLowerCase(Locale.ROOT);
			return tail.chars().allMatch(Character::isLetter) ? tail : null;
		}
		return null;
	}

	/** The first token of the figure whose number is token {@code i}: its modifiers ("at least around") included. */
	private static int extendLeft(TokenView t, int i) {
		int first = i;
		while (first > 0) {
			int from = Modifiers.startOfModifierEndingAt(t, first - 1);
			if (from < 0 || isPreposition(t, from, first - 1)) {
				break;
			}
			first = from;
		}
		return first;
	}

	/** "talked about 20 arrests": "about" is a preposition after verbs of speaking and knowing. */
	private static boolean isPreposition(TokenView t, int from, int last) {
		return from == last && t.is(from, "about") && t.in(from - 1, ABOUT_VERBS);
	}

	private static boolean hasModifierBefore(TokenView t, int i) {
		return extendLeft(t, i) < i;
	}

	/** "2019", "March 3", "3 March": a date, not a count. */
	private static boolean isYearOrDate(TokenView t, int i) {
		if (i > 0 && CalendarWords.isMonthWord(t.word[i - 1]) || i + 1 < t.size && CalendarWords.isMonthWord(t.word[i + 1])) {
			return true;
		}
		if (CalendarWords.isYear(t.word[i])) {
			boolean countedNoun = i + 1 < t.size && t.pos[i + 1].equals("NOUN") && t.lower(i + 1).endsWith("s");
			return !countedNoun;
		}
		return false;
	}

	/** "G5 Sahel", "France 24", "M23": a number glued into a name. */
	private static boolean isPartOfName(TokenView t, int i) {
		String w = t.word[i];
		if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
			return false;
		}
		return i > 0 && t.isCapitalized(i - 1) && t.pos[i - 1].equals("PROPN") && !t.isSentenceStart(i - 1)
				&& !(i + 1 < t.size && t.pos[i + 1].equals("NOUN"));
	}
}
