package org.assay.core.formats.brat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.formats.LabelMapping;
import org.assay.core.formats.tsv3.Tsv3Reader;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;
import org.assay.type.Source;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;
import org.assay.types.ReviewStatus;

/**
 * Reads brat standoff ({@code .ann} beside its {@code .txt}) into a layer. Text-bound (T)
 * annotations become entities through a {@link LabelMapping}, or parts of claims when their type
 * is an attribution role (Claim/Content, Source, Cue, Quantity, or mapped to one). Attribution
 * is read as brat corpora encode it: relations (R) between a claim and its parts, or events
 * (E) whose arguments are the content (several Content arguments, or a T of several
 * fragments, make a discontinuous content), the source and the cue (the trigger, when no Cue
 * argument is given); attributes Kind and Factuality set the claim's; an AnnotatorNotes note
 * on a quantity carries its figures ({@code low=3 high=5 unit=% measure=... approximate=true}).
 * brat counts offsets in Unicode code points; they are converted to Java's UTF-16 offsets.
 * What has no Assay counterpart is counted in {@link #notMapped}; a malformed line refuses the
 * document, naming its line.
 */
public final class BratReader {

	private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9 ;]+)\\t?(.*)$");
	private static final Pattern NOTE = Pattern.compile("(low|high|unit|measure|approximate)=(\"[^\"]*\"|\\S+)");

	private record Fragmented(String id, String type, List<Span> fragments) {
	}

	private final LabelMapping labels;
	private final String origin;
	private final Map<String, Integer> notMapped = new TreeMap<>();

	/** A reader mapping entity types through {@code labels}; annotations get {@code origin} (the import's layer). */
	public BratReader(LabelMapping labels, String origin) {
		this.labels = labels;
		this.origin = origin;
	}

	/** What was left out so far, and how often. */
	public Map<String, Integer> notMapped() {
		return notMapped;
	}

	/**
	 * Reads the annotations {@code ann} of {@code text} into the empty {@code jcas}.
	 *
	 * @throws IllegalArgumentException "line N: problem" for a malformed or inconsistent line
	 */
	public void read(String text, String ann, JCas jcas) {
		jcas.setDocumentText(text);
		int[] utf16 = codePointOffsets(text);
		Map<String, Fragmented> spans = new LinkedHashMap<>();
		List<String[]> relations = new ArrayList<>();
		List<String[]> events = new ArrayList<>();
		List<String[]> attributes = new ArrayList<>();
		Map<String, String> notes = new HashMap<>();
		String[] lines = ann.split("\n", -1);
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
			int lineNo = n + 1;
			if (line.isBlank()) {
				continue;
			}
			try {
				switch (line.charAt(0)) {
				case 'T' -> {
					Fragmented f = textBound(line, text, utf16);
					if (spans.put(f.id(), f) != null) {
						throw new IllegalArgumentException(f.id() + " is defined twice");
					}
				}
				case 'R' -> relations.add(fields(line, 2));
				case 'E' -> events.add(fields(line, 2));
				case 'A', 'M' -> attributes.add(fields(line, 2));
				case '#' -> {
					String[] f = line.split("\t", 3);
					String[] head = f.length > 1 ? f[1].split(" ") : new String[0];
					if (head.length == 2 && head[0].equals("AnnotatorNotes") && f.length == 3) {
						notes.put(head[1], f[2]);
					}
				}
				case 'N' -> notMapped.merge("normalizations (N)", 1, Integer::sum);
				case '*' -> notMapped.merge("equivalences (*)", 1, Integer::sum);
				default -> throw new IllegalArgumentException("'" + Tsv3Reader.shorten(line) + "' is not a brat annotation line (T, R, E, A, M, N, #, *)");
				}
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage());
			}
		}

		// event triggers are not entities: the trigger of an attribution event is its cue
		Map<String, String> triggers = new HashMap<>();
		for (String[] e : events) {
			String[] args = e[1].split(" ");
			int colon = args[0].indexOf(':');
			if (colon > 0) {
				triggers.put(args[0].substring(colon + 1), e[0]);
			}
		}
		Map<String, String> roleOf = new HashMap<>();
		for (Fragmented f : spans.values()) {
			if (!triggers.containsKey(f.id())) {
				labels.role(f.type()).ifPresent(r -> roleOf.put(f.id(), r));
			}
		}

		// claims: one per content span, merged when an event names several contents
		Map<String, ClaimDraft> claimOf = new HashMap<>();
		for (Fragmented f : spans.values()) {
			if ("claim".equals(roleOf.get(f.id()))) {
				claimOf.put(f.id(), new ClaimDraft(f));
			}
		}
		for (String[] e : events) {
			String[] args = e[1].split(" ");
			String trigger = args[0].substring(args[0].indexOf(':') + 1);
			ClaimDraft claim = null;
			String cue = null;
			List<String[]> parts = new ArrayList<>();
			for (int i = 1; i < args.length; i++) {
				int colon = args[i].indexOf(':');
				if (colon <= 0) {
					throw new IllegalArgumentException(e[0] + ": argument '" + Tsv3Reader.shorten(args[i]) + "' is not Role:T");
				}
				String role = args[i].substring(0, colon).replaceAll("\\d+$", "");
				String target = args[i].substring(colon + 1);
				if (!spans.containsKey(target)) {
					throw new IllegalArgumentException(e[0] + ": argument " + target + " is not a text-bound annotation of this file");
				}
				String mapped = labels.role(role).orElse(roleOf.get(target));
				if ("claim".equals(mapped)) {
					ClaimDraft c = claimOf.computeIfAbsent(target, t -> new ClaimDraft(spans.get(t)));
					if (claim == null) {
						claim = c;
					} else if (c != claim) {
						claim.content.addAll(c.content);
						ClaimDraft into = claim;
						claimOf.replaceAll((k, v) -> v == c ? into : v);
					}
				} else if (mapped != null) {
					parts.add(new String[] { mapped, target });
					if (mapped.equals("cue")) {
						cue = target;
					}
				} else {
					notMapped.merge("event arguments of role '" + role + "'", 1, Integer::sum);
				}
			}
			if (claim == null) {
				notMapped.merge("events without a content argument", 1, Integer::sum);
				continue;
			}
			claimOf.put(e[0], claim);
			if (cue == null && spans.containsKey(trigger)) {
				parts.add(new String[] { "cue", trigger });
			}
			for (String[] p : parts) {
				claim.parts.put(p[0], spans.get(p[1]));
			}
		}
		for (String[] r : relations) {
			String[] args = r[1].split(" ");
			if (args.length != 3 || !args[1].startsWith("Arg1:") || !args[2].startsWith("Arg2:")) {
				throw new IllegalArgumentException(r[0] + ": not 'Type Arg1:T Arg2:T'");
			}
			String a = args[1].substring(5);
			String b = args[2].substring(5);
			if (!spans.containsKey(a) || !spans.containsKey(b)) {
				throw new IllegalArgumentException(r[0] + ": argument " + (spans.containsKey(a) ? b : a) + " is not a text-bound annotation of this file");
			}
			ClaimDraft claim = claimOf.get(a);
			String other = b;
			if (claim == null) {
				claim = claimOf.get(b);
				other = a;
			}
			String role = roleOf.get(other);
			if (claim == null || role == null || role.equals("claim")) {
				notMapped.merge("relations of type '" + args[0] + "'", 1, Integer::sum);
				continue;
			}
			claim.parts.put(role, spans.get(other));
		}
		for (String[] a : attributes) {
			String[] f = a[1].split(" ");
			ClaimDraft claim = f.length >= 2 ? claimOf.get(f[1]) : null;
			String name = f[0].toLowerCase(Locale.ROOT);
			if (claim != null && f.length == 3 && (name.equals("kind") || name.equals("factuality"))) {
				claim.attributes.put(name, f[2].toUpperCase(Locale.ROOT));
			} else {
				notMapped.merge("attributes '" + f[0] + "'", 1, Integer::sum);
			}
		}

		// entities
		for (Fragmented f : spans.values()) {
			if (roleOf.containsKey(f.id()) || triggers.containsKey(f.id())) {
				continue;
			}
			java.util.Optional<String> label = labels.label(f.type());
			if (label.isEmpty()) {
				continue;
			}
			List<Span> joined = joinAcrossBlanks(f.fragments(), text);
			if (joined.size() > 1) {
				notMapped.merge("discontinuous entities (Assay entities are contiguous)", 1, Integer::sum);
				continue;
			}
			Entity e = new Entity(jcas, joined.get(0).begin(), joined.get(0).end());
			e.setLabel(label.get());
			human(e);
			e.addToIndexes();
		}

		// claims
		Map<Fragmented, Reviewable> made = new IdentityHashMap<>();
		java.util.Set<ClaimDraft> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (ClaimDraft d : claimOf.values()) {
			if (!done.add(d)) {
				continue;
			}
			List<Span> content = new ArrayList<>();
			d.content.forEach(f -> content.addAll(f.fragments()));
			content.sort(Comparator.comparingInt(Span::begin));
			List<Span> fragments = joinAcrossBlanks(content, text);
			for (int i = 1; i < fragments.size(); i++) {
				if (fragments.get(i).begin() < fragments.get(i - 1).end()) {
					throw new IllegalArgumentException(d.content.get(0).id() + ": the parts of a claim's content overlap");
				}
			}
			Claim c = new Claim(jcas, fragments.get(0).begin(), fragments.get(fragments.size() - 1).end());
			ClaimParts.setContent(c, fragments);
			human(c);
			Fragmented source = d.parts.get("source");
			Fragmented cue = d.parts.get("cue");
			Fragmented quantity = d.parts.get("quantity");
			if (source != null) {
				c.setSource((Source) made.computeIfAbsent(source, s -> human(new Source(jcas, whole(s).begin(), whole(s).end()))));
			}
			if (cue != null) {
				c.setCue((Cue) made.computeIfAbsent(cue, s -> human(new Cue(jcas, whole(s).begin(), whole(s).end()))));
			}
			if (quantity != null) {
				c.setQuantity((Quantity) made.computeIfAbsent(quantity, s -> quantity(jcas, s, notes.get(s.id()))));
			}
			String kind = d.attributes.get("kind");
			c.setKind(kind != null ? LayerCheck.known(ClaimKind.class, kind, "kind") : defaultKind(c, text));
			String factuality = d.attributes.get("factuality");
			c.setFactuality(factuality != null ? LayerCheck.known(Factuality.class, factuality, "factuality") : Factuality.ASSERTED.name());
			c.addToIndexes();
		}
		made.values().forEach(Reviewable::addToIndexes);
	}

	/** A claim being assembled: its content spans, its parts by role, its attributes. */
	private static final class ClaimDraft {
		final List<Fragmented> content = new ArrayList<>();
		final Map<String, Fragmented> parts = new HashMap<>();
		final Map<String, String> attributes = new HashMap<>();

		ClaimDraft(Fragmented first) {
			content.add(first);
		}
	}

	private static String defaultKind(Claim c, String text) {
		if (c.getSource() == null && c.getCue() == null) {
			return ClaimKind.UNATTRIBUTED.name();
		}
		boolean quoted = c.getBegin() > 0 && "\"\u201c\u2018'\u00ab".indexOf(text.charAt(c.getBegin() - 1)) >= 0;
		return quoted ? ClaimKind.DIRECT_QUOTE.name() : ClaimKind.INDIRECT.name();
	}

	private static Span whole(Fragmented f) {
		return new Span(f.fragments().get(0).begin(), f.fragments().get(f.fragments().size() - 1).end());
	}

	private Quantity quantity(JCas jcas, Fragmented f, String note) {
		Span at = whole(f);
		Quantity q = new Quantity(jcas, at.begin(), at.end());
		q.setLow(Double.NEGATIVE_INFINITY);
		q.setHigh(Double.POSITIVE_INFINITY);
		q.setUnit("");
		q.setMeasure("");
		if (note != null) {
			Matcher m = NOTE.matcher(note);
			while (m.find()) {
				String v = m.group(2).startsWith("\"") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
				switch (m.group(1)) {
				case "low" -> q.setLow(Tsv3Reader.number(v, f.id() + ": low"));
				case "high" -> q.setHigh(Tsv3Reader.number(v, f.id() + ": high"));
				case "unit" -> q.setUnit(v);
				case "measure" -> q.setMeasure(v);
				default -> q.setApproximate(Boolean.parseBoolean(v));
				}
			}
			if (q.getLow() > q.getHigh()) {
				throw new IllegalArgumentException(f.id() + ": low " + q.getLow() + " exceeds high " + q.getHigh());
			}
		}
		return human(q);
	}

	/** Fragments whose gaps hold only white space (brat cuts spans at line breaks) as one span. */
	private static List<Span> joinAcrossBlanks(List<Span> fragments, String text) {
		List<Span> joined = new ArrayList<>();
		for (Span f : fragments) {
			Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && f.begin() >= last.end() && text.substring(last.end(), f.begin()).isBlank()) {
				joined.set(joined.size() - 1, new Span(last.begin(), Math.max(last.end(), f.end())));
			} else {
				joined.add(f);
			}
		}
		return joined;
	}

	private Fragmented textBound(String line, String text, int[] utf16) {
		Matcher m = T_LINE.matcher(line);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + Tsv3Reader.shorten(line) + "' is not 'T<n><TAB>Type begin end<TAB>text'");
		}
		List<Span> fragments = new ArrayList<>();
		StringBuilder covered = new StringBuilder();
		for (String part : m.group(3).split(";")) {
			String[] be = part.trim().split(" +");
			if (be.length != 2) {
				throw new IllegalArgumentException(m.group(1) + ": '" + part + "' is not 'begin end'");
			}
			int begin = offset(be[0], utf16, m.group(1));
			int end = offset(be[1], utf16, m.group(1));
			if (end < begin) {
				throw new IllegalArgumentException(m.group(1) + ": end " + be[1] + " is before begin " + be[0]);
			}
			fragments.add(new Span(begin, end));
			covered.append(fragments.size() == 1 ? "" : " ").append(text, begin, end);
		}
		if (!m.group(4).isEmpty() && !m.group(4).equals(covered.toString())) {
			throw new IllegalArgumentException(m.group(1) + ": its text '" + Tsv3Reader.shorten(m.group(4)) + "' is not the text at its offsets ('"
					+ Tsv3Reader.shorten(covered.toString()) + "'); are the .txt and the .ann from the same version?");
		}
		fragments.sort(Comparator.comparingInt(Span::begin));
		return new Fragmented(m.group(1), m.group(2), fragments);
	}

	private static int offset(String digits, int[] utf16, String id) {
		int cp;
		try {
			cp = Integer.parseInt(digits);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(id + ": offset '" + Tsv3Reader.shorten(digits) + "' is not a number");
		}
		if (cp < 0 || cp >= utf16.length) {
			throw new IllegalArgumentException(id + ": offset " + cp + " is outside the text (" + (utf16.length - 1) + " characters)");
		}
		return utf16[cp];
	}

	/** For each code point offset 0..n, the UTF-16 offset. */
	static int[] codePointOffsets(String text) {
		int[] map = new int[text.codePointCount(0, text.length()) + 1];
		int cp = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			map[cp++] = i;
		}
		map[cp] = text.length();
		return map;
	}

	private static String[] fields(String line, int n) {
		String[] f = line.split("\t", -1);
		if (f.length < n || f[1].isBlank()) {
			throw new IllegalArgumentException("'" + Tsv3Reader.shorten(line) + "' lacks its annotation after the id and a tab");
		}
		return f;
	}

	private <R extends Reviewable> R human(R r) {
		r.setStatus(ReviewStatus.MANUAL.name());
		r.setOrigin(origin);
		r.setConfidence(1.0);
		return r;
	}
}
