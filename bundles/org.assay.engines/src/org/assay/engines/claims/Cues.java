package org.assay.engines.claims;

import java.util.Set;

/** Reporting verbs and the words around them that change what a claim commits to. */
final class Cues {

	/** Inflected reporting verbs. */
	static final Set<String> VERBS = Set.of("say", "says", "said", "saying", "tell", "tells", "told", "telling",
			"add", "adds", "added", "adding", "claim", "claims", "claimed", "claiming", "deny", "denies", "denied",
			"denying", "state", "states", "stated", "stating", "report", "reports", "reported", "reporting", "confirm",
			"confirms", "confirmed", "confirming", "acknowledge", "acknowledges", "acknowledged", "acknowledging",
			"announce", "announces", "announced", "announcing", "assert", "asserts", "asserted", "insist", "insists",
			"insisted", "insisting", "argue", "argues", "argued", "arguing", "explain", "explains", "explained", "note",
			"notes", "noted", "noting", "warn", "warns", "warned", "warning", "suggest", "suggests", "suggested",
			"indicate", "indicates", "indicated", "ask", "asks", "asked", "accuse", "accuses", "accused", "accusing",
			"allege", "alleges", "alleged", "alleging", "write", "writes", "wrote", "written", "quoted", "assure", "assures",
			"assured", "admit", "admits", "admitted", "reveal", "reveals", "revealed", "stress", "stresses",
			"stressed", "emphasised", "emphasized", "maintain", "maintains", "maintained", "contend", "contends",
			"contended", "estimate", "estimates", "estimated", "predicted", "blame", "blames", "blamed", "declared",
			"declare", "declares", "spoke", "speaks", "concede", "conceded", "recalled", "described", "commented",
			"replied", "responded", "testified", "tweeted", "posted", "believes", "believe");

	/** -ing forms that take the subject of the main clause as their source. */
	static final Set<String> PARTICIPLES = Set.of("saying", "adding", "claiming", "stating", "insisting", "arguing",
			"noting", "warning", "accusing", "alleging", "telling", "denying", "confirming", "acknowledging",
			"announcing", "reporting");

	/** Words that are reporting verbs only when tagged VERB (also common nouns: "reports", "states"). */
	static final Set<String> AMBIGUOUS = Set.of("report", "reports", "claim", "claims", "state", "states", "note",
			"notes", "estimate", "estimates", "blame", "stress", "stresses", "warning", "posted", "add", "adds", "ask");

	/** Weak cues: only reporting when followed by "that" or a finite clause. */
	static final Set<String> WEAK = Set.of("maintain", "maintains", "maintained", "described", "estimate",
			"estimates", "estimated", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested",
			"blame", "blames", "blamed", "stress", "stresses", "stressed", "reveal", "reveals", "revealed", "posted",
			"predicted", "note", "notes", "noted", "emphasised", "emphasized", "recalled", "tweeted", "warned",
			"warn", "warns", "acknowledge", "acknowledges", "acknowledged", "confirm", "confirms", "confirmed",
			"announce", "announces", "announced", "explain", "explains", "explained", "declare", "declares",
			"declared", "admit", "admits", "admitted");

	/** Participles that modify a noun when followed by "of" ("soldiers accused of ..."). */
	static final Set<String> MODIFIER_PARTICIPLES = Set.of("accused", "alleged", "suspected", "reported", "described",
			"claimed", "believed", "said");

	static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s");

	static final Set<String> DENIAL = Set.of("deny", "denies", "denied", "denying", "dismissed", "rejected");
	static final Set<String> DISTANCING = Set.of("claim", "claims", "claimed", "claiming", "allege", "alleges",
			"alleged", "alleging", "suggest", "suggests", "suggested", "suggesting");
	static final Set<String> HEDGE_ADVERBS = Set.of("reportedly", "allegedly", "apparently", "purportedly",
			"supposedly", "unofficial", "rumoured", "rumored");
	static final Set<String> HEDGE_BEFORE_TO = Set.of("believed", "thought", "appear", "appears", "appeared",
			"seem", "seems", "seemed", "alleged", "suspected", "said", "understood");
	static final Set<String> MODALS = Set.of("may", "might", "could", "possibly", "perhaps", "probably", "likely");
	static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no longer");
	static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "him", "her");
	static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would",
			"could", "did", "does", "do", "not", "n't", "also", "since", "then", "later", "previously", "further",
			"repeatedly", "again", "however", "independently", "already", "publicly", "privately", "separately",
			"recently", "once", "been", "be", "may", "might", "can", "should");

	private Cues() {
	}
}
