package org.assay.core.formats.tsv3;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.core.CorpusException;
import org.assay.core.FallbackTokens;
import org.assay.core.Span;
import org.assay.core.formats.ExportDocuments;
import org.assay.core.formats.ExportWriter;
import org.assay.core.formats.StatusFilter;
import org.assay.core.io.AtomicFileWriter;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;
import org.assay.type.Sentence;
import org.assay.type.Token;

/**
 * WebAnno TSV 3.3, the format INCEpTION imports and exports. Entities go to INCEpTION's own
 * Named Entity layer ({@value #NAMED_ENTITY}, the label in {@code value}); claims to a custom span
 * layer {@value #CLAIM} whose {@code role} says what a span is (claim, source, cue, quantity, or
 * fragment for the later parts of a discontinuous content) with the claim's kind and factuality
 * and the quantity's figures as features, and a relation layer {@value #CLAIM_LINK} from each
 * claim to its source, cue, quantity and further fragments ({@code role} names which). To
 * import such a file into INCEpTION, its project needs these two layers with these features
 * (see the README).
 * <p>
 * TSV 3 is made of tokens: every span must start and end at a token boundary, so a token that
 * a span starts or ends inside is written as several tokens, cut there; sentences are the
 * layer's (or its lines), from their first to their last token.
 */
public final class Tsv3Writer implements ExportWriter {

	/** INCEpTION's Named Entity layer. */
	public static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
	/** The custom span layer of claims, sources, cues and quantities. */
	public static final String CLAIM = "webanno.custom.Claim";
	/** The custom relation layer linking a claim to its parts. */
	public static final String CLAIM_LINK = "webanno.custom.ClaimLink";
	/** The features of {@link #CLAIM}, in column order. */
	public static final List<String> CLAIM_FEATURES = List.of("role", "kind", "factuality", "low", "high", "unit", "measure", "approximate");

	static final String FORMAT = "#FORMAT=WebAnno TSV 3.3";

	/** A span of a layer with its feature values (null: no value), in column order. */
	private record Unit(int begin, int end, String layer, List<String> values) {
	}

	/** A link from a claim to one of its parts. */
	private record Link(Unit governor, Unit dependent, String role) {
	}

	private final StatusFilter filter;
	private final String entityLayer;
	private final List<String> entityFeatures;

	/** A writer keeping the annotations {@code filter} keeps, entities in INCEpTION's Named Entity layer. */
	public Tsv3Writer(StatusFilter filter) {
		this(filter, NAMED_ENTITY + ":value");
	}

	/**
	 * A writer putting entities in the span layer {@code entityLayer} ("type:feature", the label in
	 * that feature; INCEpTION's Named Entity layer also gets its {@code identifier} column).
	 */
	public Tsv3Writer(StatusFilter filter, String entityLayer) {
		this.filter = filter;
		int colon = entityLayer.lastIndexOf(':');
		this.entityLayer = entityLayer.substring(0, colon);
		String feature = entityLayer.substring(colon + 1);
		this.entityFeatures = this.entityLayer.equals(NAMED_ENTITY) && feature.equals("value") ? List.of("identifier", "value") : List.of(feature);
	}

	/** Writes {@code <doc>.tsv} for each document into {@code folder}. */
	@Override
	public void write(ExportDocuments documents, Path folder) throws CorpusException {
		for (ExportDocuments.Document d : documents.readable()) {
			AtomicFileWriter.writeString(folder.resolve(ExportDocuments.fileBase(d.id()) + ".tsv"), write(d.jcas()));
		}
	}

