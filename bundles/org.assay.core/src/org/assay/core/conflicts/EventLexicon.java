package org.assay.core.conflicts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that name a countable news event (arrests, deaths, displacement ...), and the nouns
 * that count the people an event happens to. General news vocabulary, not tied to a corpus.
 */
final class EventLexicon {

	private static final Map<String, String> EVENTS = new HashMap<>();

	static {
		put("ARREST", "arrest", "arrests", "arrested", "arresting", "detain", "detains", "detained", "detaining",
				"detention", "detentions", "detainee", "detainees", "apprehended", "jailed", "imprisoned", "custody",
				"rounded");
		put("DEATH", "killed", "kill", "kills", "killing", "killings", "dead", "died", "die", "death", "deaths",
				"executed", "fatalities", "toll", "massacred", "bodies");
		put("INJURY", "injured", "wounded", "hurt", "injuries", "casualties");
		put("DISPLACEMENT", "displaced", "fled", "flee", "fleeing", "evacuated", "refugees", "homeless", "displacement");
		put("MISSING", "missing", "disappeared", "abducted", "kidnapped", "kidnapping");
		put("PROTEST", "protesters", "demonstrators", "protest", "protests", "rallied", "marched");
	}

	/** Plural nouns that count people; an event counted in any of them is one measure. */
	private static final Set<String> PEOPLE = Set.of("people", "persons", "individuals", "soldiers", "troops",
			"officers", "civilians", "protesters", "demonstrators", "detainees", "men", "women", "children",
			"residents", "villagers", "workers", "miners", "students", "journalists", "members", "fighters",
			"militants", "rebels", "migrants", "refugees", "victims", "prisoners", "arrests", "detentions", "deaths",
			"fatalities", "casualties", "killings", "families");

	private EventLexicon() {
	}

	private static void put(String event, String... words) {
		for (String w : words) {
			EVENTS.put(w, event);
		}
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
