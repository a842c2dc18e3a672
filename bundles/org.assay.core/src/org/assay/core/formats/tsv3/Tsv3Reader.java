package org.assay.core.formats.tsv3;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.Abbreviation;
import org.assay.core.CorpusException;
import org.assay.core.Span;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.formats.ForeignFileReader;
import org.assay.core.formats.ForeignLayer;
import org.assay.core.formats.LabelMapping;
import org.assay.core.formats.tsv3.Tsv3Annotations.RelationAnno;
import org.assay.core.formats.tsv3.Tsv3Annotations.SpanAnno;
import org.assay.core.io.TextFiles;
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

/**
 * Reads WebAnno TSV 3 (3.1 to 3.3, as INCEpTION and DKPro Core write it) into a layer: the text
 * as those tools rebuild it from the sentences, its tokens and sentences, entities (INCEpTION's
 * Named Entity layer, or another span layer and feature, the label mapped through a {@link LabelMapping}),
 * parts of speech, and claims from the layers {@link Tsv3Writer} writes. What has no Assay
 * counterpart (other layers, slot features, chains) is counted per layer as left out so the
 * import can say what it left out. A malformed file is refused with its line number.
 */
public final class Tsv3Reader implements ForeignFileReader {

	private static final Pattern ADDRESS = Pattern.compile("^(\\d+)-(\\d+)(\\.\\d+)?$");
	private static final Pattern OFFSETS = Pattern.compile("^(\\d+)-(\\d+)$");

	private final ForeignLayer layer;
	private final String entityLayer;
	private final String entityFeature;

	/**
	 * A reader into {@code layer}, entities read from the span layer and feature {@code entityLayer} ("type:feature").
	 *
	 * @throws IllegalArgumentException when {@code entityLayer} is not of that form
	 */
	public Tsv3Reader(ForeignLayer layer, String entityLayer) {
		this.layer = layer;
		int colon = entityLayer.lastIndexOf(':');
		if (colon <= 0 || colon == entityLayer.length() - 1) {
			throw new IllegalArgumentException("entity layer '" + entityLayer + "' is not TYPE:FEATURE (e.g. webanno.custom.Span:value)");
		}
		this.entityLayer = entityLayer.substring(0, colon);
		this.entityFeature = entityLayer.substring(colon + 1);
	}

	@Override
	public String extension() {
		return ".tsv";
	}

	@Override
	public String expected() {
		return "tsv3 imports a folder of .tsv files";
	}

	@Override
	public String read(Path folder, Path file, JCas jcas) throws CorpusException {
		read(TextFiles.read(file), jcas);
		String name = folder.relativize(file).toString().replace('\\', '/');
		return name.substring(0, name.length() - extension().length()) + ".txt";
	}

