package org.assay.core.formats.brat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.Span;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.formats.ForeignFileReader;
import org.assay.core.formats.ForeignLayer;
import org.assay.core.formats.LabelMapping;
import org.assay.core.formats.brat.BratStandoff.TextBound;
import org.assay.core.io.TextFiles;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;
import org.assay.type.Source;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;

/**
 * Reads brat standoff ({@code .ann} beside its {@code .txt}) into a layer. Text-bound (T)
 * annotations become entities through a {@link LabelMapping}, or parts of claims when their type
 * is an attribution role ({@link BratAttribution}); an AnnotatorNotes note on a quantity carries
 * its figures ({@code low=3 high=5 unit=% measure=... approximate=true}). brat counts offsets in
 * Unicode code points; they are converted to Java's UTF-16 offsets. What has no Assay
 * counterpart is counted as left out; a malformed line refuses the document, naming its line.
 */
public final class BratReader implements ForeignFileReader {

	private static final Pattern NOTE = Pattern.compile("(low|high|unit|measure|approximate)=(\"[^\"]*\"|\\S+)");

	private final ForeignLayer layer;

	/** A reader into {@code layer}. */
	public BratReader(ForeignLayer layer) {
		this.layer = layer;
	}

	@Override
	public String extension() {
		return ".ann";
	}

	@Override
	public String expected() {
		return "brat imports a folder of .txt and .ann files";
	}

	@Override
	public String read(Path folder, Path ann, JCas jcas) throws CorpusException {
		String name = ann.getFileName().toString();
		Path txt = ann.resolveSibling(name.substring(0, name.length() - extension().length()) + ".txt");
		if (!Files.isRegularFile(txt, LinkOption.NOFOLLOW_LINKS)) {
			throw new CorpusException(ann, "has no " + txt.getFileName() + " beside it (brat keeps the text in a .txt of the same name)");
		}
		read(TextFiles.read(txt), TextFiles.read(ann), jcas);
		return folder.relativize(txt).toString().replace('\\', '/');
	}

	/**
	 * Reads the annotations {@code ann} of {@code text} into the empty {@code jcas}.
	 *
	 * @throws IllegalArgumentException "line N: problem" for a malformed or inconsistent line
	 */
	public void read(String text, String ann, JCas jcas) {
		jcas.setDocumentText(text);
		BratStandoff standoff = new BratStandoff(text, ann, layer);
		BratAttribution attribution = new BratAttribution(standoff, layer);
		for (TextBound t : standoff.spans.values()) {
			if (!attribution.isPart(t.id())) {
				entity(t, jcas);
			}
		}
		Map<TextBound, Reviewable> parts = new IdentityHashMap<>();
		for (BratAttribution.Draft d : attribution.claims()) {
			claim(d, standoff, parts, jcas);
		}
		parts.values().forEach(Reviewable::addToIndexes);
	}

	private void entity(TextBound t, JCas jcas) {
		Optional<String> label = layer.labels().label(t.type());
		if (label.isEmpty()) {
			return;
		}
		List<Span> joined = joinAcrossBlanks(t.fragments(), jcas.getDocumentText());
		if (joined.size() > 1) {
			layer.leftOut("discontinuous entities (Assay entities are contiguous)");
			return;
		}
		Entity e = new Entity(jcas, joined.get(0).begin(), joined.get(0).end());
		e.setLabel(label.get());
		layer.handMade(e).addToIndexes();
	}

	/** A claim of {@code d}; its parts are made once however many claims share them, and indexed by the caller. */
	private void claim(BratAttribution.Draft d, BratStandoff standoff, Map<TextBound, Reviewable> parts, JCas jcas) {
		String text = jcas.getDocumentText();
		List<Span> content = new ArrayList<>();
		d.content.forEach(t -> content.addAll(t.fragments()));
		content.sort(Comparator.comparingInt(Span::begin));
		List<Span> fragments = joinAcrossBlanks(content, text);
		for (int i = 1; i < fragments.size(); i++) {
			if (fragments.get(i).begin() < fragments.get(i - 1).end()) {
				throw new IllegalArgumentException(d.content.get(0).id() + ": the parts of a claim's content overlap");
			}
		}
		Claim c = new Claim(jcas, fragments.get(0).begin(), fragments.get(fragments.size() - 1).end());
		ClaimParts.setContent(c, fragments);
		layer.handMade(c);
		TextBound source = d.parts.get("source");
		TextBound cue = d.parts.get("cue");
		TextBound quantity = d.parts.get("quantity");
		if (source != null) {
			c.setSource((Source) parts.computeIfAbsent(source, s -> layer.handMade(new Source(jcas, s.whole().begin(), s.whole().end()))));
		}
		if (cue != null) {
			c.setCue((Cue) parts.computeIfAbsent(cue, s -> layer.handMade(new Cue(jcas, s.whole().begin(), s.whole().end()))));
		}
		if (quantity != null) {
			c.setQuantity((Quantity) parts.computeIfAbsent(quantity, s -> quantity(jcas, s, standoff.notes.get(s.id()))));
		}
		String kind = d.attributes.get("kind");
		c.setKind(kind != null ? LayerCheck.known(ClaimKind.class, kind, "kind") : defaultKind(c, text));
		String factuality = d.attributes.get("factuality");
		c.setFactuality(factuality != null ? LayerCheck.known(Factuality.class, factuality, "factuality") : Factuality.ASSERTED.name());
		c.addToIndexes();
	}

	/** Without a Kind attribute: unattributed without source and cue, a direct quote in quotation marks, else indirect. */
	private static String defaultKind(Claim c, String text) {
		if (c.getSource() == null && c.getCue() == null) {
			return ClaimKind.UNATTRIBUTED.name();
		}
		boolean quoted = c.getBegin() > 0 && "\"\u201c\u2018'\u00ab".indexOf(text.charAt(c.getBegin() - 1)) >= 0;
		return quoted ? ClaimKind.DIRECT_QUOTE.name() : ClaimKind.INDIRECT.name();
	}

	/** A quantity, its figures from its note (open bounds without one). */
	private Quantity quantity(JCas jcas, TextBound t, String note) {
		Quantity q = new Quantity(jcas, t.whole().begin(), t.whole().end());
		q.setLow(Double.NEGATIVE_INFINITY);
		q.setHigh(Double.POSITIVE_INFINITY);
		q.setUnit("");
		q.setMeasure("");
		if (note != null) {
			Matcher m = NOTE.matcher(note);
			while (m.find()) {
				String v = m.group(2).startsWith("\"") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
				switch (m.group(1)) {
				case "low" -> q.setLow(ForeignLayer.number(v, t.id() + ": low"));
				case "high" -> q.setHigh(ForeignLayer.number(v, t.id() + ": high"));
				case "unit" -> q.setUnit(v);
				case "measure" -> q.setMeasure(v);
				default -> q.setApproximate(Boolean.parseBoolean(v));
				}
			}
			if (q.getLow() > q.getHigh()) {
				throw new IllegalArgumentException(t.id() + ": low " + q.getLow() + " exceeds high " + q.getHigh());
			}
		}
		return layer.handMade(q);
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
}
