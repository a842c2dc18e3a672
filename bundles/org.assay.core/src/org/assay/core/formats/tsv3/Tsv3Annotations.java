package org.assay.core.formats.tsv3;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.core.Abbreviation;
import org.assay.core.Span;
import org.assay.core.formats.ForeignLayer;
import org.assay.core.formats.tsv3.Tsv3Header.Column;
import org.assay.core.formats.tsv3.Tsv3Header.Kind;

/**
 * The annotations of a WebAnno TSV 3 file as its token lines give them, before they become
 * Assay annotations: spans of span layers (a multi-token or stacked span carries an id in
 * brackets, {@code PER[3]}, on every token it covers), relations from the token a relation starts
 * at to its governor, and parts of speech. Slot features are counted as left out.
 */
final class Tsv3Annotations {

	private static final Pattern STACK = Pattern.compile("(?<!\\\\)\\|");
	private static final Pattern RELATION_REF = Pattern.compile("^(\\d+-\\d+(?:\\.\\d+)?)(?:\\[(\\d+)_(\\d+)\\])?$");

	/** A span of a span layer: where it is, its feature values, its id (-1: none). */
	static final class SpanAnno {
		final String layer;
		final int begin;
		int end;
		final Map<String, String> features = new HashMap<>();
		int id = -1;

		SpanAnno(String layer, int begin, int end) {
			this.layer = layer;
			this.begin = begin;
			this.end = end;
		}
	}

	/** A relation: the token it is written at (its dependent's), its governor's, their span ids (0: the only one there), its features. */
	record RelationAnno(String layer, String dependentUnit, String governorUnit, int governorId, int dependentId,
			Map<String, String> features) {
	}

	/** The spans, in the order they were met. */
	final List<SpanAnno> spans = new ArrayList<>();
	/** The relations, in the order they were met. */
	final List<RelationAnno> relations = new ArrayList<>();
	/** The part of speech of each token, by its index. */
	final Map<Integer, String> pos = new HashMap<>();
	/** The spans at each token or sub-token ("1-2", "1-2.1"), by layer, stacked ones in column order. */
	private final Map<String, Map<String, List<SpanAnno>>> spansAt = new HashMap<>();
	/** Spans with an id, by layer and id ("layer#3"). */
	private final Map<String, SpanAnno> byId = new HashMap<>();
	private final ForeignLayer layer;

	Tsv3Annotations(ForeignLayer layer) {
		this.layer = layer;
	}

	/**
	 * Reads the annotation columns of one token line.
	 *
	 * @param unit     where the token (or sub-token) is
	 * @param token    the index of the token (of the token a sub-token is part of)
	 * @param subToken whether the line is a sub-token's
	 */
	void cells(String[] fields, List<Column> columns, int lineNo, Span unit, int token, boolean subToken) {
		String address = fields[0];
		Map<String, List<SpanAnno>> here = spansAt.computeIfAbsent(address, a -> new LinkedHashMap<>());
		Map<String, List<Map<String, String>>> relationsHere = new LinkedHashMap<>();
		Map<String, List<String[]>> refsHere = new LinkedHashMap<>();
		for (int c = 0; c < columns.size(); c++) {
			Column col = columns.get(c);
			String cell = fields[c + 3];
			if (cell.equals("_") || col.kind() == Kind.SLOT_TARGET) {
				continue;
			}
			String[] stacked = STACK.split(cell, -1);
			for (int k = 0; k < stacked.length; k++) {
				if (col.kind() == Kind.SLOT_ROLE) {
					slotRole(col);
				}
				if (col.relation()) {
					relationCell(col, stacked[k], k, lineNo, relationsHere, refsHere);
				} else {
					spanCell(col, stacked[k], k, lineNo, unit, token, subToken, here);
				}
			}
		}
		for (Map.Entry<String, List<Map<String, String>>> r : relationsHere.entrySet()) {
			List<String[]> refs = refsHere.getOrDefault(r.getKey(), List.of());
			for (int k = 0; k < r.getValue().size(); k++) {
				String[] ref = k < refs.size() ? refs.get(k) : null;
				if (ref == null) {
					throw new IllegalArgumentException("line " + lineNo + ": a relation of " + r.getKey() + " without its governor column");
				}
				relation(r.getKey(), address, ref, r.getValue().get(k));
			}
		}
		for (Map.Entry<String, List<String[]>> r : refsHere.entrySet()) {
			if (!relationsHere.containsKey(r.getKey())) {
				for (String[] ref : r.getValue()) {
					if (ref != null) {
						relation(r.getKey(), address, ref, Map.of());
					}
				}
			}
		}
	}

