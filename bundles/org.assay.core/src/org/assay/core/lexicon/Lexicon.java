package org.assay.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one loader of the word lists that ship inside Assay's bundles (cue verbs, hedges, month
 * names, gazetteers, event words ...). A list is a UTF-8 resource with one entry per line;
 * {@code #} starts a comment line, blank lines are skipped, white space inside an entry is
 * folded to one space. A list of pairs has {@code key = value} per line.
 *
 * <p>Resources are resolved relative to the class that owns them, so each bundle keeps its lists
 * next to the code that uses them and OSGi class loading finds them.
 */
public final class Lexicon {

	private Lexicon() {
	}

	/**
	 * The entries of a list, in file order.
	 *
	 * @param owner    class whose package holds the resource (a relative name) or whose bundle
	 *                 holds it (an absolute name starting with '/')
	 * @param resource the resource name, e.g. {@code "cue-verbs.txt"}
	 * @throws IllegalStateException when the list is missing from the bundle
	 */
	public static List<String> lines(Class<?> owner, String resource) {
		List<String> entries = new ArrayList<>();
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Word list " + resource + " is missing next to " + owner.getName());
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (!line.isEmpty() && !line.startsWith("#")) {
					entries.add(fold(line));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read word list " + resource, e);
		}
		return entries;
	}

	/** The entries of a list as an unmodifiable set. */
	public static Set<String> words(Class<?> owner, String resource) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(lines(owner, resource)));
	}

	/**
	 * A list of {@code key = value} pairs, in file order.
	 *
	 * @throws IllegalStateException when a line has no '=' (naming the list and the entry)
	 */
	public static Map<String, String> pairs(Class<?> owner, String resource) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String line : lines(owner, resource)) {
			int eq = line.indexOf('=');
			if (eq <= 0) {
				throw new IllegalStateException("Word list " + resource + ": '" + line + "' is not 'key = value'");
			}
			map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
		}
		return Collections.unmodifiableMap(map);
	}

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	/**
	 * Lower case without accents, for comparing names across spellings: "Dembélé" → "dembele".
	 */
	public static String foldAccents(String s) {
		return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
				.toLowerCase(Locale.ROOT);
	}

	/**
	 * Folds white space runs to one space (trimming the ends) and typographic apostrophes to
	 * {@code '}, so "Côte d’Ivoire" in a text matches "Côte d'Ivoire" in a list.
	 */
	public static String fold(CharSequence s) {
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
}
