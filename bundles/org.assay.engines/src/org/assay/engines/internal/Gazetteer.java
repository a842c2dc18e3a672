package org.assay.engines.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A word list shipped in this bundle: one entry per line, '#' starts a comment. */
public final class Gazetteer {

	private final String name;
	private final Set<String> entries;
	private final int maxWords;
	private final Set<String> heads;

	private Gazetteer(String name, Set<String> entries) {
		this.name = name;
		this.entries = Collections.unmodifiableSet(entries);
		this.maxWords = entries.stream().mapToInt(e -> e.split(" ").length).max().orElse(0);
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
		String path = "/org/assay/engines/gazetteer/" + file;
		Set<String> entries = new HashSet<>();
		try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Gazetteer " + path + " is missing from bundle org.assay.engines");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (!line.isEmpty() && !line.startsWith("#")) {
					entries.add(normalize(line));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read gazetteer " + path, e);
		}
		return new Gazetteer(file, entries);
	}

	/** Folds white space and typographic apostrophes so "Côte d’Ivoire" matches "Côte d'Ivoire". */
	public static String normalize(CharSequence s) {
		StringBuilder b = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c)) {
				space = b.length() > 0;
				continue;
			}
			if (space) {
				b.append(' ');
				space = false;
			}
			b.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
		}
		return b.toString();
	}

	public boolean contains(String normalized) {
		return entries.contains(normalized);
	}

	public boolean containsIgnoreCase(String normalized) {
		return entries.contains(normalized) || entries.contains(normalized.toLowerCase(java.util.Locale.ROOT));
	}

	/** Largest number of space-separated words in an entry. */
	public int maxWords() {
		return maxWords;
	}

	public Set<String> entries() {
		return entries;
	}

	@Override
	public String toString() {
		return name + " (" + entries.size() + " entries)";
	}
}