	/** Counts a slot feature's link ({@code ROLE_<type>:<feature>_<link type>}) as left out. */
	private void slotRole(Column col) {
		String decl = col.feature();
		int colon = decl.indexOf(':');
		int underscore = decl.indexOf('_', colon + 1);
		String feature = colon < 0 ? decl : decl.substring(colon + 1, underscore > colon ? underscore : decl.length());
		layer.leftOut("slot feature " + feature + " of " + col.layer());
	}

	private void relation(String relationLayer, String address, String[] ref, Map<String, String> features) {
		relations.add(new RelationAnno(relationLayer, address, ref[0], Integer.parseInt(ref[1]), Integer.parseInt(ref[2]), features));
	}

	/** The {@code k}-th stacked value of a relation layer's column: a feature, or the governor. */
	private static void relationCell(Column col, String raw, int k, int lineNo, Map<String, List<Map<String, String>>> relationsHere,
			Map<String, List<String[]>> refsHere) {
		List<Map<String, String>> features = relationsHere.computeIfAbsent(col.layer(), l -> new ArrayList<>());
		while (features.size() <= k) {
			features.add(new HashMap<>());
		}
		if (col.kind() == Kind.RELATION_REF) {
			Matcher m = RELATION_REF.matcher(raw);
			if (!m.matches()) {
				throw new IllegalArgumentException("line " + lineNo + ": '" + Abbreviation.ofInput(raw)
						+ "' is not a relation's governor (1-2 or 1-2[3_4])");
			}
			List<String[]> refs = refsHere.computeIfAbsent(col.layer(), l -> new ArrayList<>());
			while (refs.size() <= k) {
				refs.add(null);
			}
			refs.set(k, new String[] { m.group(1), m.group(2) == null ? "0" : m.group(2), m.group(3) == null ? "0" : m.group(3) });
		} else if (col.kind() == Kind.FEATURE) {
			features.get(k).put(col.feature(), value(raw));
		}
	}

	/** The {@code k}-th stacked value of a span layer's column: the span it belongs to gets (or continues with) it. */
	private void spanCell(Column col, String raw, int k, int lineNo, Span unit, int token, boolean subToken,
			Map<String, List<SpanAnno>> here) {
		int id = -1;
		String v = raw;
		if (raw.endsWith("]") && !raw.endsWith("\\]")) {
			int open = raw.lastIndexOf('[');
			if (open < 0) {
				throw new IllegalArgumentException("line " + lineNo + ": '" + Abbreviation.ofInput(raw) + "' ends in ']' without its '['");
			}
			try {
				id = Integer.parseInt(raw.substring(open + 1, raw.length() - 1));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("line " + lineNo + ": '" + Abbreviation.ofInput(raw) + "' has no number in its [id]");
			}
			v = raw.substring(0, open);
		}
		List<SpanAnno> mine = here.computeIfAbsent(col.layer(), l -> new ArrayList<>());
		SpanAnno a = k < mine.size() ? mine.get(k) : null;
		if (a == null && id >= 0) {
			a = byId.get(col.layer() + "#" + id);
			if (a != null) {
				a.end = Math.max(a.end, unit.end());
			}
		}
		if (a == null) {
			a = new SpanAnno(col.layer(), unit.begin(), unit.end());
			spans.add(a);
			if (id >= 0) {
				byId.put(col.layer() + "#" + id, a);
			}
		}
		while (mine.size() <= k) {
			mine.add(null);
		}
		mine.set(k, a);
		if (id >= 0) {
			a.id = id;
			byId.putIfAbsent(col.layer() + "#" + id, a);
		}
		if (col.kind() == Kind.FEATURE) {
			a.features.put(col.feature(), value(v));
			if (col.layer().endsWith(".POS") && !subToken && value(v) != null
					&& (col.feature().equals("PosValue") || col.feature().equals("coarseValue") && !pos.containsKey(token))) {
				pos.put(token, value(v));
			}
		}
	}

	/**
	 * The span of {@code spanLayer} at token {@code unit} with the id {@code id}, unique in the
	 * document (0: the first there); null when there is none.
	 */
	SpanAnno find(String unit, int id, String spanLayer) {
		List<SpanAnno> here = spansAt.getOrDefault(unit, Map.of()).getOrDefault(spanLayer, List.of());
		if (here.isEmpty()) {
			return null;
		}
		if (id == 0) {
			return here.get(0);
		}
		return here.stream().filter(a -> a != null && a.id == id).findFirst().orElse(null);
	}

	/** A cell's value: null for TSV's "*" (no value), else unescaped. */
	private static String value(String raw) {
		return raw.equals("*") ? null : Tsv3Escapes.unescapeValue(raw);
	}
}
