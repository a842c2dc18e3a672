package org.assay.core.conflicts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.assay.core.lexicon.Lexicon;

/**
 * Words that name a countable news event (arrests, deaths, displacement ...), and the nouns
 * that count the people an event happens to ({@code events.txt}, {@code people-nouns.txt}).
 * General news vocabulary, not tied to a corpus.
 */
final class EventLexicon {

	private static final Map<String, String> EVENTS = events();
	private static final Set<String> PEOPLE = Lexicon.words(EventLexicon.class, "people-nouns.txt");

	private EventLexicon() {
	}

	private static Map<String, String> events() {
		Map<String, String> byWord = new HashMap<>();
		Lexicon.pairs(EventLexicon.class, "events.txt").forEach((event, words) -> {
			for (String w : words.split(",")) {
				byWord.put(w.strip(), event);
			}
		});
		return Map.copyOf(byWord);
	}

	/** The event a word names, or null. */
	static String event(String word) {
		return EVENTS.get(word.toLowerCase(Locale.ROOT));
	}

	/** Whether a counted noun counts people (so counts of one event in it are comparable). */
	static boolean countsPeople(String measure) {
		return measure != null && PEOPLE.contains(measure.toLowerCase(Locale.ROOT));
	}
}
