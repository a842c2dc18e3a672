package org.assay.engines.ner;

import java.util.HashSet;
import java.util.Set;

import org.assay.core.lexicon.Lexicon;
import org.assay.engines.dates.CalendarWords;
import org.assay.engines.internal.Gazetteers;
import org.assay.engines.internal.TokenView;

/**
 * Finds name candidates: capitalised runs that may be a name, extended over hyphens, particles
 * ("Ould", "al-") and the "of"/"and" of organisation names ("Ministry of Energy and Mines").
 */
final class NameScanner {

	static final Set<String> NAME_PARTICLES = load("name-particles.txt");
	static final Set<String> NEVER_NAMES = load("never-names.txt");
	/** Lower-case words that join an organisation's name after its head word: "Ministry of Defence". */
	static final Set<String> NAME_CONNECTORS = load("name-connectors.txt");

	private final TokenView t;
	private final Gazetteers gaz;
	private final Mentions mentions;
	/** Words the document uses in lower case: "Police" at a sentence start is then no name. */
	private final Set<String> lowercaseWords = new HashSet<>();

	NameScanner(TokenView t, Gazetteers gaz, Mentions mentions) {
		this.t = t;
		this.gaz = gaz;
		this.mentions = mentions;
		for (int i = 0; i < t.size; i++) {
			String w = t.word[i];
			if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
				lowercaseWords.add(w);
			}
		}
	}

	private static Set<String> load(String file) {
		return Lexicon.words(NameScanner.class, file);
	}

	/** Whether token {@code i} can start a name. */
	boolean startsName(int i) {
		String w = t.word[i];
		if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
			return false;
		}
		if (!Character.isUpperCase(w.charAt(0))) {
			// "al-Shabab" style names start lower case
			return w.startsWith("al-") && w.length() > 3 && Character.isUpperCase(w.charAt(3));
		}
		String lower = t.lower(i);
		if (NEVER_NAMES.contains(lower) && !(t.is(i, "the") && i + 1 < t.size && startsGazetteerEntry(i))) {
			return false;
		}
		boolean initial = t.isSentenceStart(i) || (i > 0 && (t.word[i - 1].equals(":") || t.isOpeningQuote(i - 1)));
		if (initial && !startsGazetteerEntry(i) && !mentions.knownNameWords.contains(w)) {
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

	/** Whether a location, organisation or demonym entry of the gazetteers starts at token {@code i}. */
	boolean startsGazetteerEntry(int i) {
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
	int extendName(int i, int to) {
		int j = i;
		while (j + 1 <= to && !mentions.taken[j + 1]) {
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
			if (isNameWord(k)) {
				j = k;
				continue;
			}
			if (NAME_PARTICLES.contains(w) && k + 1 <= to && (isNameWord(k + 1) || t.word[k + 1].equals("-"))) {
				j = k;
				continue;
			}
			if (NAME_CONNECTORS.contains(w) && k + 1 <= to && isNameWord(k + 1)
					&& hasOrgHead(i, j)) {
				j = k;
				continue;
			}
			// "Ministry of Energy and Mines", "Disaster Risk Reduction and Management Council"
			// ("Wagner Group and Africa Corps" are two: the left part is already a whole name)
			if ((w.equals("and") || w.equals("&")) && k + 1 <= to && isNameWord(k + 1) && !gaz.orgHeads.contains(t.word[j])
					&& (hasOrgHead(i, j) && containsWord(i, j, "of") || runEndsInOrgHead(k + 1, to))) {
				j = k;
				continue;
			}
			if (w.equals("the") && t.is(k - 1, "of", "for") && k + 1 <= to && isNameWord(k + 1)) {
				j = k;
				continue;
			}
			break;
		}
		while (j > i && (NAME_PARTICLES.contains(t.word[j]) || t.in(j, NAME_CONNECTORS) || t.is(j, "the"))) {
			j--;
		}
		return j;
	}

	private boolean isNameWord(int k) {
		String w = t.word[k];
		if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
			return w.startsWith("al-") && w.length() > 3;
		}
		String pos = t.pos[k];
		if (pos.equals("PUNCT") || NEVER_NAMES.contains(t.lower(k)) && !t.is(k, "of")) {
			return false;
		}
		return !(CalendarWords.isWeekday(w) || CalendarWords.isMonth(w) && !pos.equals("PROPN"));
	}

	/** Whether the capitalised run starting at {@code k} ends in an organisation head word. */
	private boolean runEndsInOrgHead(int k, int to) {
		int m = k;
		while (m + 1 <= to && isNameWord(m + 1)) {
			m++;
		}
		return gaz.orgHeads.contains(t.word[m]);
	}

	/** "Economic Community of Central African States", "Ministry of Defence", "Commission on Human Rights". */
	boolean headBeforeOf(int a, int last) {
		for (int k = a + 1; k < last; k++) {
			if (NAME_CONNECTORS.contains(t.word[k]) || t.word[k].equals("and")) {
				return hasOrgHead(a, k - 1);
			}
		}
		return false;
	}

	boolean hasOrgHead(int from, int to) {
		for (int k = from; k <= to; k++) {
			if (gaz.orgHeads.contains(t.word[k])) {
				return true;
			}
		}
		return false;
	}

	boolean containsWord(int a, int last, String w) {
		for (int k = a; k <= last; k++) {
			if (t.word[k].equals(w)) {
				return true;
			}
		}
		return false;
	}

	/** Title-case lines ("Mali's Military Faces Internal Turmoil") carry no capitalisation signal. */
	boolean isHeadline(int from, int to) {
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
