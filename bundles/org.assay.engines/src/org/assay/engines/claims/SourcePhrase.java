package org.assay.engines.claims;

import org.assay.engines.internal.Gazetteers;
import org.assay.engines.internal.TokenView;

/**
 * Noun-phrase geometry for sources: the subject of a cue, the noun phrase that ends right
 * before one, whether a phrase names a person.
 */
final class SourcePhrase {

	private final ClaimContext ctx;
	private final TokenView t;

	SourcePhrase(ClaimContext ctx) {
		this.ctx = ctx;
		this.t = ctx.t;
	}

	/**
	 * Finds the subject of the cue verb at {@code cue} in the clause that starts at {@code from}
	 * and stores it as the source of {@code f}: a pronoun, the noun phrase that opens the clause,
	 * "X quoted Y as saying" → Y, or for a participle the source of the main clause.
	 *
	 * @return whether a subject was found
	 */
	boolean findSubject(Attribution f, int cue, int from) {
		int p = cue - 1;
		while (p >= from && (Cues.AUXILIARIES.contains(t.lower(p)) || t.pos[p].equals("ADV") && !t.isCapitalized(p)
				|| t.word[p].equals(","))) {
			p--;
		}
		if (p < from) {
			return false;
		}
		if (t.is(cue, "saying") && t.is(cue - 1, "as")) {
			for (int q = cue - 2; q > from; q--) {
				if (t.in(q, Cues.QUOTING_VERBS)) {
					f.sourceFirst = q + 1;
					f.sourceLast = cue - 2;
					ctx.usedCue[q] = true;
					return f.sourceLast >= f.sourceFirst;
				}
			}
		}
		if (Cues.PARTICIPLES.contains(t.lower(cue))) {
			return participleSubject(f, cue, from);
		}
		if (Cues.PRONOUNS.contains(t.lower(p))) {
			f.sourceFirst = p;
			f.sourceLast = p;
			return true;
		}
		int regionStart = skipLeadingAdverbial(from, p);
		for (int m = regionStart + 1; m < p; m++) {
			// "Choguel Maiga, who was prime minister until November, has accused ..."
			if (t.word[m].equals(",") && t.is(m + 1, "who", "which", "whose") && ctx.clauses.nextComma(m + 1, p) < 0) {
				p = m - 1;
				break;
			}
		}
		int start = nounPhraseStart(regionStart, p);
		boolean noun = false;
		for (int m = start; m <= p; m++) {
			noun |= t.pos[m].equals("NOUN") || t.pos[m].equals("PROPN") || t.pos[m].equals("PRON") || t.pos[m].equals("NUM");
		}
		if (!noun || t.in(start, Cues.RELATIVE_PRONOUNS)) {
			return false;
		}
		f.sourceFirst = start;
		f.sourceLast = p;
		return true;
	}

	/** "..., the lawmaker stated, adding that ...": same source as the main clause's cue. */
	private boolean participleSubject(Attribution f, int cue, int from) {
		for (int q = cue - 1; q >= from; q--) {
			Attribution main = ctx.byCue.get(q);
			if (main != null && main.sourceFirst >= 0) {
				f.sourceFirst = main.sourceFirst;
				f.sourceLast = main.sourceLast;
				return true;
			}
		}
		// An army source also acknowledged the incident, saying: ... -> subject of the main clause
		int v = from;
		while (v < cue && !(t.pos[v].equals("VERB") || t.pos[v].equals("AUX"))) {
			v++;
		}
		if (v == from || v >= cue) {
			return false;
		}
		int last = v - 1;
		while (last > from && (Cues.AUXILIARIES.contains(t.lower(last)) || t.pos[last].equals("ADV"))) {
			last--;
		}
		f.sourceFirst = skipLeadingAdverbial(from, last);
		f.sourceLast = last;
		return f.sourceLast >= f.sourceFirst;
	}

	/**
	 * Start of the noun phrase that ends at {@code last}: the whole region when it is one noun
	 * phrase (appositions included, a relative clause cut off), else the chunk of noun-phrase
	 * words right before the cue ("following what [a security and military source] told AFP").
	 */
	int nounPhraseStart(int from, int last) {
		boolean clean = last - from <= 25;
		for (int m = from; m <= last && clean; m++) {
			String pos = t.pos[m];
			boolean participle = pos.equals("VERB") && m > from && (t.pos[m - 1].equals("NOUN") || t.pos[m - 1].equals("PROPN"))
					&& (t.lower(m).endsWith("ed") || t.lower(m).endsWith("ing"));
			boolean adjectiveLike = pos.equals("VERB") && m > from && t.pos[m - 1].equals("DET");
			if ((pos.equals("VERB") && !participle && !adjectiveLike && !t.is(m, "including") && !t.word[m].contains("-")) || pos.equals("AUX") || pos.equals("SCONJ")
					|| t.in(m, Cues.RELATIVE_WORDS) || t.isQuote(m)) {
				clean = false;
			}
		}
		if (clean) {
			return from;
		}
		int k = last;
		while (k - 1 >= from) {
			int m = k - 1;
			String pos = t.pos[m];
			boolean np = pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN")
					|| pos.equals("NUM") || pos.equals("PART") || t.in(m, Cues.SOURCE_PHRASE_LINKS)
					|| t.word[m].equals("'s") || t.word[m].equals("\u2019s")
					|| pos.equals("PRON") && t.in(m, Cues.POSSESSIVES)
					|| pos.equals("VERB") && m > from && (t.pos[m - 1].equals("NOUN") || t.pos[m - 1].equals("PROPN"))
							&& t.lower(m).endsWith("ed")
					|| pos.equals("VERB") && m > from && t.pos[m - 1].equals("DET");
			if (!np || t.word[m].equals(",")) {
				break;
			}
			k = m;
		}
		while (k < last && (t.pos[k].equals("ADP") || t.pos[k].equals("CCONJ") || t.is(k, "-"))) {
			k++;
		}
		return k;
	}

	/** Skips "In July," / "Earlier," / "However," openers. */
	int skipLeadingAdverbial(int from, int last) {
		for (int m = from; m < last; m++) {
			if (t.word[m].equals(",")) {
				String pos = t.pos[from];
				if (pos.equals("ADP") || pos.equals("ADV") || pos.equals("SCONJ") || pos.equals("CCONJ")) {
					return m + 1;
				}
				return from;
			}
		}
		return from;
	}

	/** The source without trailing auxiliaries and commas ("the minister has" → "the minister"). */
	int trimSource(int first, int last) {
		while (last > first && (Cues.AUXILIARIES.contains(t.lower(last)) || t.word[last].equals(","))) {
			last--;
		}
		return last;
	}

	/** A noun phrase that can be a source: it has a noun, a name or a pronoun and no verb. */
	boolean looksLikeSourcePhrase(int a, int b) {
		boolean noun = false;
		for (int k = a; k <= b; k++) {
			String pos = t.pos[k];
			if (pos.equals("VERB") || pos.equals("AUX") || t.isQuote(k)) {
				return false;
			}
			noun |= pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON");
		}
		return noun;
	}

	/** A person or group of people: a role noun ("an analyst", "observers") or a short proper name. */
	boolean looksLikePersonPhrase(int a, int b) {
		boolean capitalised = false;
		boolean role = false;
		for (int k = a; k <= b; k++) {
			capitalised |= t.isCapitalized(k) && t.pos[k].equals("PROPN");
			role |= t.pos[k].equals("NOUN") && Gazetteers.get().roleNouns.contains(t.lower(k));
		}
		return role || (capitalised && b - a <= 4);
	}
}