	/** The whole .tsv file of one document. */
	public String write(JCas jcas) {
		String text = jcas.getDocumentText();
		List<Unit> units = new ArrayList<>();
		List<Link> links = new ArrayList<>();
		for (Entity e : jcas.select(Entity.class)) {
			if (filter.keeps(e) && e.getLabel() != null) {
				List<String> values = Arrays.asList(new String[entityFeatures.size()]);
				values.set(values.size() - 1, e.getLabel());
				units.add(new Unit(e.getBegin(), e.getEnd(), entityLayer, values));
			}
		}
		Map<Annotation, Unit> parts = new IdentityHashMap<>();
		for (Claim c : jcas.select(Claim.class)) {
			if (!filter.keeps(c)) {
				continue;
			}
			List<Span> content = ClaimParts.content(c);
			Unit claim = claimUnit(content.get(0), "claim", c.getKind(), c.getFactuality());
			units.add(claim);
			for (int i = 1; i < content.size(); i++) {
				Unit fragment = claimUnit(content.get(i), "fragment", null, null);
				units.add(fragment);
				links.add(new Link(claim, fragment, "fragment"));
			}
			link(c.getSource(), "source", claim, parts, units, links);
			link(c.getCue(), "cue", claim, parts, units, links);
			link(c.getQuantity(), "quantity", claim, parts, units, links);
		}
		List<List<Span>> sentences = sentences(jcas, tokens(jcas, text, units));
		List<Span> flat = new ArrayList<>();
		List<String> addresses = new ArrayList<>();
		for (int s = 0; s < sentences.size(); s++) {
			for (int t = 0; t < sentences.get(s).size(); t++) {
				flat.add(sentences.get(s).get(t));
				addresses.add((s + 1) + "-" + (t + 1));
			}
		}
		// the spans at each token, outer ones first; a span that covers no token (blank) is left out
		units.sort(Comparator.comparingInt(Unit::begin).thenComparing(Comparator.comparingInt(Unit::end).reversed()));
		List<List<Unit>> here = new ArrayList<>(flat.size());
		flat.forEach(t -> here.add(new ArrayList<>(1)));
		Map<Unit, Integer> firstToken = new IdentityHashMap<>();
		Map<Unit, Integer> tokenCount = new IdentityHashMap<>();
		for (Unit u : units) {
			int lo = 0;
			int hi = flat.size();
			while (lo < hi) { // the first token starting at or after the span's begin
				int mid = (lo + hi) >>> 1;
				if (flat.get(mid).begin() < u.begin()) {
					lo = mid + 1;
				} else {
					hi = mid;
				}
			}
			for (int k = lo; k < flat.size() && flat.get(k).end() <= u.end(); k++) {
				here.get(k).add(u);
				firstToken.putIfAbsent(u, k);
				tokenCount.merge(u, 1, Integer::sum);
			}
		}
		// every multi-token span and every span sharing a token with another of its layer gets an
		// id, as INCEpTION writes them; claim-layer spans always do, so links can name them
		Set<Unit> stacked = Collections.newSetFromMap(new IdentityHashMap<>());
		for (List<Unit> at : here) {
			for (Unit u : at) {
				if (at.stream().filter(o -> o.layer().equals(u.layer())).count() > 1) {
					stacked.add(u);
				}
			}
		}
		Map<Unit, Integer> ids = new IdentityHashMap<>();
		for (Unit u : units) {
			if (firstToken.containsKey(u) && (tokenCount.get(u) > 1 || stacked.contains(u) || u.layer().equals(CLAIM))) {
				ids.put(u, ids.size() + 1);
			}
		}
		Map<Integer, List<Link>> linksAt = new HashMap<>();
		for (Link l : links) {
			if (firstToken.containsKey(l.governor()) && firstToken.containsKey(l.dependent())) {
				linksAt.computeIfAbsent(firstToken.get(l.dependent()), k -> new ArrayList<>()).add(l);
			}
		}

		// the claim layers only where there are claims: a file of entities is what INCEpTION writes for them
		boolean claims = units.stream().anyMatch(u -> u.layer().equals(CLAIM));
		StringBuilder out = new StringBuilder(FORMAT).append('\n');
		out.append("#T_SP=").append(entityLayer).append('|').append(String.join("|", entityFeatures)).append('\n');
		if (claims) {
			out.append("#T_SP=").append(CLAIM).append('|').append(String.join("|", CLAIM_FEATURES)).append('\n');
			out.append("#T_RL=").append(CLAIM_LINK).append("|role|BT_").append(CLAIM).append('\n');
		}
		out.append('\n');
		int k = 0;
		for (List<Span> tokens : sentences) {
			out.append('\n');
			String covered = text.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
			for (String line : covered.split("\n", -1)) {
				out.append("#Text=").append(Tsv3Escapes.escapeText(line)).append('\n');
			}
			for (int t = 0; t < tokens.size(); t++, k++) {
				Span token = tokens.get(t);
				out.append(addresses.get(k)).append('\t').append(token.begin()).append('-').append(token.end()).append('\t')
						.append(token.of(text)).append('\t');
				column(out, here.get(k), entityLayer, entityFeatures.size(), ids);
				if (!claims) {
					out.append('\n');
					continue;
				}
				column(out, here.get(k), CLAIM, CLAIM_FEATURES.size(), ids);
				List<Link> starting = linksAt.getOrDefault(k, List.of());
				if (starting.isEmpty()) {
					out.append("_\t_\t");
				} else {
					StringBuilder roles = new StringBuilder();
					StringBuilder governors = new StringBuilder();
					for (Link l : starting) {
						roles.append(roles.length() == 0 ? "" : "|").append(Tsv3Escapes.escapeValue(l.role()));
						governors.append(governors.length() == 0 ? "" : "|").append(addresses.get(firstToken.get(l.governor()))).append('[')
								.append(ids.getOrDefault(l.governor(), 0)).append('_').append(ids.getOrDefault(l.dependent(), 0)).append(']');
					}
					out.append(roles).append('\t').append(governors).append('\t');
				}
				out.append('\n');
			}
		}
		return out.toString();
	}

