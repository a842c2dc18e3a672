package org.assay.engines.claims;

import java.util.Map;
import java.util.Set;

import org.assay.core.lexicon.Lexicon;

/**
 * The word lists of attribution: reporting verbs and the words around them that change what a
 * claim commits to. Each list is a resource file next to this class.
 */
final class Cues {

	static final Set<String> VERBS = load("cue-verbs.txt");
	static final Set<String> PARTICIPLES = load("cue-participles.txt");
	static final Set<String> AMBIGUOUS = load("cue-ambiguous.txt");
	static final Set<String> WEAK = load("cue-weak.txt");
	static final Set<String> MODIFIER_PARTICIPLES = load("modifier-participles.txt");
	static final Set<String> BE = load("be.txt");
	static final Set<String> DENIAL = load("denial-verbs.txt");
	static final Set<String> DISTANCING = load("distancing-verbs.txt");
	static final Set<String> HEDGE_ADVERBS = load("hedge-adverbs.txt");
	static final Set<String> HEDGE_BEFORE_TO = load("hedge-before-to.txt");
	static final Set<String> MODALS = load("modals.txt");
	static final Set<String> NEGATIONS = load("negations.txt");
	static final Set<String> PRONOUNS = load("pronoun-sources.txt");
	static final Set<String> PERSON_PRONOUNS = load("person-pronouns.txt");
	static final Set<String> AUXILIARIES = load("subject-skip-words.txt");
	static final Set<String> INVERSION_VERBS = load("inversion-verbs.txt");
	static final Set<String> ADDRESSEE_CUES = load("addressee-cues.txt");
	static final Set<String> ADDRESSEES = load("addressees.txt");
	static final Set<String> VERIFICATION_VERBS = load("verification-verbs.txt");
	static final Set<String> UNCONFIRMED = load("unconfirmed-words.txt");
	static final Set<String> RELATIVE_WORDS = load("relative-words.txt");
	static final Set<String> POSSESSIVES = load("possessive-determiners.txt");
	static final Set<String> QUOTING_VERBS = load("quoting-verbs.txt");
	static final Set<String> TIME_ADJUNCT_OPENERS = load("time-adjunct-openers.txt");
	static final Set<String> INFINITIVE_VERBS = load("cue-infinitive-verbs.txt");
	static final Map<String, String> PREPOSITION_VERBS = Lexicon.pairs(Cues.class, "cue-preposition-verbs.txt");
	static final Set<String> NOUNS = load("noun-cues.txt");

	private Cues() {
	}

	private static Set<String> load(String file) {
		return Lexicon.words(Cues.class, file);
	}
}
