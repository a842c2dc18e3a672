package org.assay.core.formats.tsv3;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.formats.LabelMapping;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;
import org.assay.type.Sentence;
import org.assay.type.Source;
import org.assay.type.Token;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;
import org.assay.types.ReviewStatus;

/**
 * Reads WebAnno TSV 3 (3.1 to 3.3, as INCEpTION and DKPro Core write it) into a layer: the text
 * as those tools rebuild it from the sentences, its tokens and sentences, entities (INCEpTION's
 * Named Entity layer, or another span layer and feature, the label mapped through a {@link LabelMapping}),
 * parts of speech, and claims from the layers {@link Tsv3Writer} writes. What has no Assay
 * counterpart (other layers, slot features, chains) is counted per layer in {@link #notMapped}
 * so the import can say what it left out. A malformed file is refused with its line number.
 */
public final class Tsv3Reader {

	private static final Pattern FORMAT = Pattern.compile("^#FORMAT=WebAnno TSV (3\\.[123])$");
	private static final Pattern STACK = Pattern.compile("(?<!\\\\)\\|");
	private static final Pattern ADDRESS = Pattern.compile("^(\\d+)-(\\d+)(\\.\\d+)?$");
	private static final Pattern OFFSETS = Pattern.compile("^(\\d+)-(\\d+)$");
	private static final Pattern RELATION_REF = Pattern.compile("^(\\d+-\\d+(?:\\.\\d+)?)(?:\\[(\\d+)_(\\d+)\\])?$");

	private enum Kind {
		FEATURE, PLACEHOLDER, SLOT_ROLE, SLOT_TARGET, RELATION_REF
	}

	private record Column(String layer, boolean relation, Kind kind, String feature) {
	}

	/** An annotation of a span layer as read, before it becomes an Assay annotation. */
	private static final class SpanAnno {
		final String layer;
		int begin;
		int end;
		final Map<String, String> features = new HashMap<>();
		int id = -1;

		boolean id(int i) {
			return id == i;
		}

		SpanAnno(String layer, int begin, int end) {
			this.layer = layer;
			this.begin = begin;
			this.end = end;
		}
	}

	private record RelationAnno(String layer, String dependentUnit, String governorUnit, int governorId, int dependentId,
			Map<String, String> features) {
	}

	private final LabelMapping labels;
	private final String origin;
	private final Map<String, Integer> notMapped = new TreeMap<>();

	private final String entityLayer;
	private final String entityFeature;

	/** A reader mapping entity types through {@code labels}; annotations get {@code origin} (the import's layer). */
	public Tsv3Reader(LabelMapping labels, String origin) {
		this(labels, origin, Tsv3Writer.NAMED_ENTITY + ":value");
	}

	/** As {@link #Tsv3Reader(LabelMapping, String)}, entities read from the span layer and feature {@code entityLayer} ("type:feature"). */
	public Tsv3Reader(LabelMapping labels, String origin, String entityLayer) {
		this.labels = labels;
		this.origin = origin;
		int colon = entityLayer.lastIndexOf(':');
		if (colon <= 0 || colon == entityLayer.length() - 1) {
			throw new IllegalArgumentException("entity layer '" + entityLayer + "' is not TYPE:FEATURE (e.g. webanno.custom.Span:value)");
		}
		this.entityLayer = entityLayer.substring(0, colon);
		this.entityFeature = entityLayer.substring(colon + 1);
	}

	/** What was left out so far, per layer or feature ("layer ...POS: 12 annotations"). */
	public Map<String, Integer> notMapped() {
		return notMapped;
	}

