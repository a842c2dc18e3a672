package org.assay.engines.internal;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.assay.core.lexicon.Lexicon;

/**
 * A list of names or words shipped in this bundle ({@code gazetteer/<file>}), read by
 * {@link Lexicon}, with a first-word index so a scanner can rule out most tokens cheaply.
 */
public final class Gazetteer {

	private final String name;
	private final Set<String> entries;
	private final Set<String> heads;

	private Gazetteer(String name, Set<String> entries) {
		this.name = name;
		this.entries = Collections.unmodifiableSet(entries);
		Set<String> h = new HashSet<>();
		for (String e : entries) {
			h.add(head(e));
		}
		this.heads = Collections.unmodifiableSet(h);
	}

	/** The leading letters and digits of a word or phrase: "Al-Qaeda" → "Al", "Burkina Faso" → "Burkina". */
	public static String head(String s) {
		int end = 0;
		while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
			end++;
		}
		return s.substring(0, end);
	}

	/** Whether some entry starts with this token (compared by {@link #head}); a cheap pre-check. */
	public boolean mayStartWith(String token) {
		return heads.contains(head(token));
	}

	/** Loads {@code gazetteer/<file>} from this bundle. */
	public static Gazetteer load(String file) {
		return new Gazetteer(file, new HashSet<>(Lexicon.lines(Gazetteer.class, "/org/assay/engines/gazetteer/" + file)));
	}

	/** Whether the list holds this entry (already folded with {@link Lexicon#fold}). */
	public boolean contains(String normalized) {
		return entries.contains(normalized);
	}

	@Override
	public String toString() {
		return name + " (" + entries.size() + " entries)";
	}
}
