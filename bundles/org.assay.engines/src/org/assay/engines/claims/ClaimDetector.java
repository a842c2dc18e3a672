package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.engines.EngineIds;
import org.assay.engines.internal.Provenance;
import org.assay.engines.internal.TokenView;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Source;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;

/**
 * PARC-style attribution: finds who asserts what. Direct quotes attributed before, after or
 * around the quotation ("Q," a source told AFP / X said: "Q" / "Q1," X said. "Q2"), reported
 * speech (X said that ..., ..., sources told AFP, according to X, For X, ...), mixed forms, and
 * unattributed statements that carry a figure or a hedge. Sources are whole noun phrases; pronoun
 * sources point to the nearest plausible earlier mention.
 */
@TypeCapability(inputs = { "org.assay.type.Token", "org.assay.type.Sentence", "org.assay.type.Entity",
		"org.assay.type.Quantity" }, outputs = { "org.assay.type.Claim", "org.assay.type.Source",
				"org.assay.type.Cue" })
public class ClaimDetector extends JCasAnnotator_ImplBase {

	/** Token-indexed claim before it becomes annotations; -1 marks an absent part. */
	private static final class Found {
		int contentFirst;
		int contentLast;
		int sourceFirst = -1;
		int sourceLast = -1;
		int cueFirst = -1;
		int cueLast = -1;
		ClaimKind kind;
		double confidence;
		Found sharesAttributionWith;
		Source source;
		Cue cue;
	}