	/**
	 * Reads one file's content into the empty {@code jcas}.
	 *
	 * @throws IllegalArgumentException "line N: problem" for a file that is not well-formed TSV 3
	 */
	public void read(String content, JCas jcas) {
		if (content.startsWith("\uFEFF")) {
			content = content.substring(1);
		}
		String[] lines = content.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].endsWith("\r")) {
				lines[i] = lines[i].substring(0, lines[i].length() - 1);
			}
		}
		Matcher format = FORMAT.matcher(lines.length == 0 ? "" : lines[0]);
		if (!format.matches()) {
			throw new IllegalArgumentException("line 1: not a WebAnno TSV 3 file (expected '#FORMAT=WebAnno TSV 3.3', or 3.2, 3.1)");
		}
		boolean v31 = format.group(1).equals("3.1");
		List<Column> columns = new ArrayList<>();
		int n = 1;
		for (; n < lines.length && !lines[n].isEmpty(); n++) {
			header(lines[n], n + 1, columns);
		}

		StringBuilder text = new StringBuilder();
		StringBuilder sentenceText = new StringBuilder();
		List<Span> sentences = new ArrayList<>();
		List<Span> tokens = new ArrayList<>();
		Map<String, Span> units = new HashMap<>();
		Map<String, Map<String, List<SpanAnno>>> spansAt = new HashMap<>();
		Map<String, SpanAnno> byId = new HashMap<>();
		List<SpanAnno> spans = new ArrayList<>();
		List<RelationAnno> relations = new ArrayList<>();
		Map<Integer, String> pos = new HashMap<>();
		int sentenceBegin = -1;
		boolean inHeader = false;
		boolean inTokens = false;
		for (n = n + 1; n <= lines.length; n++) {
			String line = n == lines.length ? "" : lines[n];
			int lineNo = n + 1;
			if (line.isEmpty()) {
				if (inTokens) {
					sentences.add(new Span(sentenceBegin, text.length() - 1));
				} else if (inHeader) {
					throw new IllegalArgumentException("line " + lineNo + ": a sentence has text but no tokens");
				}
				inHeader = false;
				inTokens = false;
				continue;
			}
			if (line.startsWith("#") && !inTokens) {
				if (line.startsWith("#Text=")) {
					sentenceText.append(unescapeText(line.substring(6), v31)).append('\n');
				}
				inHeader = true;
				continue;
			}
			if (!inHeader && !inTokens) {
				throw new IllegalArgumentException("line " + lineNo + ": a token line outside a sentence (a sentence starts with #Text=)");
			}
			String[] fields = line.split("\t", -1);
			if (fields.length < columns.size() + 3) {
				throw new IllegalArgumentException("line " + lineNo + ": " + fields.length + " fields, expected " + (columns.size() + 3)
						+ " (token, offsets, text and one per column of the header)");
			}
			Matcher id = ADDRESS.matcher(fields[0]);
			Matcher at = OFFSETS.matcher(fields[1]);
			if (!id.matches() || !at.matches()) {
				throw new IllegalArgumentException("line " + lineNo + ": '" + shorten(fields[0]) + "\t" + shorten(fields[1])
						+ "' is not a token id (1-1) and its offsets (0-5)");
			}
			int begin = parse(at.group(1), lineNo);
			int end = parse(at.group(2), lineNo);
			boolean subToken = id.group(3) != null;
			if (!inTokens) {
				if (subToken) {
					throw new IllegalArgumentException("line " + lineNo + ": a sentence starts with a sub-token");
				}
				// the text as TSV readers rebuild it: sentences one after the other, a gap filled with spaces
				if (text.length() > begin) {
					if (text.length() != begin + 1) {
						throw new IllegalArgumentException("line " + lineNo + ": the token starts at " + begin + ", inside the sentence before");
					}
					text.setLength(text.length() - 1);
				}
				while (text.length() < begin) {
					text.append(' ');
				}
				sentenceBegin = text.length();
				text.append(sentenceText);
				sentenceText.setLength(0);
				inHeader = false;
				inTokens = true;
			}
			if (end < begin || end > text.length()) {
				throw new IllegalArgumentException("line " + lineNo + ": offsets " + begin + "-" + end + " are outside the sentence's text");
			}
			if (!text.substring(begin, end).equals(fields[2])) {
				throw new IllegalArgumentException("line " + lineNo + ": token '" + shorten(fields[2]) + "' is not the text at " + begin + "-" + end
						+ " ('" + shorten(text.substring(begin, end)) + "')");
			}
			if (units.put(fields[0], new Span(begin, end)) != null) {
				throw new IllegalArgumentException("line " + lineNo + ": token " + fields[0] + " appears twice");
			}
			if (!subToken) {
				tokens.add(new Span(begin, end));
			}
			cells(fields, columns, lineNo, new Span(begin, end), tokens.size() - 1, subToken, spansAt, byId, spans, relations, pos);
		}
		jcas.setDocumentText(text.toString());
		build(jcas, sentences, tokens, pos, spans, relations, spansAt);
	}

	private static int parse(String digits, int lineNo) {
		try {
			return Integer.parseInt(digits);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("line " + lineNo + ": offset " + shorten(digits) + " is too large");
		}
	}

	private void header(String line, int lineNo, List<Column> columns) {
		boolean relation;
		if (line.startsWith("#T_SP=")) {
			relation = false;
		} else if (line.startsWith("#T_RL=")) {
			relation = true;
		} else if (line.startsWith("#T_CH=")) {
			String[] f = line.substring(6).split("\\|");
			notMapped.merge("chain layer " + f[0] + " (not read)", 1, Integer::sum);
			for (int i = 1; i < f.length; i++) {
				columns.add(new Column(f[0], false, Kind.PLACEHOLDER, f[i]));
			}
			if (f.length == 1) {
				columns.add(new Column(f[0], false, Kind.PLACEHOLDER, null));
			}
			return;
		} else {
			throw new IllegalArgumentException("line " + lineNo + ": '" + shorten(line) + "' is not a layer declaration (#T_SP=, #T_RL=, #T_CH=)");
		}
		String[] f = line.substring(6).split("\\|");
		if (f.length == 0 || f[0].isBlank()) {
			throw new IllegalArgumentException("line " + lineNo + ": a layer declaration without a type name");
		}
		if (f.length == 1) {
			columns.add(new Column(f[0], relation, Kind.PLACEHOLDER, null));
			return;
		}
		for (int i = 1; i < f.length; i++) {
			if (!relation && f[i].startsWith("ROLE_")) {
				columns.add(new Column(f[0], false, Kind.SLOT_ROLE, f[i]));
				if (++i < f.length) {
					columns.add(new Column(f[0], false, Kind.SLOT_TARGET, f[i]));
				}
			} else if (relation && f[i].startsWith("BT_")) {
				columns.add(new Column(f[0], true, Kind.RELATION_REF, f[i].substring(3)));
			} else {
				columns.add(new Column(f[0], relation, Kind.FEATURE, f[i]));
			}
		}
	}

	/** Reads the annotation columns of one token line. */
	private void cells(String[] fields, List<Column> columns, int lineNo, Span unit, int token, boolean subToken,
			Map<String, Map<String, List<SpanAnno>>> spansAt, Map<String, SpanAnno> byId, List<SpanAnno> spans,
			List<RelationAnno> relations, Map<Integer, String> pos) {
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
				String raw = stacked[k];
				if (col.kind() == Kind.SLOT_ROLE) { // ROLE_<type>:<feature>_<link type>
					String decl = col.feature();
					int colon = decl.indexOf(':');
					int underscore = decl.indexOf('_', colon + 1);
					String feature = colon < 0 ? decl : decl.substring(colon + 1, underscore > colon ? underscore : decl.length());
					notMapped.merge("slot feature " + feature + " of " + col.layer(), 1, Integer::sum);
				}
				if (col.relation()) {
					List<Map<String, String>> features = relationsHere.computeIfAbsent(col.layer(), l -> new ArrayList<>());
					while (features.size() <= k) {
						features.add(new HashMap<>());
					}
					if (col.kind() == Kind.RELATION_REF) {
						Matcher m = RELATION_REF.matcher(raw);
						if (!m.matches()) {
							throw new IllegalArgumentException("line " + lineNo + ": '" + shorten(raw) + "' is not a relation's governor (1-2 or 1-2[3_4])");
						}
						List<String[]> refs = refsHere.computeIfAbsent(col.layer(), l -> new ArrayList<>());
						while (refs.size() <= k) {
							refs.add(null);
						}
						refs.set(k, new String[] { m.group(1), m.group(2) == null ? "0" : m.group(2), m.group(3) == null ? "0" : m.group(3) });
					} else if (col.kind() == Kind.FEATURE) {
						String v = value(raw);
						features.get(k).put(col.feature(), v);
					}
					continue;
				}
				int id = -1;
				String v = raw;
				if (raw.endsWith("]") && !raw.endsWith("\\]")) {
					int open = raw.lastIndexOf('[');
					if (open < 0) {
						throw new IllegalArgumentException("line " + lineNo + ": '" + shorten(raw) + "' ends in ']' without its '['");
					}
					try {
						id = Integer.parseInt(raw.substring(open + 1, raw.length() - 1));
					} catch (NumberFormatException e) {
						throw new IllegalArgumentException("line " + lineNo + ": '" + shorten(raw) + "' has no number in its [id]");
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
		}
		for (Map.Entry<String, List<Map<String, String>>> r : relationsHere.entrySet()) {
			List<String[]> refs = refsHere.getOrDefault(r.getKey(), List.of());
			for (int k = 0; k < r.getValue().size(); k++) {
				String[] ref = k < refs.size() ? refs.get(k) : null;
				if (ref == null) {
					throw new IllegalArgumentException("line " + lineNo + ": a relation of " + r.getKey() + " without its governor column");
				}
				relations.add(new RelationAnno(r.getKey(), address, ref[0], Integer.parseInt(ref[1]), Integer.parseInt(ref[2]), r.getValue().get(k)));
			}
		}
		for (Map.Entry<String, List<String[]>> r : refsHere.entrySet()) {
			if (!relationsHere.containsKey(r.getKey())) {
				for (String[] ref : r.getValue()) {
					if (ref != null) {
						relations.add(new RelationAnno(r.getKey(), address, ref[0], Integer.parseInt(ref[1]), Integer.parseInt(ref[2]), Map.of()));
					}
				}
			}
		}
	}

	private static String value(String raw) {
		return raw.equals("*") ? null : Tsv3Writer.unescapeValue(raw);
	}

	private static String unescapeText(String line, boolean v31) {
		StringBuilder b = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != '\\' || i + 1 == line.length()) {
				b.append(c);
				continue;
			}
			char next = line.charAt(++i);
			switch (next) {
			case 't' -> b.append('\t');
			case 'n' -> b.append('\n');
			case 'r' -> b.append('\r');
			case 'f' -> b.append('\f');
			case 'b' -> b.append('\b');
			case '\\' -> b.append('\\');
			default -> {
				if (v31 || next >= 32 || (next > 7 && next < 14)) {
					b.append('\\');
				}
				b.append(next);
			}
			}
		}
		return b.toString();
	}

	/** Builds the layer: tokens, sentences, entities, claims; counts what does not map. */
	private void build(JCas jcas, List<Span> sentences, List<Span> tokens, Map<Integer, String> pos, List<SpanAnno> spans,
			List<RelationAnno> relations, Map<String, Map<String, List<SpanAnno>>> spansAt) {
		for (Span s : sentences) {
			new Sentence(jcas, s.begin(), s.end()).addToIndexes();
		}
		for (int i = 0; i < tokens.size(); i++) {
			Token t = new Token(jcas, tokens.get(i).begin(), tokens.get(i).end());
			t.setPos(pos.get(i));
			t.addToIndexes();
		}
		Map<SpanAnno, Reviewable> made = new IdentityHashMap<>();
		Map<SpanAnno, List<SpanAnno>> fragments = new IdentityHashMap<>();
		Map<SpanAnno, Claim> claims = new IdentityHashMap<>();
		spans.sort(Comparator.comparingInt((SpanAnno a) -> a.begin).thenComparingInt(a -> -a.end));
		for (SpanAnno a : spans) {
			if (a.layer.equals(entityLayer)) {
				String type = a.features.get(entityFeature);
				if (type == null) {
					notMapped.merge("named entities without a value", 1, Integer::sum);
					continue;
				}
				labels.label(type).ifPresent(label -> {
					Entity e = new Entity(jcas, a.begin, a.end);
					e.setLabel(label);
					human(e);
					e.addToIndexes();
				});
			} else if (a.layer.equals(Tsv3Writer.CLAIM) && "claim".equals(a.features.get("role"))) {
				Claim c = new Claim(jcas, a.begin, a.end);
				String kind = a.features.get("kind");
				String factuality = a.features.get("factuality");
				c.setKind(kind == null ? null : LayerCheck.known(ClaimKind.class, kind, "kind"));
				c.setFactuality(factuality == null ? Factuality.ASSERTED.name() : LayerCheck.known(Factuality.class, factuality, "factuality"));
				human(c);
				claims.put(a, c);
			} else if (!a.layer.equals(Tsv3Writer.CLAIM) && !a.layer.endsWith(".POS")) {
				notMapped.merge("layer " + a.layer, 1, Integer::sum);
			}
		}
		for (RelationAnno r : relations) {
			if (!r.layer().equals(Tsv3Writer.CLAIM_LINK)) {
				notMapped.merge("relation layer " + r.layer(), 1, Integer::sum);
				continue;
			}
			SpanAnno governor = find(spansAt, r.governorUnit(), r.governorId());
			SpanAnno dependent = find(spansAt, r.dependentUnit(), r.dependentId());
			Claim claim = governor == null ? null : claims.get(governor);
			String role = r.features().get("role");
			if (claim == null || dependent == null || role == null) {
				notMapped.merge("claim links whose ends were not found", 1, Integer::sum);
				continue;
			}
			switch (role) {
			case "source" -> claim.setSource((Source) made.computeIfAbsent(dependent, d -> human(new Source(jcas, d.begin, d.end))));
			case "cue" -> claim.setCue((Cue) made.computeIfAbsent(dependent, d -> human(new Cue(jcas, d.begin, d.end))));
			case "quantity" -> claim.setQuantity((Quantity) made.computeIfAbsent(dependent, d -> quantity(jcas, d)));
			case "fragment" -> fragments.computeIfAbsent(governor, g -> new ArrayList<>()).add(dependent);
			default -> notMapped.merge("claim links of role '" + role + "'", 1, Integer::sum);
			}
		}
		for (Map.Entry<SpanAnno, Claim> e : claims.entrySet()) {
			Claim c = e.getValue();
			List<Span> content = new ArrayList<>(List.of(new Span(c.getBegin(), c.getEnd())));
			for (SpanAnno f : fragments.getOrDefault(e.getKey(), List.of())) {
				content.add(new Span(f.begin, f.end));
			}
			content.sort(Comparator.comparingInt(Span::begin));
			for (int i = 1; i < content.size(); i++) {
				if (content.get(i).begin() < content.get(i - 1).end()) {
					throw new IllegalArgumentException("a claim's fragments overlap at " + content.get(i).begin());
				}
			}
			c.setBegin(content.get(0).begin());
			c.setEnd(content.get(content.size() - 1).end());
			ClaimParts.setContent(c, content);
			if (c.getKind() == null) {
				c.setKind(c.getSource() == null && c.getCue() == null ? ClaimKind.UNATTRIBUTED.name() : ClaimKind.INDIRECT.name());
			}
			c.addToIndexes();
		}
		made.values().forEach(Reviewable::addToIndexes);
		long unlinked = spans.stream().filter(a -> a.layer.equals(Tsv3Writer.CLAIM) && !"claim".equals(a.features.get("role"))
				&& !made.containsKey(a) && fragments.values().stream().noneMatch(l -> l.contains(a))).count();
		if (unlinked > 0) {
			notMapped.merge("claim-layer spans linked to no claim", (int) unlinked, Integer::sum);
		}
	}

	private static SpanAnno find(Map<String, Map<String, List<SpanAnno>>> spansAt, String unit, int id) {
		List<SpanAnno> here = spansAt.getOrDefault(unit, Map.of()).getOrDefault(Tsv3Writer.CLAIM, List.of());
		if (here.isEmpty()) {
			return null;
		}
		if (id == 0) {
			return here.get(0);
		}
		// the id is the span's disambiguation id, unique in the document: the span at this unit that has it
		return here.stream().filter(a -> a != null && a.id(id)).findFirst().orElse(null);
	}

	private Quantity quantity(JCas jcas, SpanAnno d) {
		Quantity q = new Quantity(jcas, d.begin, d.end);
		q.setLow(number(d.features.get("low"), Double.NEGATIVE_INFINITY));
		q.setHigh(number(d.features.get("high"), Double.POSITIVE_INFINITY));
		if (q.getLow() > q.getHigh()) {
			throw new IllegalArgumentException("quantity '" + shorten(jcas.getDocumentText().substring(d.begin, d.end)) + "': low "
					+ q.getLow() + " exceeds high " + q.getHigh());
		}
		q.setUnit(d.features.getOrDefault("unit", "") == null ? "" : d.features.getOrDefault("unit", ""));
		q.setMeasure(d.features.getOrDefault("measure", "") == null ? "" : d.features.getOrDefault("measure", ""));
		q.setApproximate("true".equals(d.features.get("approximate")));
		return human(q);
	}

	private static double number(String v, double open) {
		return v == null || v.isBlank() ? open : number(v, "quantity bound");
	}

	/** A quantity's bound as another tool wrote it; {@code what} names it in the message if it is no number. */
	public static double number(String v, String what) {
		try {
			double d = Double.parseDouble(v);
			if (Double.isNaN(d)) {
				throw new NumberFormatException();
			}
			return d;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(what + " '" + shorten(v) + "' is not a number");
		}
	}

	private <R extends Reviewable> R human(R r) {
		r.setStatus(ReviewStatus.MANUAL.name());
		r.setOrigin(origin);
		r.setConfidence(1.0);
		return r;
	}

	public static String shorten(String s) {
		String clean = s.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 60 ? clean.substring(0, 57) + "..." : clean;
	}
}
