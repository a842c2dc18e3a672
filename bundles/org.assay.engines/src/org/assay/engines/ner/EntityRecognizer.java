package org.assay.engines.ner;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.assay.engines.EngineIds;
import org.assay.engines.internal.Gazetteer;
import org.assay.engines.internal.Gazetteers;
import org.assay.engines.internal.Provenance;
import org.assay.engines.internal.TokenView;
import org.assay.type.Entity;

/**
 * PERSON, ORGANIZATION, LOCATION and DATE mentions without a trained model: capitalised
 * sequences classified by general gazetteers (countries, cities, regions, international
 * organisations, news media), person cues that stay outside the span (titles, ranks, role nouns),
 * organisation head words and cue nouns, place cues, given names, and in-document coreference of
 * short forms and acronyms to earlier full names.
 */
@TypeCapability(inputs = { "org.assay.type.Token", "org.assay.type.Sentence" }, outputs = { "org.assay.type.Entity" })
public class EntityRecognizer extends JCasAnnotator_ImplBase {

	public static final String PERSON = "PERSON";
	public static final String ORGANIZATION = "ORGANIZATION";
	public static final String LOCATION = "LOCATION";
	public static final String DATE = "DATE";

	/** Whether to emit DATE mentions. */
	public static final String PARAM_DATES = "dates";
	@ConfigurationParameter(name = PARAM_DATES, defaultValue = "true")
	private boolean dates;

