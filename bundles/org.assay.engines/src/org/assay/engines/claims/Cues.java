package org.assay.engines.claims;

import java.util.Map;
import java.util.Set;

import org.assay.core.lexicon.Lexicon;
import org.assay.engines.internal.KindedWords;

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
	private static final KindedWords BE_FORMS = KindedWords.load(Cues.class, "be.txt", "finite", "non-finite", "contracted");
	static final Set<String> BE = BE_FORMS.all();
	static final Set<String> FINITE_BE = BE_FORMS.of("finite");
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
	private static final KindedWords RELATIVE = KindedWords.load(Cues.class, "relative-words.txt", "pronoun", "conjunction");
	static final Set<String> RELATIVE_WORDS = RELATIVE.all();
	static final Set<String> RELATIVE_PRONOUNS = RELATIVE.of("pronoun");
	static final Set<String> CLAUSE_CONTINUERS = load("clause-continuers.txt");
	static final Set<String> SOURCE_PHRASE_LINKS = load("source-phrase-links.txt");
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