	private Unit claimUnit(Span at, String role, String kind, String factuality) {
		return new Unit(at.begin(), at.end(), CLAIM, Arrays.asList(role, kind, factuality, null, null, null, null, null));
	}

	private void link(Annotation part, String role, Unit claim, Map<Annotation, Unit> parts, List<Unit> units, List<Link> links) {
		if (part == null || (part instanceof Reviewable r && !filter.keeps(r))) {
			return;
		}
		Unit unit = parts.computeIfAbsent(part, p -> {
			List<String> values = Arrays.asList(role, null, null, null, null, null, null, null);
			if (p instanceof Quantity q) {
				values.set(3, bound(q.getLow()));
				values.set(4, bound(q.getHigh()));
				values.set(5, blankToNull(q.getUnit()));
				values.set(6, blankToNull(q.getMeasure()));
				values.set(7, Boolean.toString(q.getApproximate()));
			}
			Unit u = new Unit(p.getBegin(), p.getEnd(), CLAIM, values);
			units.add(u);
			return u;
		});
		links.add(new Link(claim, unit, role));
	}

	private static String bound(double v) {
		if (Double.isInfinite(v) || Double.isNaN(v)) {
			return null;
		}
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	/** The values of one layer's columns at a token: "_" when none, stacked with "|". */
	private static void column(StringBuilder out, List<Unit> here, String layer, int columns, Map<Unit, Integer> ids) {
		List<Unit> mine = here.stream().filter(u -> u.layer().equals(layer)).toList();
		for (int c = 0; c < columns; c++) {
			if (mine.isEmpty()) {
				out.append('_');
			} else {
				for (int k = 0; k < mine.size(); k++) {
					Unit u = mine.get(k);
					String v = u.values().get(c);
					out.append(k == 0 ? "" : "|").append(v == null ? "*" : Tsv3Escapes.escapeValue(v));
					Integer id = ids.get(u);
					if (id != null) {
						out.append('[').append(id).append(']');
					}
				}
			}
			out.append('\t');
		}
	}

	/**
	 * The tokens: the layer's (or fallback ones), never holding a tab or line break, cut where a
	 * span starts or ends inside one.
	 */
	private static List<Span> tokens(JCas jcas, String text, List<Unit> units) {
		List<Span> base = new ArrayList<>();
		if (jcas.select(Token.class).isEmpty()) {
			base.addAll(FallbackTokens.of(text));
		} else {
			int after = 0;
			for (Token t : jcas.select(Token.class)) {
				if (t.getBegin() >= after && t.getEnd() > t.getBegin()) {
					base.add(new Span(t.getBegin(), t.getEnd()));
					after = t.getEnd();
				}
			}
		}
		TreeSet<Integer> cuts = new TreeSet<>();
		for (Unit u : units) {
			cuts.add(u.begin());
			cuts.add(u.end());
		}
		List<Span> tokens = new ArrayList<>();
		for (Span t : base) {
			int start = t.begin();
			for (int i = t.begin(); i <= t.end(); i++) {
				boolean end = i == t.end();
				boolean blank = !end && Character.isWhitespace(text.charAt(i));
				boolean cut = !end && i > start && cuts.contains(i);
				if (end || blank || cut) {
					if (i > start) {
						tokens.add(new Span(start, i));
					}
					start = blank ? i + 1 : i;
				}
			}
		}
		return tokens;
	}

	/** The tokens grouped into the layer's sentences (a token belongs where it starts), or into lines. */
	private static List<List<Span>> sentences(JCas jcas, List<Span> tokens) {
		List<Integer> ends = new ArrayList<>();
		for (Sentence s : jcas.select(Sentence.class)) {
			ends.add(s.getEnd());
		}
		String text = jcas.getDocumentText();
		if (ends.isEmpty()) {
			for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
				ends.add(i);
			}
			ends.add(text.length());
		}
		List<List<Span>> sentences = new ArrayList<>();
		List<Span> current = null;
		int s = 0;
		for (Span t : tokens) {
			while (s < ends.size() && t.begin() >= ends.get(s)) {
				s++;
				current = null;
			}
			if (current == null) {
				current = new ArrayList<>();
				sentences.add(current);
			}
			current.add(t);
		}
		return sentences;
	}
}