	private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December");
	private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			"Saturday", "Sunday");
	private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");
	private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "van", "von",
			"der", "den", "bin", "ibn", "al", "el", "wal", "le", "la", "ould", "ag");
	private static final Set<String> GEO_NOUNS = Set.of("region", "province", "district", "city", "town", "village",
			"county", "area", "state", "valley", "river", "mountains", "border", "airport", "prefecture", "commune",
			"department", "governorate", "oblast");
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "around", "at",
			"into", "throughout");
	private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "wrote", "stated",
			"explained", "noted", "argued", "insisted", "warned");
	private static final Set<String> NEVER_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "in",
			"on", "at", "for", "since", "after", "before", "among", "while", "however", "but", "yet", "although",
			"despite", "according", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
			"there", "here", "when", "where", "who", "what", "why", "how", "if", "as", "with", "by", "from", "to",
			"of", "and", "or", "not", "no", "all", "some", "many", "most", "several", "both", "each", "every", "such",
			"then", "meanwhile", "also", "even", "still", "until", "during", "under", "over", "against", "about",
			"following", "earlier", "later", "initial", "recent", "unofficial", "official", "critics", "reports",
			"sources", "source", "analysts", "observers", "residents", "authorities", "officials", "soldiers");

	private Gazetteers gaz;
	/** Words of names found so far: a sentence-initial "Dembele" after "Abass Dembele" is a name. */
	private final Set<String> knownNameWords = new HashSet<>();

	@Override
	public void initialize(org.apache.uima.UimaContext context)
			throws org.apache.uima.resource.ResourceInitializationException {
		super.initialize(context);
		gaz = Gazetteers.get();
	}

	/** A recognised mention, token-indexed, before it becomes an annotation. */
	private static final class Mention {
		final int first;
		final int last;
		final String label;
		final double confidence;
		Mention antecedent;
		Entity annotation;

		Mention(int first, int last, String label, double confidence) {
			this.first = first;
			this.last = last;
			this.label = label;
			this.confidence = confidence;
		}
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		TokenView t = new TokenView(jcas);
		this.t = t;
		if (t.size == 0) {
			return;
		}
		Set<String> lowercaseWords = new HashSet<>();
		for (int i = 0; i < t.size; i++) {
			String w = t.word[i];
			if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
				lowercaseWords.add(w);
			}
		}
		boolean[] taken = new boolean[t.size];
		List<Mention> mentions = new ArrayList<>();
		knownNameWords.clear();
		if (dates) {
			findDates(t, taken, mentions);
		}
		for (int s = 0; s < t.sentences(); s++) {
			int from = t.sentenceFirst[s];
			int to = t.sentenceLast[s];
			if (from < 0) {
				continue;
			}
			boolean headline = isHeadline(t, from, to);
			int i = from;
			while (i <= to) {
				if (taken[i] || !startsName(t, i, lowercaseWords)) {
					i++;
					continue;
				}
				int j = extendName(t, i, to, taken);
				classify(t, i, j, headline, mentions, taken);
				i = j + 1;
			}
		}
		resolveAcronymsInParentheses(t, mentions, taken);
		mentions.sort((a, b) -> Integer.compare(a.first, b.first));
		linkRepeatedNames(t, mentions);
		for (Mention m : mentions) {
			Entity e = new Entity(jcas, t.begin[m.first], t.end[m.last]);
			e.setLabel(m.label);
			Provenance.suggest(e, EngineIds.ENTITIES, m.confidence);
			m.annotation = e;
		}
		for (Mention m : mentions) {
			if (m.antecedent != null && m.antecedent.annotation != null) {
				m.annotation.setAntecedent(m.antecedent.annotation);
			}
			m.annotation.addToIndexes();
		}
	}

	// ---------------------------------------------------------------- candidates

	private boolean startsName(TokenView t, int i, Set<String> lowercaseWords) {
		String w = t.word[i];
		if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
			return false;
		}
		if (!Character.isUpperCase(w.charAt(0))) {
			// "al-Shabab" style names start lower case
			return w.startsWith("al-") && w.length() > 3 && Character.isUpperCase(w.charAt(3));
		}
		String lower = t.lower(i);
		if (NEVER_NAMES.contains(lower) && !(t.is(i, "the") && i + 1 < t.size && startsGazetteerEntry(t, i))) {
			return false;
		}
		boolean initial = t.isSentenceStart(i) || (i > 0 && (t.word[i - 1].equals(":") || t.isOpeningQuote(i - 1)));
		if (initial && !startsGazetteerEntry(t, i) && !knownNameWords.contains(w)) {
			// a sentence-initial word is a name only if the document never uses it in lower case
			// and it is tagged as a proper noun or followed by another capitalised word
			if (lowercaseWords.contains(lower)) {
				return false;
			}
			boolean nextCap = i + 1 < t.size && t.isCapitalized(i + 1) && !t.pos[i + 1].equals("PUNCT");
			return t.pos[i].equals("PROPN") || nextCap || gaz.givenNames.contains(w) || gaz.personTitles.contains(w);
		}
		return true;
	}

	private boolean startsGazetteerEntry(TokenView t, int i) {
		String w = t.word[i];
		if (!gaz.mayStartEntry(w) && !(w.equalsIgnoreCase("the") && i + 1 < t.size && gaz.mayStartEntry(t.word[i + 1]))) {
			return false;
		}
		int max = Math.min(t.size - 1, i + 6);
		for (int j = max; j >= i; j--) {
			String key = t.span(i, j);
			if (gaz.isLocation(key) || gaz.isOrganization(key) || gaz.demonyms.contains(key)) {
				return true;
			}
		}
		return false;
	}

	/** Extends a name over capitalised words, joining hyphens, particles and "X of Y" organisations. */
	private int extendName(TokenView t, int i, int to, boolean[] taken) {
		int j = i;
		while (j + 1 <= to && !taken[j + 1]) {
			int k = j + 1;
			String w = t.word[k];
			boolean glued = t.begin[k] == t.end[j];
			if (w.equals("-") && glued && k + 1 <= to && t.begin[k + 1] == t.end[k] && Character.isLetter(t.word[k + 1].charAt(0))) {
				j = k + 1;
				continue;
			}
			if (glued && (w.startsWith("-") || t.word[j].endsWith("-")) && w.length() > 1) {
				j = k;
				continue;
			}
			if (isNameWord(t, k)) {
				j = k;
				continue;
			}
			if (NAME_PARTICLES.contains(w) && k + 1 <= to && (isNameWord(t, k + 1) || t.word[k + 1].equals("-"))) {
				j = k;
				continue;
			}
			if ((w.equals("of") || w.equals("for") || w.equals("on")) && k + 1 <= to && isNameWord(t, k + 1)
					&& hasOrgHead(t, i, j)) {
				j = k;
				continue;
			}
			// "Ministry of Energy and Mines", "Disaster Risk Reduction and Management Council"
			// ("Wagner Group and Africa Corps" are two: the left part is already a whole name)
			if ((w.equals("and") || w.equals("&")) && k + 1 <= to && isNameWord(t, k + 1) && !gaz.orgHeads.contains(t.word[j])
					&& (hasOrgHead(t, i, j) && containsWord(t, i, j, "of") || runEndsInOrgHead(t, k + 1, to))) {
				j = k;
				continue;
			}
			if (w.equals("the") && t.is(k - 1, "of", "for") && k + 1 <= to && isNameWord(t, k + 1)) {
				j = k;
				continue;
			}
			break;
		}
		while (j > i && (NAME_PARTICLES.contains(t.word[j]) || t.is(j, "of", "for", "on", "the"))) {
			j--;
		}
		return j;
	}

	private boolean isNameWord(TokenView t, int k) {
		String w = t.word[k];
		if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
			return w.startsWith("al-") && w.length() > 3;
		}
		String pos = t.pos[k];
		if (pos.equals("PUNCT") || NEVER_NAMES.contains(t.lower(k)) && !t.is(k, "of")) {
			return false;
		}
		return !(WEEKDAYS.contains(w) || MONTHS.contains(w) && !pos.equals("PROPN"));
	}

	/** Whether the capitalised run starting at {@code k} ends in an organisation head word. */
	private boolean runEndsInOrgHead(TokenView t, int k, int to) {
		int m = k;
		while (m + 1 <= to && isNameWord(t, m + 1)) {
			m++;
		}
		return gaz.orgHeads.contains(t.word[m]);
	}

	/** "Economic Community of Central African States", "Ministry of Defence", "Commission on Human Rights". */
	private boolean headBeforeOf(TokenView t, int a, int last) {
		for (int k = a + 1; k < last; k++) {
			if (t.word[k].equals("of") || t.word[k].equals("for") || t.word[k].equals("on") || t.word[k].equals("and")) {
				return hasOrgHead(t, a, k - 1);
			}
		}
		return false;
	}

	private boolean hasOrgHead(TokenView t, int from, int to) {
		for (int k = from; k <= to; k++) {
			if (gaz.orgHeads.contains(t.word[k])) {
				return true;
			}
		}
		return false;
	}

	// ---------------------------------------------------------------- classification

	private void classify(TokenView t, int first, int last, boolean headline, List<Mention> mentions, boolean[] taken) {
		String whole = t.span(first, last);
		// whole-span gazetteer match wins, including "Malian Air Force"-style demonym-led names
		String direct = gazetteerLabel(whole);
		if (direct != null) {
			add(mentions, taken, first, last, direct, 0.9);
			return;
		}
		boolean endsInHead = gaz.orgHeads.contains(t.word[last]) && last > first;
		// strip titles and demonyms: "Defence Minister General Sadio Camara" -> "Sadio Camara"
		boolean personCue = false;
		int a = first;
		boolean stripped = true;
		while (stripped && a <= last) {
			stripped = false;
			for (int len = Math.min(4, last - a + 1); len >= 1; len--) {
				String prefix = t.span(a, a + len - 1);
				if (gaz.personTitles.contains(prefix) && a + len <= last) {
					a += len;
					personCue = true;
					stripped = true;
					break;
				}
				if (!endsInHead && gaz.demonyms.contains(prefix)) {
					a += len;
					stripped = true;
					break;
				}
			}
		}
		if (a > last || gaz.personTitles.contains(whole)) {
			return;
		}
		if (containsWord(t, first, last, "-") && splitByGazetteer(t, first, last, mentions, taken)) {
			return; // "Mali-Burkina Faso-Niger border"
		}
		if (a > first) {
			String rest = t.span(a, last);
			String label = gazetteerLabel(rest);
			if (label != null) {
				add(mentions, taken, a, last, label, 0.9);
				return;
			}
		}
		personCue |= hasPersonCueBefore(t, first);
		if (headline) {
			splitByGazetteer(t, a, last, mentions, taken);
			return;
		}
		if (personCue && !endsInHead && !containsGazetteerLocationOnly(t, a, last)) {
			add(mentions, taken, a, last, PERSON, 0.85);
			return;
		}
		if (hasOrgCueBefore(t, first)) {
			add(mentions, taken, a, last, ORGANIZATION, 0.8);
			return;
		}
		if (endsInHead || headBeforeOf(t, a, last)) {
			add(mentions, taken, first, last, ORGANIZATION, 0.8);
			return;
		}
		if (last + 1 < t.size && t.is(last + 1, "group", "party", "movement", "militia", "forces", "rebels", "coalition",
				"agency", "newspaper", "channel", "network", "company", "firm")) {
			add(mentions, taken, a, last, ORGANIZATION, 0.75);
			return;
		}
		if (isPlaceContext(t, a, last)) {
			add(mentions, taken, a, last, LOCATION, 0.75);
			return;
		}
		if (gaz.givenNames.contains(t.word[a]) && last > a) {
			add(mentions, taken, a, last, PERSON, 0.8);
			return;
		}
		Mention earlier = corefer(t, a, last, mentions);
		if (earlier != null) {
			Mention m = add(mentions, taken, a, last, earlier.label, 0.8);
			if (m != null) {
				m.antecedent = earlier.antecedent != null ? earlier.antecedent : earlier;
			}
			return;
		}
		if (splitByGazetteer(t, a, last, mentions, taken)) {
			return;
		}
		if (a == last && t.isAllCaps(a) && t.word[a].length() <= 6) {
			add(mentions, taken, a, last, ORGANIZATION, 0.55);
			return;
		}
		if (a == last && prepositionBefore(t, a)) {
			add(mentions, taken, a, last, LOCATION, 0.55);
			return;
		}
		if (last > a && last - a <= 2 && allTitleCase(t, a, last)) {
			add(mentions, taken, a, last, PERSON, 0.6);
			return;
		}
		if (a == last && last + 1 < t.size && SPEECH_VERBS.contains(t.lower(last + 1))) {
			add(mentions, taken, a, last, PERSON, 0.5);
		}
	}

	private String gazetteerLabel(String s) {
		if (gaz.isOrganization(s)) {
			return ORGANIZATION;
		}
		if (gaz.isLocation(s)) {
			return LOCATION;
		}
		if (s.startsWith("the ") || s.startsWith("The ")) {
			return gazetteerLabel(s.substring(4));
		}
		return null;
	}

	private boolean containsGazetteerLocationOnly(TokenView t, int a, int last) {
		return gaz.isLocation(t.span(a, last));
	}

	/** Labels the gazetteer entries inside a span that is not a name as a whole. */
	private boolean splitByGazetteer(TokenView t, int a, int last, List<Mention> mentions, boolean[] taken) {
		boolean any = false;
		int i = a;
		while (i <= last) {
			int found = -1;
			String label = null;
			for (int j = Math.min(last, i + 6); j >= i && gaz.mayStartEntry(t.word[i]); j--) {
				label = gazetteerLabel(t.span(i, j));
				if (label != null) {
					found = j;
					break;
				}
			}
			if (found >= 0) {
				add(mentions, taken, i, found, label, 0.85);
				any = true;
				i = found + 1;
			} else {
				i++;
			}
		}
		return any;
	}

	private boolean hasPersonCueBefore(TokenView t, int first) {
		int p = first - 1;
		if (p < 0) {
			return false;
		}
		String w = t.word[p];
		if (gaz.roleNouns.contains(t.lower(p)) && !t.isCapitalized(p)) {
			return true;
		}
		int dash = w.lastIndexOf('-');
		if (dash > 0 && gaz.personTitles.contains(w.substring(dash + 1))) {
			return true; // then-Colonel Goita
		}
		return gaz.personTitles.contains(w) && t.isCapitalized(p);
	}

	private boolean hasOrgCueBefore(TokenView t, int first) {
		int p = first - 1;
		return p >= 0 && gaz.orgCueNouns.contains(t.lower(p)) && !t.isCapitalized(p);
	}

	private boolean isPlaceContext(TokenView t, int a, int last) {
		if (last + 1 < t.size && GEO_NOUNS.contains(t.word[last + 1])) {
			return !t.is(last + 1, "state", "department") || !hasOrgHead(t, a, last);
		}
		int p = a - 1;
		if (p >= 1 && t.is(p, "of") && GEO_NOUNS.contains(t.lower(p - 1))) {
			return true;
		}
		if (p >= 0 && t.is(p, "capital")) {
			return true;
		}
		return p >= 1 && t.word[p].equals(",") && t.is(p - 1, "capital");
	}

	private boolean prepositionBefore(TokenView t, int a) {
		int p = a - 1;
		boolean possessive = a + 1 < t.size && (t.word[a + 1].equals("'s") || t.word[a + 1].equals("\u2019s"));
		return p >= 0 && PLACE_PREPOSITIONS.contains(t.word[p]) && !possessive;
	}

	private static boolean allTitleCase(TokenView t, int a, int last) {
		for (int k = a; k <= last; k++) {
			if (t.word[k].equals("-")) {
				continue;
			}
			if (!t.isCapitalized(k) || t.isAllCaps(k)) {
				return false;
			}
		}
		return true;
	}

	private static boolean containsWord(TokenView t, int a, int last, String w) {
		for (int k = a; k <= last; k++) {
			if (t.word[k].equals(w)) {
				return true;
			}
		}
		return false;
	}

	/** A short form of an earlier mention: surname, same text, or acronym of its words. */
	private Mention corefer(TokenView t, int a, int last, List<Mention> mentions) {
		String text = fold(t.span(a, last));
		for (int k = mentions.size() - 1; k >= 0; k--) {
			Mention m = mentions.get(k);
			if (m.first >= a || m.label.equals(DATE) || m.label.equals("QUANTITY")) {
				continue;
			}
			String full = fold(t.span(m.first, m.last));
			if (full.equals(text)) {
				return m;
			}
			if (m.label.equals(PERSON) && a == last && full.endsWith(" " + text)) {
				return m;
			}
			if (m.label.equals(PERSON) && a == last && full.startsWith(text + " ") && m.last > m.first) {
				return m;
			}
			if (a == last && t.isAllCaps(a) && text.equals(initials(t, m.first, m.last))) {
				return m;
			}
		}
		return null;
	}

	private static String initials(TokenView t, int first, int last) {
		StringBuilder b = new StringBuilder();
		for (int k = first; k <= last; k++) {
			for (String part : t.word[k].split("-")) {
				if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
					b.append(part.charAt(0));
				}
			}
		}
		return b.toString();
	}

	/** A person or organisation named again (or by its acronym) points to its first mention. */
	private static void linkRepeatedNames(TokenView t, List<Mention> mentions) {
		Map<String, Mention> firstByText = new HashMap<>();
		List<Mention> organisations = new ArrayList<>();
		for (Mention m : mentions) {
			if (!m.label.equals(PERSON) && !m.label.equals(ORGANIZATION)) {
				continue;
			}
			String key = m.label + ":" + fold(t.span(m.first, m.last));
			Mention first = firstByText.get(key);
			if (m.antecedent == null && first != null) {
				m.antecedent = first.antecedent != null ? first.antecedent : first;
			} else if (m.antecedent == null && m.label.equals(ORGANIZATION) && m.first == m.last && t.isAllCaps(m.first)) {
				for (Mention o : organisations) {
					if (o.last > o.first && t.word[m.first].equals(initials(t, o.first, o.last))) {
						m.antecedent = o.antecedent != null ? o.antecedent : o;
						break;
					}
				}
			}
			firstByText.putIfAbsent(key, m);
			if (m.label.equals(ORGANIZATION)) {
				organisations.add(m);
			}
		}
	}

	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
	private static final java.util.regex.Pattern ORDINAL_SUFFIX = java.util.regex.Pattern.compile("(st|nd|rd|th)$");

	static String fold(String s) {
		return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** "Alliance of Sahel States (AES)": the acronym in parentheses names the entity before it. */
	private void resolveAcronymsInParentheses(TokenView t, List<Mention> mentions, boolean[] taken) {
		Map<Integer, Mention> byLast = new HashMap<>();
		for (Mention m : mentions) {
			byLast.put(m.last, m);
		}
		for (int i = 1; i + 1 < t.size; i++) {
			if (t.word[i - 1].equals("(") && t.word[i + 1].equals(")") && t.isAllCaps(i)) {
				Mention before = i >= 2 ? byLast.get(i - 2) : null;
				Mention existing = null;
				for (Mention m : mentions) {
					if (m.first == i && m.last == i) {
						existing = m;
					}
				}
				boolean names = before != null && !before.label.equals(DATE) && !before.label.equals("QUANTITY")
						&& (before.label.equals(ORGANIZATION) || t.word[i].equals(initials(t, before.first, before.last)));
				if (existing != null) {
					mentions.remove(existing);
					taken[i] = false;
				}
				Mention m = add(mentions, taken, i, i, names ? before.label : ORGANIZATION, names ? 0.85 : 0.6);
				if (m != null && names) {
					m.antecedent = before;
				} else if (m != null && before == null) {
					// an unrecognised name right before "(ACRONYM)" is the organisation's full name
					int k = i - 2;
					while (k >= 0 && !taken[k] && i - 2 - k < 10 && (t.isCapitalized(k) || NAME_PARTICLES.contains(t.word[k])
							|| t.word[k].equals("-") || (t.end[k] == t.begin[k + 1] && !t.word[k].equals(",")
									&& !t.word[k].equals("(")))) {
						k--;
					}
					while (k + 1 < i - 2 && !t.isCapitalized(k + 1)) {
						k++;
					}
					if (k < i - 3) {
						Mention full = add(mentions, taken, k + 1, i - 2, ORGANIZATION, 0.6);
						m.antecedent = full;
					}
				}
			}
		}
	}

	private TokenView t;

	private Mention add(List<Mention> mentions, boolean[] taken, int first, int last, String label, double confidence) {
		for (int k = first; k <= last; k++) {
			if (taken[k]) {
				return null;
			}
		}
		Mention m = new Mention(first, last, label, confidence);
		for (int k = first; k <= last; k++) {
			taken[k] = true;
			if (!label.equals(DATE) && !label.equals("QUANTITY") && t != null && t.isCapitalized(k)) {
				knownNameWords.add(t.word[k]);
			}
		}
		mentions.add(m);
		return m;
	}

	// ---------------------------------------------------------------- dates

	private void findDates(TokenView t, boolean[] taken, List<Mention> mentions) {
		for (int i = 0; i < t.size; i++) {
			if (taken[i]) {
				continue;
			}
			String w = t.word[i];
			int first = i;
			int last = -1;
			if (WEEKDAYS.contains(w)) {
				last = i;
				if (i + 1 < t.size && DAY_PARTS.contains(t.word[i + 1])) {
					last = i + 1;
				}
			} else if (MONTHS.contains(w) && isMonthUse(t, i)) {
				last = i;
				if (i + 1 < t.size && isDayNumber(t.word[i + 1])) {
					last = i + 1;
				}
				if (last + 2 < t.size && t.word[last + 1].equals(",") && isYear(t.word[last + 2])) {
					last += 2;
				} else if (last + 1 < t.size && isYear(t.word[last + 1])) {
					last++;
				}
				if (i > 0 && isDayNumber(t.word[i - 1]) && !taken[i - 1]) {
					first = i - 1;
				}
			} else if (isYear(w) && t.pos[i].equals("NUM")) {
				boolean countedNoun = i + 1 < t.size && t.pos[i + 1].equals("NOUN") && t.lower(i + 1).endsWith("s");
				if (!countedNoun) {
					last = i;
				}
			} else if (t.is(i, "yesterday", "today", "tomorrow", "overnight")) {
				last = i;
			} else if (t.is(i, "this", "last") && i + 1 < t.size && t.is(i + 1, "morning", "afternoon", "evening", "night")) {
				last = i + 1;
			} else if (t.is(i, "the") && i + 1 < t.size && t.is(i + 1, "weekend")) {
				last = i + 1;
			} else if (t.is(i, "the") && i + 3 < t.size && t.is(i + 1, "past", "last", "next")
					&& isSmallNumber(t, i + 2) && t.is(i + 3, "days", "weeks", "months", "years")) {
				last = i + 3;
			} else if (t.is(i, "last", "this", "next", "earlier", "later") && i + 1 < t.size
					&& t.is(i + 1, "week", "month", "year", "weekend", "summer", "winter", "spring", "autumn")) {
				last = i + 1;
				if (t.is(i, "earlier", "later") && !t.is(i + 1, "week", "month", "year")) {
					last = -1;
				}
			} else if (i + 2 < t.size && isSmallNumber(t, i) && t.is(i + 1, "days", "weeks", "months", "years")
					&& t.is(i + 2, "ago")) {
				last = i + 2;
			}
			if (last >= first && last >= 0) {
				add(mentions, taken, first, last, DATE, 0.85);
				i = last;
			}
		}
	}

	private static boolean isSmallNumber(TokenView t, int i) {
		return t.pos[i].equals("NUM") || t.is(i, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
	}

	private static boolean isMonthUse(TokenView t, int i) {
		if (!t.word[i].equals("May") && !t.word[i].equals("March")) {
			return true;
		}
		boolean before = i > 0 && t.is(i - 1, "in", "since", "until", "by", "from", "last", "next", "early", "late", "mid", "of", "on", "through", "till");
		boolean after = i + 1 < t.size && (isYear(t.word[i + 1]) || isDayNumber(t.word[i + 1]));
		return before || after;
	}

	private static boolean isYear(String w) {
		if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int y = Integer.parseInt(w);
		return y >= 1900 && y <= 2100;
	}

	private static boolean isDayNumber(String w) {
		String d = ORDINAL_SUFFIX.matcher(w).replaceAll("");
		if (d.isEmpty() || d.length() > 2 || !d.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int n = Integer.parseInt(d);
		return n >= 1 && n <= 31;
	}

	// ---------------------------------------------------------------- headlines

	/** Title-case lines ("Mali's Military Faces Internal Turmoil") carry no capitalisation signal. */
	private static boolean isHeadline(TokenView t, int from, int to) {
		int words = 0;
		int capitalised = 0;
		for (int k = from; k <= to; k++) {
			String w = t.word[k];
			if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
				words++;
				if (Character.isUpperCase(w.charAt(0))) {
					capitalised++;
				}
			}
		}
		String lastWord = t.word[to];
		boolean noFinalStop = !(lastWord.equals(".") || lastWord.equals("!") || lastWord.equals("\"") || lastWord.equals("\u201D"));
		return words >= 3 && capitalised == words && noFinalStop;
	}
}
