package org.assay.core.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.assay.core.corpus.Corpus;

/**
 * How another tool's entity types become Assay labels on import: an explicit mapping
 * ({@code --map Person=PERSON}, {@code --map Misc=-} to leave a type out) first, then the
 * corpus's tagset (same name in any case; the CoNLL names PER, ORG, LOC for PERSON,
 * ORGANIZATION, LOCATION when the tagset has those), then — only when asked — the type is
 * added to the tagset. A type none of these covers is {@linkplain #unknown() collected} so the
 * import can refuse before it writes anything, naming every such type once.
 */
public final class LabelMapping {

	/** What a label added to the tagset may look like. */
	private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.:-]{0,63}");

	/** The parts of an attribution, which are not entity labels. */
	public static final List<String> ROLES = List.of("claim", "source", "cue", "quantity");

	/** Attribution types known by name (as Assay's brat export and PARC-style corpora write them; QUANTITY in capitals is the entity label). */
	private static final Map<String, String> DEFAULT_ROLES = Map.of("Claim", "claim", "Content", "claim", "Source", "source", "Cue", "cue",
			"Quantity", "quantity");

	private static final Map<String, String> CONLL = Map.of("PER", "PERSON", "PERS", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION");

	private final Corpus corpus;
	private final Map<String, String> explicit = new LinkedHashMap<>();
	private final boolean addLabels;
	private final Map<String, Integer> unknown = new TreeMap<>();
	private final Map<String, String> implied = new TreeMap<>();

	/**
	 * A mapping into {@code corpus}'s tagset from {@code pairs} ("Type=LABEL", "Type=-").
	 *
	 * @throws IllegalArgumentException naming a pair that is not of that form
	 */
	public LabelMapping(Corpus corpus, List<String> pairs, boolean addLabels) {
		this.corpus = corpus;
		this.addLabels = addLabels;
		for (String pair : pairs) {
			int eq = pair.indexOf('=');
			if (eq <= 0 || eq == pair.length() - 1) {
				throw new IllegalArgumentException("--map '" + pair + "' is not TYPE=LABEL (or TYPE=- to leave the type out)");
			}
			explicit.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
		}
	}

	/**
	 * The attribution role a type stands for ("claim", "source", "cue" or "quantity"): mapped so
	 * ({@code --map Speaker=source}), or by its name (Claim and Content, Source, Cue, Quantity);
	 * empty for an entity type.
	 */
	public Optional<String> role(String type) {
		String to = explicit.get(type);
		if (to != null) {
			return ROLES.contains(to) ? Optional.of(to) : Optional.empty();
		}
		return Optional.ofNullable(DEFAULT_ROLES.get(type));
	}

	/**
	 * The Assay label of entity type {@code type}, or empty when the type is left out (mapped to
	 * "-") or unknown (then {@linkplain #unknown() recorded}).
	 */
	public Optional<String> label(String type) {
		String to = explicit.get(type);
		if (to != null) {
			if (to.equals("-") || ROLES.contains(to)) {
				return Optional.empty();
			}
			return Optional.of(ensure(to, type));
		}
		List<String> tagset = corpus.tagset();
		for (String label : tagset) {
			if (label.equalsIgnoreCase(type)) {
				if (!label.equals(type)) {
					implied.put(type, label);
				}
				return Optional.of(label);
			}
		}
		String conll = CONLL.get(type.toUpperCase(Locale.ROOT));
		if (conll != null && tagset.contains(conll)) {
			implied.put(type, conll);
			return Optional.of(conll);
		}
		if (addLabels && LABEL.matcher(type).matches()) {
			corpus.addLabel(type);
			return Optional.of(type);
		}
		unknown.merge(type, 1, Integer::sum);
		return Optional.empty();
	}

	private String ensure(String label, String type) {
		if (!corpus.tagset().contains(label)) {
			if (!addLabels) {
				unknown.merge(type + "=" + label, 1, Integer::sum);
				return label;
			}
			corpus.addLabel(label);
		}
		return label;
	}

	/** Types that map to no label, with how many annotations have them. */
	public Map<String, Integer> unknown() {
		return unknown;
	}

	/** Types mapped without being named in the mapping ("PER" → "PERSON"), to be reported. */
	public Map<String, String> implied() {
		return implied;
	}

	/** The one line that refuses an import with unknown types, or null when there are none. */
	public String problem() {
		if (unknown.isEmpty()) {
			return null;
		}
		StringBuilder b = new StringBuilder("types not in the corpus's tagset (" + String.join(", ", corpus.tagset()) + "): ");
		int i = 0;
		for (Map.Entry<String, Integer> e : unknown.entrySet()) {
			b.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue()).append(')');
		}
		return b.append("; map them (--map TYPE=LABEL, or TYPE=- to leave one out) or add them (--add-labels); nothing was imported")
				.toString();
	}
}
