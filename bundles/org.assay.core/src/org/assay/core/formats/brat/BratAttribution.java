package org.assay.core.formats.brat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.assay.core.Abbreviation;
import org.assay.core.formats.ForeignLayer;
import org.assay.core.formats.LabelMapping;
import org.assay.core.formats.brat.BratStandoff.TextBound;

/**
 * The claims of a brat file, assembled as brat corpora encode attribution: a text-bound
 * annotation whose type is an attribution role (Claim/Content, Source, Cue, Quantity, or mapped
 * to one) is a part of a claim; relations (R) link a claim to its parts, events (E) name the
 * content (several Content arguments make one discontinuous content), the source and the cue
 * (the trigger, when no Cue argument is given); attributes Kind and Factuality set the claim's.
 * What links nothing Assay models is counted as left out.
 */
final class BratAttribution {

	/** A claim being assembled: its content spans, its parts by role, its attributes. */
	static final class Draft {
		final List<TextBound> content = new ArrayList<>();
		final Map<String, TextBound> parts = new HashMap<>();
		final Map<String, String> attributes = new HashMap<>();

		Draft(TextBound first) {
			content.add(first);
		}
	}

	private final BratStandoff standoff;
	private final LabelMapping labels;
	private final ForeignLayer layer;
	/** Event triggers by their T: not entities; the trigger of an attribution event is its cue. */
	private final Map<String, String> triggers = new HashMap<>();
	/** The attribution role of each T that has one. */
	private final Map<String, String> roleOf = new HashMap<>();
	/** The claim each content T, and each attribution event, belongs to. */
	private final Map<String, Draft> claimOf = new HashMap<>();

	/**
	 * Assembles the claims of {@code standoff}.
	 *
	 * @throws IllegalArgumentException naming the event or relation that is malformed
	 */
	BratAttribution(BratStandoff standoff, ForeignLayer layer) {
		this.standoff = standoff;
		this.layer = layer;
		this.labels = layer.labels();
		for (String[] e : standoff.events) {
			String[] args = e[1].split(" ");
			int colon = args[0].indexOf(':');
			if (colon > 0) {
				triggers.put(args[0].substring(colon + 1), e[0]);
			}
		}
		for (TextBound t : standoff.spans.values()) {
			if (!triggers.containsKey(t.id())) {
				labels.role(t.type()).ifPresent(r -> roleOf.put(t.id(), r));
			}
		}
		for (TextBound t : standoff.spans.values()) {
			if ("claim".equals(roleOf.get(t.id()))) {
				claimOf.put(t.id(), new Draft(t));
			}
		}
		standoff.events.forEach(this::event);
		standoff.relations.forEach(this::relation);
		standoff.attributes.forEach(this::attribute);
	}

	/** Whether the T {@code id} is part of an attribution (a claim's part or an event's trigger), not an entity. */
	boolean isPart(String id) {
		return roleOf.containsKey(id) || triggers.containsKey(id);
	}

	/** The claims, each once. */
	List<Draft> claims() {
		Set<Draft> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		return claimOf.values().stream().filter(seen::add).toList();
	}

	private void event(String[] e) {
		String[] args = e[1].split(" ");
		String trigger = args[0].substring(args[0].indexOf(':') + 1);
		Draft claim = null;
		String cue = null;
		List<String[]> parts = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			int colon = args[i].indexOf(':');
			if (colon <= 0) {
				throw new IllegalArgumentException(e[0] + ": argument '" + Abbreviation.ofInput(args[i]) + "' is not Role:T");
			}
			String role = args[i].substring(0, colon).replaceAll("\\d+$", "");
			String target = args[i].substring(colon + 1);
			if (!standoff.spans.containsKey(target)) {
				throw new IllegalArgumentException(e[0] + ": argument " + target + " is not a text-bound annotation of this file");
			}
			String mapped = labels.role(role).orElse(roleOf.get(target));
			if ("claim".equals(mapped)) {
				claim = merge(claim, claimOf.computeIfAbsent(target, t -> new Draft(standoff.spans.get(t))));
			} else if (mapped != null) {
				parts.add(new String[] { mapped, target });
				cue = mapped.equals("cue") ? target : cue;
			} else {
				layer.leftOut("event arguments of role '" + role + "'");
			}
		}
		if (claim == null) {
			layer.leftOut("events without a content argument");
			return;
		}
		claimOf.put(e[0], claim);
		if (cue == null && standoff.spans.containsKey(trigger)) {
			parts.add(new String[] { "cue", trigger });
		}
		for (String[] p : parts) {
			claim.parts.put(p[0], standoff.spans.get(p[1]));
		}
	}

	/** One claim of the contents of one event: {@code other}'s content joins {@code claim}'s. */
	private Draft merge(Draft claim, Draft other) {
		if (claim == null || other == claim) {
			return other;
		}
		claim.content.addAll(other.content);
		claimOf.replaceAll((k, v) -> v == other ? claim : v);
		return claim;
	}

	private void relation(String[] r) {
		String[] args = r[1].split(" ");
		if (args.length != 3 || !args[1].startsWith("Arg1:") || !args[2].startsWith("Arg2:")) {
			throw new IllegalArgumentException(r[0] + ": not 'Type Arg1:T Arg2:T'");
		}
		String a = args[1].substring(5);
		String b = args[2].substring(5);
		if (!standoff.spans.containsKey(a) || !standoff.spans.containsKey(b)) {
			throw new IllegalArgumentException(r[0] + ": argument " + (standoff.spans.containsKey(a) ? b : a)
					+ " is not a text-bound annotation of this file");
		}
		Draft claim = claimOf.get(a);
		String other = b;
		if (claim == null) {
			claim = claimOf.get(b);
			other = a;
		}
		String role = roleOf.get(other);
		if (claim == null || role == null || role.equals("claim")) {
			layer.leftOut("relations of type '" + args[0] + "'");
			return;
		}
		claim.parts.put(role, standoff.spans.get(other));
	}

	private void attribute(String[] a) {
		String[] f = a[1].split(" ");
		Draft claim = f.length >= 2 ? claimOf.get(f[1]) : null;
		String name = f[0].toLowerCase(Locale.ROOT);
		if (claim != null && f.length == 3 && (name.equals("kind") || name.equals("factuality"))) {
			claim.attributes.put(name, f[2].toUpperCase(Locale.ROOT));
		} else {
			layer.leftOut("attributes '" + f[0] + "'");
		}
	}
}
