package org.assay.engines.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.core.lexicon.Lexicon;

/**
 * A word list whose entries each name their kind ({@code days = calendar}, {@code is = finite}),
 * read by {@link Lexicon#pairs}: one list serves the rules that need all of its words and those
 * that need the words of one kind. A kind the reader does not know fails loudly, naming the list.
 */
public final class KindedWords {

	private final Map<String, String> kinds;

	private KindedWords(Map<String, String> kinds) {
		this.kinds = kinds;
	}

	/**
	 * Reads {@code resource} next to {@code owner}.
	 *
	 * @param kinds every kind the list may name
	 * @throws IllegalStateException when an entry names another kind
	 */
	public static KindedWords load(Class<?> owner, String resource, String... kinds) {
		Map<String, String> entries = Lexicon.pairs(owner, resource);
		Set<String> known = Set.of(kinds);
		entries.forEach((word, kind) -> {
			if (!known.contains(kind)) {
				throw new IllegalStateException("Word list " + resource + ": '" + word + " = " + kind + "' names no kind of "
						+ String.join(", ", kinds));
			}
		});
		return new KindedWords(entries);
	}

	/** Every word of the list. */
	public Set<String> all() {
		return kinds.keySet();
	}

	/** The words of the given kinds. */
	public Set<String> of(String... wanted) {
		Set<String> w = Set.of(wanted);
		return kinds.entrySet().stream().filter(e -> w.contains(e.getValue())).map(Map.Entry::getKey)
				.collect(Collectors.toUnmodifiableSet());
	}
}
