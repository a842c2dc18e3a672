package org.assay.engines.claims;

/**
 * The tunables of attribution, set through {@link ClaimDetector}'s configuration parameters.
 *
 * @param quoteThenSource   confidence of "Q," a source said
 * @param sourceThenQuote   confidence of X said: "Q" and of mixed quotes
 * @param continuedQuote    confidence of a quote that continues an attributed one
 * @param forSource         confidence of "For X, ..."
 * @param accordingTo       confidence of "according to X"
 * @param reportingVerb     confidence of reported speech around a cue verb
 * @param nounCue           confidence of a cue noun ("the minister's claim that ...", "in her view, ...")
 * @param unattributed      confidence of a statement with a figure or hedge and no source
 * @param cueWindow         tokens after a closing quote searched for its cue
 * @param continuedQuoteSentences how many sentences a quote may follow an attributed one and still share its source
 * @param maxSourceTokens   longest source noun phrase, in tokens
 */
record ClaimSettings(double quoteThenSource, double sourceThenQuote, double continuedQuote, double forSource,
		double accordingTo, double reportingVerb, double nounCue, double unattributed, int cueWindow, int continuedQuoteSentences,
		int maxSourceTokens) {

	/** The defaults of the engine's parameters. */
	static ClaimSettings defaults() {
		return new ClaimSettings(0.9, 0.85, 0.7, 0.75, 0.85, 0.7, 0.65, 0.5, 16, 3, 25);
	}
}
