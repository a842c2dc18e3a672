package org.assay.engines.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assay.engines.internal.TokenView;

/**
 * The names found in one document so far, and which tokens they (or earlier engines' spans)
 * take: a token belongs to at most one name.
 */
final class Mentions {

	private final TokenView t;
	final List<Mention> list = new ArrayList<>();
	final boolean[] taken;
	/** Words of names found so far: a sentence-initial "Dembele" after "Abass Dembele" is a name. */
	final Set<String> knownNameWords = new HashSet<>();

	Mentions(TokenView t) {
		this.t = t;
		this.taken = new boolean[t.size];
	}

	/** Adds a mention unless one of its tokens is taken; returns it, or null. */
	Mention add(int first, int last, String label, double confidence) {
		for (int k = first; k <= last; k++) {
			if (taken[k]) {
				return null;
			}
		}
		Mention m = new Mention(first, last, label, confidence);
		for (int k = first; k <= last; k++) {
			taken[k] = true;
			if (t.isCapitalized(k)) {
				knownNameWords.add(t.word[k]);
			}
		}
		list.add(m);
		return m;
	}

	/** Removes a mention and frees its tokens. */
	void remove(Mention m) {
		list.remove(m);
		for (int k = m.first; k <= m.last; k++) {
			taken[k] = false;
		}
	}
}