	private TokenView t;
	private final java.util.Map<Integer, Found> byCue = new java.util.HashMap<>();
	private boolean[] inQuote;
	private boolean[] usedCue;
	private boolean[] claimed;

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		t = new TokenView(jcas);
		if (t.size == 0) {
			return;
		}
		inQuote = new boolean[t.size];
		usedCue = new boolean[t.size];
		claimed = new boolean[t.size];
		byCue.clear();
		List<int[]> quotes = findQuotes();
		for (int[] q : quotes) {
			for (int k = q[0]; k <= q[1] && k < t.size; k++) {
				inQuote[k] = true;
			}
		}
		List<Found> found = new ArrayList<>();
		attributeQuotes(quotes, found);
		for (int s = 0; s < t.sentences(); s++) {
			if (t.sentenceFirst[s] >= 0) {
				reportedSpeech(s, found);
			}
		}
		List<Quantity> measured = jcas.select(Quantity.class)
				.filter(q -> q.getMeasure() != null && !q.getMeasure().isEmpty()).toList();
		for (int s = 0; s < t.sentences(); s++) {
			if (t.sentenceFirst[s] >= 0) {
				unattributed(measured, s, found);
			}
		}
		found.sort((a, b) -> Integer.compare(a.contentFirst, b.contentFirst));
		emit(jcas, found);
	}

	// ------------------------------------------------------------------ quotes

	/** Quote spans as {open, close} token indexes of the marks; an unclosed quote runs to its paragraph's end. */
	private List<int[]> findQuotes() {
		List<int[]> quotes = new ArrayList<>();
		int open = -1;
		boolean curly = false;
		for (int i = 0; i < t.size; i++) {
			String w = t.word[i];
			if (open >= 0 && i > 0 && newlineBetween(i - 1, i)) {
				quotes.add(new int[] { open, i - 1, 0 });
				open = -1;
			}
			if (w.equals("\u201C") || (w.equals("\"") && open < 0)) {
				if (open < 0) {
					open = i;
					curly = w.equals("\u201C");
				}
			} else if ((w.equals("\u201D") && open >= 0) || (w.equals("\"") && open >= 0 && !curly)) {
				if (i - open > 1) {
					quotes.add(new int[] { open, i, 1 });
				}
				open = -1;
			}
		}
		if (open >= 0) {
			quotes.add(new int[] { open, t.size - 1, 0 });
		}
		return quotes;
	}

	private boolean newlineBetween(int a, int b) {
		return t.text.substring(t.end[a], t.begin[b]).indexOf('\n') >= 0;
	}

	private void attributeQuotes(List<int[]> quotes, List<Found> found) {
		Found previous = null;
		for (int qi = 0; qi < quotes.size(); qi++) {
			int[] q = quotes.get(qi);
			int open = q[0];
			int close = q[1];
			boolean closed = q[2] == 1;
			int innerFirst = open + 1;
			int innerLast = closed ? close - 1 : close;
			while (innerLast > innerFirst && isTrailingPunct(innerLast)) {
				innerLast--;
			}
			if (innerLast < innerFirst) {
				continue;
			}
			Found f = attributionAfter(close, closed);
			if (f == null) {
				f = attributionBefore(open);
			}
			if (f != null && f.kind == ClaimKind.MIXED) {
				int closeSentenceEnd = sentenceContentEnd(t.sentenceOf[close]);
				f.contentLast = Math.max(mixedContentEnd(close, Math.max(f.contentLast, closeSentenceEnd)), innerLast);
			} else if (f != null) {
				f.contentFirst = innerFirst;
				f.contentLast = innerLast;
				f.kind = ClaimKind.DIRECT_QUOTE;
			}
			if (f == null && previous != null && startsSentence(open) && sentenceDistance(previous, open) <= 3) {
				f = new Found();
				f.contentFirst = innerFirst;
				f.contentLast = innerLast;
				f.kind = ClaimKind.DIRECT_QUOTE;
				f.confidence = 0.7;
				f.sharesAttributionWith = previous.sharesAttributionWith != null ? previous.sharesAttributionWith : previous;
			}
			if (f == null) {
				continue;
			}
			found.add(f);
			mark(f);
			if (f.kind == ClaimKind.DIRECT_QUOTE && (f.sourceFirst >= 0 || f.sharesAttributionWith != null)) {
				previous = f;
			}
			// "Q1," X said, "Q2." — the second part of a split quote shares the attribution
			if (qi + 1 < quotes.size() && f.cueLast >= 0 && f.cueLast > close) {
				int[] next = quotes.get(qi + 1);
				int gap = next[0] - Math.max(f.cueLast, f.sourceLast);
				if (gap >= 1 && gap <= 2 && t.sentenceOf[next[0]] == t.sentenceOf[f.cueLast]) {
					Found g = new Found();
					g.contentFirst = next[0] + 1;
					g.contentLast = next[2] == 1 ? next[1] - 1 : next[1];
					while (g.contentLast > g.contentFirst && isTrailingPunct(g.contentLast)) {
						g.contentLast--;
					}
					g.kind = ClaimKind.DIRECT_QUOTE;
					g.confidence = f.confidence;
					g.sharesAttributionWith = f;
					found.add(g);
					mark(g);
					qi++;
				}
			}
		}
	}

	/** A mixed claim runs past its quote to the clause end, not into the next quote or cue. */
	private int mixedContentEnd(int close, int sentenceEnd) {
		for (int m = close + 1; m <= sentenceEnd; m++) {
			if (t.isOpeningQuote(m) || t.word[m].equals("\u201C") || (t.word[m].equals(",") && m + 1 < t.size && isCue(m + 1))) {
				int last = m - 1;
				while (last > close && isTrailingPunct(last) && !t.isQuote(last)) {
					last--;
				}
				return last;
			}
		}
		return sentenceEnd;
	}

	private boolean startsSentence(int open) {
		int s = t.sentenceOf[open];
		return open == t.sentenceFirst[s] || (open > 0 && newlineBetween(open - 1, open));
	}

	private int sentenceDistance(Found previous, int open) {
		return t.sentenceOf[open] - t.sentenceOf[previous.contentLast];
	}

	/** "Q," a source told AFP. / "Q," said Maiga. / "Q" the source asked. */
	private Found attributionAfter(int close, boolean closed) {
		if (!closed) {
			return null;
		}
		int i = close + 1;
		if (i >= t.size || newlineBetween(close, i)) {
			return null;
		}
		int end = clauseEnd(i);
		if (i < t.size && t.word[i].equals(",")) {
			i++;
		}
		if (i > end) {
			return null;
		}
		for (int k = i; k <= end && k - i <= 16; k++) {
			if (isCue(k) && !inQuote[k] && !Cues.PARTICIPLES.contains(t.lower(k))) {
				Found f = new Found();
				int cueLast = cueEnd(k, end);
				if (k > i) {
					f.sourceLast = trimSource(i, k - 1);
					int comma = lastCommaBefore(f.sourceLast + 1, i);
					f.sourceFirst = nounPhraseStart(comma >= i ? comma + 1 : i, f.sourceLast);
				} else if (t.is(k, "said", "says", "added", "asked", "wrote", "told", "explained", "insisted")) {
					// inversion: said Maiga.
					int sEnd = cueLast + 1;
					while (sEnd + 1 <= end && !t.word[sEnd + 1].equals(",") && !t.word[sEnd + 1].equals(".")) {
						sEnd++;
					}
					if (sEnd <= end && sEnd > cueLast && sEnd - cueLast <= 8) {
						f.sourceFirst = cueLast + 1;
						f.sourceLast = sEnd;
						// "said Mercy Wanjiru, a student leader at the University of Nairobi."
						if (sEnd + 2 <= end && t.word[sEnd + 1].equals(",") && t.pos[sEnd + 2].equals("DET")) {
							int app = sEnd + 2;
							while (app + 1 <= end && !t.word[app + 1].equals(",")) {
								app++;
							}
							f.sourceLast = app;
						}
					}
				}
				if (f.sourceFirst < 0 || f.sourceLast < f.sourceFirst) {
					return null;
				}
				f.cueFirst = k;
				f.cueLast = cueLast;
				f.confidence = 0.9;
				return f;
			}
			if (t.word[k].equals("\u201C") || t.word[k].equals("\"")) {
				break;
			}
		}
		return null;
	}

	/** X said: "Q" / X confirmed an "attempt" / He said the purge was "proof ...". */
	private Found attributionBefore(int open) {
		int s = t.sentenceOf[open];
		int from = t.sentenceFirst[s];
		for (int k = open - 1; k >= from; k--) {
			if (inQuote[k]) {
				break;
			}
			if (!isCue(k) || usedCue[k]) {
				continue;
			}
			Found f = new Found();
			int cueLast = cueEnd(k, open - 1);
			f.cueFirst = k;
			f.cueLast = cueLast;
			if (!findSubject(f, k, from)) {
				return null;
			}
			int between = cueLast + 1;
			while (between < open && (t.word[between].equals(",") || t.word[between].equals(":") || t.is(between, "that"))) {
				between++;
			}
			f.confidence = 0.85;
			if (between == open && !wordsAfterQuote(open, s)) {
				f.kind = ClaimKind.DIRECT_QUOTE;
			} else {
				f.kind = ClaimKind.MIXED;
				f.contentFirst = between;
				f.contentLast = sentenceContentEnd(s);
			}
			return f;
		}
		// For Malian sociologist X, the purge was "proof ..."
		Found f = forSourceComma(s, open);
		if (f != null) {
			f.kind = ClaimKind.MIXED;
		}
		return f;
	}

	/** Whether the clause goes on after the quote that opens at {@code open}: ... that "Q" had been made. */
	private boolean wordsAfterQuote(int open, int s) {
		int close = open + 1;
		while (close < t.size && !(t.isQuote(close) && !t.isOpeningQuote(close))) {
			close++;
		}
		int end = sentenceContentEnd(t.sentenceOf[Math.min(close, t.size - 1)]);
		for (int m = close + 1; m <= end; m++) {
			if (Character.isLetterOrDigit(t.word[m].charAt(0))) {
				return true;
			}
		}
		return false;
	}

	/** "For SOURCE, CONTENT": the source must be a person (a PERSON entity or a role noun). */
	private Found forSourceComma(int s, int limit) {
		int from = t.sentenceFirst[s];
		if (!t.is(from, "for")) {
			return null;
		}
		int comma = -1;
		for (int k = from + 1; k < Math.min(limit, from + 14); k++) {
			if (t.word[k].equals(",")) {
				comma = k;
				break;
			}
		}
		if (comma < 0 || comma == from + 1 || !looksLikePersonPhrase(from + 1, comma - 1)) {
			return null;
		}
		Found f = new Found();
		f.cueFirst = from;
		f.cueLast = from;
		f.sourceFirst = from + 1;
		f.sourceLast = comma - 1;
		f.contentFirst = comma + 1;
		f.contentLast = sentenceContentEnd(s);
		f.kind = ClaimKind.INDIRECT;
		f.confidence = 0.75;
		return f;
	}

	/** Nouns that make a phrase a person or group of people ("an analyst", "observers"). */
	private static final java.util.Set<String> ROLE_NOUNS = java.util.Set.of("analyst", "sociologist", "expert",
			"researcher", "economist", "historian", "professor", "official", "spokesman", "spokeswoman", "minister",
			"diplomat", "observer", "observers", "analysts", "experts", "critics", "lawyer", "activist");

	private boolean looksLikePersonPhrase(int a, int b) {
		boolean capitalised = false;
		boolean role = false;
		for (int k = a; k <= b; k++) {
			capitalised |= t.isCapitalized(k) && t.pos[k].equals("PROPN");
			role |= t.pos[k].equals("NOUN") && ROLE_NOUNS.contains(t.lower(k));
		}
		return role || (capitalised && b - a <= 4);
	}

	// ------------------------------------------------------------------ reported speech

	private void reportedSpeech(int s, List<Found> found) {
		int from = t.sentenceFirst[s];
		int to = t.sentenceLast[s];
		// According to X, CONTENT. / CONTENT, according to X.
		for (int k = from; k < to; k++) {
			if (t.is(k, "according") && t.is(k + 1, "to") && !claimed[k] && !inQuote[k]) {
				Found f = according(s, k);
				if (f != null) {
					found.add(f);
					mark(f);
				}
			}
		}
		for (int k = from; k <= to; k++) {
			if (usedCue[k] || claimed[k] || inQuote[k] || !isCue(k)) {
				continue;
			}
			Found f = reportingVerb(s, k);
			if (f != null) {
				found.add(f);
				mark(f);
			}
		}
		if (!claimed[from] && t.is(from, "for")) {
			Found f = forSourceComma(s, to);
			if (f != null && !anyClaimed(f.contentFirst, f.contentLast)) {
				found.add(f);
				mark(f);
			}
		}
	}

	private Found according(int s, int k) {
		int from = t.sentenceFirst[s];
		int end = sentenceContentEnd(s);
		Found f = new Found();
		f.cueFirst = k;
		f.cueLast = k + 1;
		f.confidence = 0.85;
		f.kind = ClaimKind.INDIRECT;
		if (k == from || (k == from + 1 && t.isOpeningQuote(from))) {
			int comma = nextComma(k + 2, end);
			if (comma < 0) {
				return null;
			}
			f.sourceFirst = k + 2;
			f.sourceLast = comma - 1;
			f.contentFirst = comma + 1;
			f.contentLast = end;
		} else {
			f.sourceFirst = k + 2;
			int sourceEnd = nextComma(k + 2, end);
			f.sourceLast = sourceEnd < 0 ? end : sourceEnd - 1;
			f.contentFirst = from;
			f.contentLast = k - 1;
			while (f.contentLast > f.contentFirst && t.word[f.contentLast].equals(",")) {
				f.contentLast--;
			}
			if (sourceEnd >= 0 && sourceEnd < end) {
				// "..., according to X, ..." — the content goes on after the source
				f.contentLast = end;
			}
		}
		if (f.sourceLast < f.sourceFirst || f.contentLast < f.contentFirst || anyClaimed(f.contentFirst, f.contentLast)) {
			return null;
		}
		if (isQuoteAdjacent(f)) {
			f.kind = ClaimKind.MIXED;
		}
		return f;
	}

	private Found reportingVerb(int s, int k) {
		int from = t.sentenceFirst[s];
		int end = sentenceContentEnd(s);
		int cueLast = cueEnd(k, end);
		Found f = new Found();
		f.cueFirst = k;
		f.cueLast = cueLast;
		f.kind = ClaimKind.INDIRECT;
		f.confidence = 0.7;
		int after = cueLast + 1;
		// RFI quoted an officer as saying ...
		if (t.is(k, "quoted")) {
			for (int m = k + 1; m + 1 <= end && m < k + 20; m++) {
				if (t.is(m, "as") && t.is(m + 1, "saying")) {
					f.sourceFirst = k + 1;
					f.sourceLast = m - 1;
					f.contentFirst = skipThat(m + 2, end);
					f.contentLast = end;
					return valid(f) && !anyClaimed(f.contentFirst, f.contentLast) ? f : null;
				}
			}
			return null;
		}
		if (t.is(after, "by") && k > from && isBeBefore(k)) {
			int agentEnd = after + 1;
			while (agentEnd + 1 <= end && !t.is(agentEnd + 1, "to", ",", "that", "as") && agentEnd - after < 8) {
				agentEnd++;
			}
			f.sourceFirst = after + 1;
			f.sourceLast = agentEnd;
			f.cueLast = after;
			f.contentFirst = from;
			f.contentLast = end;
			return valid(f) && !anyClaimed(f.contentFirst, f.contentLast) ? f : null;
		}
		boolean contentBefore = after > end || (t.word[after].equals(",") && after >= end)
				|| (t.is(after, "on", "in", "last", "this", "late", "early") && !hasVerb(after, end));
		if (contentBefore) {
			int comma = -1;
			for (int m = k - 1; m > from; m--) {
				if (t.word[m].equals(",")) {
					comma = m;
					break;
				}
				if (inQuote[m]) {
					break;
				}
			}
			if (comma < 0) {
				return null;
			}
			if (comma == k - 1 || trimSource(comma + 1, k - 1) < comma + 1) {
				// "..., NAME, a ROLE with ORG, told X." : the source is the name and its apposition
				int apposition = lastCommaBefore(comma, from);
				if (apposition > from && t.pos[apposition + 1].equals("DET")) {
					int name = lastCommaBefore(apposition, from);
					if (name > from && t.isCapitalized(name + 1) && apposition - name <= 5) {
						f.sourceFirst = name + 1;
						f.sourceLast = comma - 1;
						f.contentFirst = from;
						f.contentLast = name - 1;
						return valid(f) && !anyClaimed(f.contentFirst, f.contentLast) ? f : null;
					}
				}
				return null;
			}
			f.sourceLast = trimSource(comma + 1, k - 1);
			f.sourceFirst = nounPhraseStart(comma + 1, f.sourceLast);
			f.contentFirst = from;
			f.contentLast = comma - 1;
		} else if (t.word[after].equals(",") && precededByComma(k, from)) {
			// CONTENT, SOURCE said, CONTENT.
			int comma = lastCommaBefore(k, from);
			f.sourceFirst = comma + 1;
			f.sourceLast = trimSource(comma + 1, k - 1);
			f.contentFirst = from;
			f.contentLast = end;
		} else {
			if (!findSubject(f, k, from)) {
				return null;
			}
			f.contentFirst = skipThat(after, end);
			f.contentLast = end;
		}
		if (!valid(f) || anyClaimed(f.contentFirst, f.contentLast)) {
			return null;
		}
		if (isQuoteAdjacent(f)) {
			f.kind = ClaimKind.MIXED;
		}
		return f;
	}

	private boolean valid(Found f) {
		return f.sourceFirst >= 0 && f.sourceLast >= f.sourceFirst && f.contentFirst >= 0
				&& f.contentLast >= f.contentFirst && f.sourceLast - f.sourceFirst <= 25;
	}

	/** Finds the subject of a cue verb: a pronoun, or the noun phrase that opens the clause. */
	private boolean findSubject(Found f, int cue, int from) {
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
				if (t.is(q, "quoted", "cited")) {
					f.sourceFirst = q + 1;
					f.sourceLast = cue - 2;
					usedCue[q] = true;
					return f.sourceLast >= f.sourceFirst;
				}
			}
		}
		if (Cues.PARTICIPLES.contains(t.lower(cue))) {
			// "..., the lawmaker stated, adding that ...": same source as the main clause's cue
			for (int q = cue - 1; q >= from; q--) {
				Found main = byCue.get(q);
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
		if (Cues.PRONOUNS.contains(t.lower(p))) {
			f.sourceFirst = p;
			f.sourceLast = p;
			return true;
		}
		int regionStart = skipLeadingAdverbial(from, p);
		for (int m = regionStart + 1; m < p; m++) {
			// "Choguel Maiga, who was prime minister until November, has accused ..."
			if (t.word[m].equals(",") && t.is(m + 1, "who", "which", "whose") && nextComma(m + 1, p) < 0) {
				p = m - 1;
				break;
			}
		}
		int start = nounPhraseStart(regionStart, p);
		boolean noun = false;
		for (int m = start; m <= p; m++) {
			noun |= t.pos[m].equals("NOUN") || t.pos[m].equals("PROPN") || t.pos[m].equals("PRON") || t.pos[m].equals("NUM");
		}
		if (!noun || t.is(start, "which", "who", "that", "what")) {
			return false;
		}
		f.sourceFirst = start;
		f.sourceLast = p;
		return true;
	}

	/**
	 * Start of the noun phrase that ends at {@code last}: the whole region when it is one noun
	 * phrase (appositions included, a relative clause cut off), else the chunk of noun-phrase
	 * words right before the cue ("following what [a security and military source] told AFP").
	 */
	private int nounPhraseStart(int from, int last) {
		boolean clean = last - from <= 25;
		for (int m = from; m <= last && clean; m++) {
			String pos = t.pos[m];
			boolean participle = pos.equals("VERB") && m > from && (t.pos[m - 1].equals("NOUN") || t.pos[m - 1].equals("PROPN"))
					&& (t.lower(m).endsWith("ed") || t.lower(m).endsWith("ing"));
			boolean adjectiveLike = pos.equals("VERB") && m > from && t.pos[m - 1].equals("DET");
			if ((pos.equals("VERB") && !participle && !adjectiveLike && !t.is(m, "including") && !t.word[m].contains("-")) || pos.equals("AUX") || pos.equals("SCONJ")
					|| t.is(m, "what", "which", "who", "that", "while", "whereas") || t.isQuote(m)) {
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
					|| pos.equals("NUM") || pos.equals("PART") || t.is(m, "of", "in", "within", "from", "to", "close", "and", "-")
					|| t.word[m].equals("'s") || t.word[m].equals("\u2019s")
					|| pos.equals("PRON") && t.is(m, "its", "his", "her", "their", "our")
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
	private int skipLeadingAdverbial(int from, int last) {
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

	private int trimSource(int first, int last) {
		while (last > first && (Cues.AUXILIARIES.contains(t.lower(last)) || t.word[last].equals(","))) {
			last--;
		}
		return last;
	}

	private int skipThat(int i, int end) {
		while (i <= end && (t.is(i, "that", ":", ",") || t.word[i].equals(":"))) {
			i++;
		}
		return i;
	}

	private boolean isCue(int k) {
		String w = t.lower(k);
		if (!Cues.VERBS.contains(w) || t.isCapitalized(k)) {
			return false; // "Islamic State", sentence-initial "Reports"
		}
		String pos = t.pos[k];
		if (Cues.AMBIGUOUS.contains(w) && !pos.equals("VERB")
				&& !(k > 0 && (t.pos[k - 1].equals("PROPN") || t.pos[k - 1].equals("PRON") || t.isCapitalized(k - 1)) && w.endsWith("s")
						&& (k + 1 >= t.size || t.is(k + 1, ".", "that", ",")))) {
			return false; // "Conflicting reports", but "AFP reports."
		}
		if (k > 0 && t.is(k - 1, "to")) {
			return false; // "allowing him to maintain control"
		}
		int prev = k - 1;
		while (prev >= 0 && (t.pos[prev].equals("ADV") || t.is(prev, "not", "n't"))) {
			prev--;
		}
		if (prev >= 0 && Cues.BE.contains(t.lower(prev)) && !t.is(k + 1, "by")) {
			return false; // passive without agent: "are frequently accused of"
		}
		if (Cues.MODIFIER_PARTICIPLES.contains(w) && k > 0 && (t.pos[k - 1].equals("NOUN") || t.pos[k - 1].equals("PROPN"))
				&& t.is(k + 1, "of", "to")) {
			return false; // "soldiers accused of attempting"
		}
		if (Cues.PARTICIPLES.contains(w) && k > 0 && (t.pos[k - 1].equals("NOUN") || t.pos[k - 1].equals("PROPN"))) {
			return false; // "a statement stating the reasons"
		}
		if (Cues.WEAK.contains(w) && !t.is(k + 1, "that") && !finiteClauseAfter(k + 1)) {
			return false;
		}
		if (pos.equals("ADJ") || (k > 0 && (t.pos[k - 1].equals("DET") || t.is(k - 1, "the", "a", "an")))) {
			return false; // "the reported cracks", "an alleged plot"
		}
		if (w.equals("believe") || w.equals("believes")) {
			return k + 1 < t.size && t.is(k + 1, "that");
		}
		if (w.equals("estimated") && k > 0 && t.is(k - 1, "an")) {
			return false;
		}
		return pos.equals("VERB") || pos.equals("NOUN") || pos.equals("AUX") || pos.equals("PROPN");
	}

	/** "believed to", "appears (not) to", "is said to": a hedge on what follows. */
	private boolean isHedgeBeforeTo(int m) {
		String w = t.lower(m);
		if (!Cues.HEDGE_BEFORE_TO.contains(w)) {
			return false;
		}
		int next = t.is(m + 1, "not") ? m + 2 : m + 1;
		if (!t.is(next, "to")) {
			return false;
		}
		// "said to" hedges only in the passive ("is said to"); "told to" never does
		return !w.equals("said") || t.is(m - 1, "is", "are", "was", "were");
	}

	private boolean isBeBefore(int k) {
		int prev = k - 1;
		while (prev >= 0 && t.pos[prev].equals("ADV")) {
			prev--;
		}
		return prev >= 0 && Cues.BE.contains(t.lower(prev));
	}

	/** A finite verb later in the sentence: "suggested X were among ...". */
	private boolean finiteClauseAfter(int from) {
		if (from >= t.size) {
			return false;
		}
		int last = t.sentenceLast[t.sentenceOf[from]];
		for (int m = from; m <= last && m < from + 25; m++) {
			if (t.pos[m].equals("AUX") && !t.is(m, "to")) {
				return true;
			}
			if (t.pos[m].equals("VERB") && m > from && !t.is(m - 1, "to") && !t.lower(m).endsWith("ing")) {
				return true;
			}
		}
		return false;
	}

	/** The cue's last token: "told AFP", "told Al Jazeera", "spoke of", "according to", "pointed out". */
	private int cueEnd(int k, int end) {
		int last = k;
		if (t.is(k, "told", "tells", "tell", "telling", "asked", "assured") && k + 1 <= end) {
			int m = k + 1;
			while (m <= end && t.isCapitalized(m) && (t.pos[m].equals("PROPN") || t.isAllCaps(m) || t.pos[m].equals("NOUN") || t.pos[m].equals("ADV"))) {
				last = m;
				m++;
			}
			if (last == k && t.is(k + 1, "reporters", "journalists", "the", "him", "her", "them", "us", "me")) {
				if (t.is(k + 1, "the") && k + 2 <= end && t.isCapitalized(k + 2)) {
					last = k + 2;
				} else if (!t.is(k + 1, "the")) {
					last = k + 1;
				}
			}
		} else if (t.is(k, "spoke", "speaks") && t.is(k + 1, "of")) {
			last = k + 1;
		}
		return last;
	}

	private boolean hasVerb(int a, int b) {
		for (int m = a; m <= b; m++) {
			if (t.pos[m].equals("VERB") || t.pos[m].equals("AUX")) {
				return true;
			}
		}
		return false;
	}

	private boolean precededByComma(int k, int from) {
		return lastCommaBefore(k, from) > from;
	}

	private int lastCommaBefore(int k, int from) {
		for (int m = k - 1; m >= from; m--) {
			if (t.word[m].equals(",")) {
				return m;
			}
		}
		return from - 1;
	}

	private int nextComma(int from, int end) {
		for (int m = from; m <= end; m++) {
			if (t.word[m].equals(",")) {
				return m;
			}
		}
		return -1;
	}

	private int clauseEnd(int i) {
		if (i >= t.size) {
			return t.size - 1;
		}
		int s = t.sentenceOf[Math.min(i, t.size - 1)];
		int last = t.sentenceLast[s];
		int k = i;
		while (k < last && !(t.word[k].equals(".") || t.word[k].equals("?") || t.word[k].equals("!"))) {
			if (k > i && newlineBetween(k - 1, k)) {
				return k - 1;
			}
			k++;
		}
		return isTrailingPunct(k) ? k - 1 : k;
	}

	private int sentenceContentEnd(int s) {
		int last = t.sentenceLast[s];
		while (last > t.sentenceFirst[s] && isTrailingPunct(last)) {
			last--;
		}
		return last;
	}

	private boolean isTrailingPunct(int k) {
		String w = t.word[k];
		return w.equals(".") || w.equals(",") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":")
				|| t.isQuote(k);
	}

	private boolean isQuoteAdjacent(Found f) {
		for (int m = f.contentFirst; m <= f.contentLast; m++) {
			if (t.isQuote(m) && (t.word[m].equals("\"") || t.word[m].equals("\u201C") || t.word[m].equals("\u201D"))) {
				return true;
			}
		}
		return false;
	}

	private boolean anyClaimed(int a, int b) {
		for (int m = Math.max(0, a); m <= b && m < t.size; m++) {
			if (claimed[m]) {
				return true;
			}
		}
		return false;
	}

	private void mark(Found f) {
		for (int m = f.contentFirst; m <= f.contentLast; m++) {
			claimed[m] = true;
		}
		if (f.cueFirst >= 0) {
			byCue.put(f.cueFirst, f);
			for (int m = f.cueFirst; m <= f.cueLast; m++) {
				usedCue[m] = true;
				claimed[m] = true;
			}
		}
		if (f.sourceFirst >= 0) {
			for (int m = f.sourceFirst; m <= f.sourceLast; m++) {
				claimed[m] = true;
			}
		}
	}

	// ------------------------------------------------------------------ unattributed

	/** Statements with a figure or a hedge that no one is credited with. */
	private void unattributed(List<Quantity> measured, int s, List<Found> found) {
		int from = t.sentenceFirst[s];
		int last = t.sentenceLast[s];
		int end = sentenceContentEnd(s);
		if (anyClaimed(from, end) || !(t.word[last].equals(".") || t.word[last].equals("!")) || end - from < 3
				|| !hasVerb(from, end)) {
			return;
		}
		boolean hedge = false;
		for (int m = from; m <= end; m++) {
			hedge |= Cues.HEDGE_ADVERBS.contains(t.lower(m)) || isHedgeBeforeTo(m);
		}
		boolean figure = false;
		for (Quantity q : measured) {
			if (q.getBegin() >= t.begin[from] && q.getEnd() <= t.end[end]) {
				figure = true;
				break;
			}
		}
		if (!hedge && !figure) {
			return;
		}
		Found f = new Found();
		f.contentFirst = from;
		f.contentLast = end;
		f.kind = ClaimKind.UNATTRIBUTED;
		f.confidence = 0.5;
		found.add(f);
		mark(f);
	}

	// ------------------------------------------------------------------ output

	private void emit(JCas jcas, List<Found> found) {
		List<Entity> entities = jcas.select(Entity.class).asList();
		List<Quantity> quantities = jcas.select(Quantity.class).asList();
		List<Source> sources = new ArrayList<>();
		java.util.Map<Long, Source> sourceBySpan = new java.util.HashMap<>();
		for (Found f : found) {
			Found owner = f.sharesAttributionWith;
			Claim claim = new Claim(jcas, t.begin[f.contentFirst], t.end[f.contentLast]);
			if (owner != null && owner.source != null) {
				f.source = owner.source;
				f.cue = owner.cue;
			} else {
				if (f.sourceFirst >= 0) {
					long key = ((long) f.sourceFirst << 32) | f.sourceLast;
					Source source = sourceBySpan.get(key);
					if (source == null) {
						source = new Source(jcas, t.begin[f.sourceFirst], t.end[f.sourceLast]);
						Provenance.suggest(source, EngineIds.CLAIMS, f.confidence);
						source.setAntecedent(resolve(source, entities, sources, t.sentenceOf[f.sourceFirst]));
						source.addToIndexes();
						sources.add(source);
						sourceBySpan.put(key, source);
					}
					f.source = source;
				}
				if (f.cueFirst >= 0) {
					Cue cue = new Cue(jcas, t.begin[f.cueFirst], t.end[f.cueLast]);
					Provenance.suggest(cue, EngineIds.CLAIMS, f.confidence).addToIndexes();
					f.cue = cue;
				}
			}
			claim.setSource(f.source);
			claim.setCue(f.cue);
			claim.setKind((f.source == null ? ClaimKind.UNATTRIBUTED : f.kind).name());
			Found attribution = owner != null ? owner : f;
			claim.setFactuality(factuality(f, attribution).name());
			for (Quantity q : quantities) {
				if (q.getBegin() >= claim.getBegin() && q.getEnd() <= claim.getEnd()
						&& q.getMeasure() != null && !q.getMeasure().isEmpty()) {
					claim.setQuantity(q);
					break;
				}
			}
			Provenance.suggest(claim, EngineIds.CLAIMS, f.confidence).addToIndexes();
		}
	}

	/**
	 * A pronoun source refers to a person (he/she) or an organisation or place (it/they): the first
	 * such mention earlier in its own sentence (the subject is the likeliest antecedent), else the
	 * last one in earlier sentences.
	 */
	private Annotation resolve(Source source, List<Entity> entities, List<Source> earlierSources, int sentence) {
		String w = source.getCoveredText().toLowerCase(java.util.Locale.ROOT);
		if (!Cues.PRONOUNS.contains(w)) {
			return null;
		}
		boolean person = w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her") || w.equals("i");
		int sentenceBegin = t.begin[t.sentenceFirst[sentence]];
		Annotation firstInSentence = null;
		Annotation lastBefore = null;
		for (Entity e : entities) {
			if (e.getEnd() > source.getBegin()) {
				break;
			}
			String label = e.getLabel();
			boolean fits = person ? "PERSON".equals(label)
					: "ORGANIZATION".equals(label) || "LOCATION".equals(label) && w.equals("it");
			if (!fits) {
				continue;
			}
			Annotation target = e.getAntecedent() != null ? e.getAntecedent() : e;
			if (e.getBegin() >= sentenceBegin) {
				if (firstInSentence == null) {
					firstInSentence = target;
				}
			} else {
				lastBefore = target;
			}
		}
		Annotation best = firstInSentence != null ? firstInSentence : lastBefore;
		if (!person && best == null && !earlierSources.isEmpty()) {
			best = earlierSources.get(earlierSources.size() - 1);
		}
		return best;
	}

	private Factuality factuality(Found f, Found attribution) {
		int cueFirst = attribution.cueFirst;
		int cueLast = attribution.cueLast;
		if (cueFirst >= 0 && Cues.DENIAL.contains(t.lower(cueFirst))) {
			return Factuality.DENIED;
		}
		int scopeFirst = Math.min(f.contentFirst, cueFirst >= 0 ? Math.max(t.sentenceFirst[t.sentenceOf[cueFirst]], cueFirst - 4) : f.contentFirst);
		int scopeLast = Math.max(f.contentLast, cueLast);
		boolean neither = false;
		boolean nor = false;
		boolean negatedEvent = false;
		boolean unconfirmed = false;
		boolean modal = false;
		boolean hedged = cueFirst >= 0 && Cues.DISTANCING.contains(t.lower(cueFirst));
		for (int m = scopeFirst; m <= scopeLast; m++) {
			String w = t.lower(m);
			neither |= w.equals("neither");
			nor |= w.equals("nor");
			if (Cues.NEGATIONS.contains(w) && m >= f.contentFirst) {
				for (int n = m + 1; n <= Math.min(scopeLast, m + 3); n++) {
					if (t.pos[n].equals("VERB")) {
						negatedEvent = true;
					}
				}
			}
			if ((w.equals("could") || w.equals("can") || w.equals("cannot")) && (t.is(m + 1, "not") || t.is(m + 1, "n't") || w.equals("cannot"))) {
				for (int n = m + 1; n <= Math.min(scopeLast, m + 4); n++) {
					if (t.is(n, "confirm", "verify", "independently")) {
						unconfirmed = true;
					}
				}
			}
			unconfirmed |= w.equals("unconfirmed") || w.equals("unverified");
			if (m >= f.contentFirst && Cues.MODALS.contains(w)) {
				int n = m + 1;
				while (n <= scopeLast && t.pos[n].equals("ADV")) {
					n++;
				}
				modal |= n <= scopeLast && (t.pos[n].equals("VERB") || t.pos[n].equals("AUX"));
			}
			hedged |= Cues.HEDGE_ADVERBS.contains(w);
			hedged |= isHedgeBeforeTo(m);
		}
		boolean question = f.contentLast + 1 < t.size && t.word[f.contentLast + 1].equals("?");
		if (neither && nor) {
			return Factuality.DENIED;
		}
		if (unconfirmed || question) {
			return Factuality.UNCERTAIN;
		}
		if (hedged) {
			return Factuality.HEDGED; // "appears not to have": the hedge governs the negation
		}
		if (negatedEvent) {
			return Factuality.DENIED;
		}
		return modal ? Factuality.UNCERTAIN : Factuality.ASSERTED;
	}
}