	/**
	 * Reads one file's content into the empty {@code jcas}.
	 *
	 * @throws IllegalArgumentException "line N: problem" for a file that is not well-formed TSV 3
	 */
	public void read(String content, JCas jcas) {
		String[] lines = (content.startsWith("\uFEFF") ? content.substring(1) : content).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].endsWith("\r")) {
				lines[i] = lines[i].substring(0, lines[i].length() - 1);
			}
		}
		Tsv3Header header = new Tsv3Header(lines, layer);
		Tsv3Annotations annotations = new Tsv3Annotations(layer);
		Tsv3Text text = new Tsv3Text();
		boolean inHeader = false;
		boolean inTokens = false;
		for (int n = header.end + 1; n <= lines.length; n++) {
			String line = n == lines.length ? "" : lines[n];
			int lineNo = n + 1;
			if (line.isEmpty()) {
				if (inTokens) {
					text.endSentence();
				} else if (inHeader) {
					throw new IllegalArgumentException("line " + lineNo + ": a sentence has text but no tokens");
				}
				inHeader = false;
				inTokens = false;
			} else if (line.startsWith("#") && !inTokens) {
				if (line.startsWith("#Text=")) {
					text.sentenceLine(Tsv3Escapes.unescapeText(line.substring(6), header.v31));
				}
				inHeader = true;
			} else if (!inHeader && !inTokens) {
				throw new IllegalArgumentException("line " + lineNo + ": a token line outside a sentence (a sentence starts with #Text=)");
			} else {
				String[] fields = fields(line, header, lineNo);
				Matcher id = ADDRESS.matcher(fields[0]);
				Matcher at = OFFSETS.matcher(fields[1]);
				if (!id.matches() || !at.matches()) {
					throw new IllegalArgumentException("line " + lineNo + ": '" + Abbreviation.ofInput(fields[0]) + "\t"
							+ Abbreviation.ofInput(fields[1]) + "' is not a token id (1-1) and its offsets (0-5)");
				}
				Span unit = new Span(parse(at.group(1), lineNo), parse(at.group(2), lineNo));
				boolean subToken = id.group(3) != null;
				if (!inTokens) {
					if (subToken) {
						throw new IllegalArgumentException("line " + lineNo + ": a sentence starts with a sub-token");
					}
					text.beginSentence(unit.begin(), lineNo);
					inHeader = false;
					inTokens = true;
				}
				int token = text.token(fields[0], unit, fields[2], subToken, lineNo);
				annotations.cells(fields, header.columns, lineNo, unit, token, subToken);
			}
		}
		jcas.setDocumentText(text.toString());
		for (Span s : text.sentences) {
			new Sentence(jcas, s.begin(), s.end()).addToIndexes();
		}
		for (int i = 0; i < text.tokens.size(); i++) {
			Token t = new Token(jcas, text.tokens.get(i).begin(), text.tokens.get(i).end());
			t.setPos(annotations.pos.get(i));
			t.addToIndexes();
		}
		build(jcas, annotations);
	}

	/** The fields of a token line: its address, offsets, text, and a cell per column of the header. */
	private static String[] fields(String line, Tsv3Header header, int lineNo) {
		String[] fields = line.split("\t", -1);
		if (fields.length < header.columns.size() + 3) {
			throw new IllegalArgumentException("line " + lineNo + ": " + fields.length + " fields, expected " + (header.columns.size() + 3)
					+ " (token, offsets, text and one per column of the header)");
		}
		return fields;
	}

	private static int parse(String digits, int lineNo) {
		try {
			return Integer.parseInt(digits);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("line " + lineNo + ": offset " + Abbreviation.ofInput(digits) + " is too large");
		}
	}

	/** Entities and claims from the spans and links read; counts what does not map. */
	private void build(JCas jcas, Tsv3Annotations annotations) {
		List<SpanAnno> spans = annotations.spans;
		Map<SpanAnno, Reviewable> made = new IdentityHashMap<>();
		Map<SpanAnno, List<SpanAnno>> fragments = new IdentityHashMap<>();
		Map<SpanAnno, Claim> claims = new LinkedHashMap<>(); // in text order: the claims are built the same way every time
		spans.sort(Comparator.comparingInt((SpanAnno a) -> a.begin).thenComparingInt(a -> -a.end));
		for (SpanAnno a : spans) {
			if (a.layer.equals(entityLayer)) {
				entity(a, jcas);
			} else if (a.layer.equals(Tsv3Writer.CLAIM) && "claim".equals(a.features.get("role"))) {
				Claim c = new Claim(jcas, a.begin, a.end);
				String kind = a.features.get("kind");
				String factuality = a.features.get("factuality");
				c.setKind(kind == null ? null : LayerCheck.known(ClaimKind.class, kind, "kind"));
				c.setFactuality(factuality == null ? Factuality.ASSERTED.name() : LayerCheck.known(Factuality.class, factuality, "factuality"));
				claims.put(a, layer.handMade(c));
			} else if (!a.layer.equals(Tsv3Writer.CLAIM) && !a.layer.endsWith(".POS")) {
				layer.leftOut("layer " + a.layer);
			}
		}
		for (RelationAnno r : annotations.relations) {
			if (!r.layer().equals(Tsv3Writer.CLAIM_LINK)) {
				layer.leftOut("relation layer " + r.layer());
				continue;
			}
			SpanAnno governor = annotations.find(r.governorUnit(), r.governorId(), Tsv3Writer.CLAIM);
			SpanAnno dependent = annotations.find(r.dependentUnit(), r.dependentId(), Tsv3Writer.CLAIM);
			Claim claim = governor == null ? null : claims.get(governor);
			String role = r.features().get("role");
			if (claim == null || dependent == null || role == null) {
				layer.leftOut("claim links whose ends were not found");
				continue;
			}
			switch (role) {
			case "source" -> claim.setSource((Source) made.computeIfAbsent(dependent, d -> layer.handMade(new Source(jcas, d.begin, d.end))));
			case "cue" -> claim.setCue((Cue) made.computeIfAbsent(dependent, d -> layer.handMade(new Cue(jcas, d.begin, d.end))));
			case "quantity" -> claim.setQuantity((Quantity) made.computeIfAbsent(dependent, d -> quantity(jcas, d)));
			case "fragment" -> fragments.computeIfAbsent(governor, g -> new ArrayList<>()).add(dependent);
			default -> layer.leftOut("claim links of role '" + role + "'");
			}
		}
		claims.forEach((span, claim) -> content(claim, fragments.getOrDefault(span, List.of())));
		made.values().forEach(Reviewable::addToIndexes);
		long unlinked = spans.stream().filter(a -> a.layer.equals(Tsv3Writer.CLAIM) && !"claim".equals(a.features.get("role"))
				&& !made.containsKey(a) && fragments.values().stream().noneMatch(l -> l.contains(a))).count();
		if (unlinked > 0) {
			layer.leftOut("claim-layer spans linked to no claim", (int) unlinked);
		}
	}

	private void entity(SpanAnno a, JCas jcas) {
		String type = a.features.get(entityFeature);
		if (type == null) {
			layer.leftOut("named entities without a value");
			return;
		}
		layer.labels().label(type).ifPresent(label -> {
			Entity e = new Entity(jcas, a.begin, a.end);
			e.setLabel(label);
			layer.handMade(e).addToIndexes();
		});
	}

	/** The claim's content: its own span and its further fragments, in text order; then it is indexed. */
	private static void content(Claim c, List<SpanAnno> further) {
		List<Span> content = new ArrayList<>(List.of(new Span(c.getBegin(), c.getEnd())));
		for (SpanAnno f : further) {
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

	private Quantity quantity(JCas jcas, SpanAnno d) {
		Quantity q = new Quantity(jcas, d.begin, d.end);
		q.setLow(bound(d.features.get("low"), Double.NEGATIVE_INFINITY));
		q.setHigh(bound(d.features.get("high"), Double.POSITIVE_INFINITY));
		if (q.getLow() > q.getHigh()) {
			throw new IllegalArgumentException("quantity '" + Abbreviation.ofInput(jcas.getDocumentText().substring(d.begin, d.end)) + "': low "
					+ q.getLow() + " exceeds high " + q.getHigh());
		}
		q.setUnit(orEmpty(d.features.get("unit")));
		q.setMeasure(orEmpty(d.features.get("measure")));
		q.setApproximate("true".equals(d.features.get("approximate")));
		return layer.handMade(q);
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s;
	}

	private static double bound(String v, double open) {
		return v == null || v.isBlank() ? open : ForeignLayer.number(v, "quantity bound");
	}
}
