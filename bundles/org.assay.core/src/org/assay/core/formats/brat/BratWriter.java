package org.assay.core.formats.brat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.core.CorpusException;
import org.assay.core.Span;
import org.assay.core.formats.ExportDocuments;
import org.assay.core.formats.ExportWriter;
import org.assay.core.formats.StatusFilter;
import org.assay.core.io.AtomicFileWriter;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;

/**
 * brat standoff: a T line per entity and per claim part (content as "Claim", "Source", "Cue",
 * "Quantity"), R lines linking a claim to its source, cue and quantity, A lines for kind and
 * factuality, an AnnotatorNotes line with a quantity's figures. Spans that cross a line break
 * become brat fragments; offsets are in code points, as brat counts them. {@link #configuration} is the collection's
 * annotation.conf.
 */
public final class BratWriter implements ExportWriter {

	private final StatusFilter filter;
	private final Set<String> entityTypes = new LinkedHashSet<>();
	private int notes;
	private int[] codePoints;

	/** A writer keeping the annotations {@code filter} keeps. */
	public BratWriter(StatusFilter filter) {
		this.filter = filter;
	}

	/** Writes {@code <doc>.txt} and {@code <doc>.ann} for each document, then {@code annotation.conf}, into {@code folder}. */
	@Override
	public void write(ExportDocuments documents, Path folder) throws CorpusException {
		for (ExportDocuments.Document d : documents.readable()) {
			String base = ExportDocuments.fileBase(d.id());
			AtomicFileWriter.writeString(folder.resolve(base + ".txt"), d.jcas().getDocumentText());
			AtomicFileWriter.writeString(folder.resolve(base + ".ann"), annotations(d.jcas()));
		}
		AtomicFileWriter.writeString(folder.resolve("annotation.conf"), configuration());
	}

	/** The .ann text of one document. */
	public String annotations(JCas jcas) {
		String text = jcas.getDocumentText();
		StringBuilder ann = new StringBuilder();
		Map<Annotation, String> ids = new IdentityHashMap<>();
		int[] t = { 0 };
		int r = 0;
		int a = 0;
		notes = 0;
		codePoints = null;
		if (text.codePointCount(0, text.length()) != text.length()) { // the code point offset of each UTF-16 offset
			codePoints = new int[text.length() + 1];
			for (int i = 0, cp = 0; i <= text.length(); i++) {
				codePoints[i] = cp;
				if (i < text.length() && !(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1)))) {
					cp++;
				}
			}
		}
		for (Entity e : jcas.select(Entity.class)) {
			if (filter.keeps(e)) {
				String type = e.getLabel().replaceAll("[^A-Za-z0-9_-]", "_");
				entityTypes.add(type);
				ids.put(e, span(ann, t, type, e, text));
			}
		}
		for (Claim c : jcas.select(Claim.class)) {
			if (!filter.keeps(c)) {
				continue;
			}
			String claim = span(ann, t, "Claim", ClaimParts.content(c), text);
			if (c.getSource() != null && filter.keeps(c.getSource())) {
				String source = ids.computeIfAbsent(c.getSource(), s -> span(ann, t, "Source", s, text));
				ann.append('R').append(++r).append("\tSource Arg1:").append(claim).append(" Arg2:").append(source).append('\n');
			}
			if (c.getCue() != null && filter.keeps(c.getCue())) {
				String cue = ids.computeIfAbsent(c.getCue(), s -> span(ann, t, "Cue", s, text));
				ann.append('R').append(++r).append("\tCue Arg1:").append(claim).append(" Arg2:").append(cue).append('\n');
			}
			Quantity q = c.getQuantity();
			if (q != null && filter.keeps(q)) {
				boolean fresh = !ids.containsKey(q);
				String quantity = ids.computeIfAbsent(q, s -> span(ann, t, "Quantity", s, text));
				ann.append('R').append(++r).append("\tQuantity Arg1:").append(claim).append(" Arg2:").append(quantity).append('\n');
				if (fresh) { // brat has no numbers: the figures go in the quantity's note, which the import reads back
					ann.append('#').append(++notes).append("\tAnnotatorNotes ").append(quantity).append('\t').append(figures(q)).append('\n');
				}
			}
			ann.append('A').append(++a).append("\tKind ").append(claim).append(' ').append(c.getKind()).append('\n');
			ann.append('A').append(++a).append("\tFactuality ").append(claim).append(' ').append(c.getFactuality()).append('\n');
		}
		return ann.toString();
	}

	/** A quantity's figures as its note: {@code low=3 high=5 unit=% measure="people held" approximate=true}. */
	private static String figures(Quantity q) {
		StringBuilder b = new StringBuilder();
		if (!Double.isInfinite(q.getLow())) {
			b.append("low=").append(number(q.getLow())).append(' ');
		}
		if (!Double.isInfinite(q.getHigh())) {
			b.append("high=").append(number(q.getHigh())).append(' ');
		}
		if (q.getUnit() != null && !q.getUnit().isBlank()) {
			b.append("unit=").append(word(q.getUnit())).append(' ');
		}
		if (q.getMeasure() != null && !q.getMeasure().isBlank()) {
			b.append("measure=").append(word(q.getMeasure())).append(' ');
		}
		return b.append("approximate=").append(q.getApproximate()).toString();
	}

	private static String number(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
	}

	private static String word(String s) {
		String clean = s.replaceAll("[\"\t\r\n]", " ").trim();
		return clean.contains(" ") ? "\"" + clean + "\"" : clean;
	}

	private String span(StringBuilder ann, int[] counter, String type, Annotation a, String text) {
		return span(ann, counter, type, List.of(new Span(a.getBegin(), a.getEnd())), text);
	}

	/** A T line for {@code parts}, each cut at line breaks (brat fragments never span one). */
	private String span(StringBuilder ann, int[] counter, String type, List<Span> parts, String text) {
		String id = "T" + (++counter[0]);
		List<Span> fragments = new ArrayList<>();
		for (Span part : parts) {
			int start = part.begin();
			for (int i = part.begin(); i < part.end(); i++) {
				if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
					if (i > start) {
						fragments.add(new Span(start, i));
					}
					start = i + 1;
				}
			}
			if (part.end() > start) {
				fragments.add(new Span(start, part.end()));
			}
		}
		StringBuilder offsets = new StringBuilder();
		StringBuilder covered = new StringBuilder();
		for (Span f : fragments) {
			if (offsets.length() > 0) {
				offsets.append(';');
				covered.append(' ');
			}
			// brat counts Unicode code points, Java UTF-16 units: they differ after an emoji
			offsets.append(codePoints == null ? f.begin() : codePoints[f.begin()]).append(' ')
					.append(codePoints == null ? f.end() : codePoints[f.end()]);
			covered.append(text, f.begin(), f.end());
		}
		ann.append(id).append('\t').append(type).append(' ').append(offsets).append('\t').append(covered).append('\n');
		return id;
	}

	/** annotation.conf for every entity label seen, plus claims, their links and attributes. */
	public String configuration() {
		StringBuilder conf = new StringBuilder("[entities]\n");
		entityTypes.forEach(e -> conf.append(e).append('\n'));
		conf.append("Claim\nSource\nCue\nQuantity\n\n[relations]\n");
		conf.append("Source\tArg1:Claim, Arg2:Source\n");
		conf.append("Cue\tArg1:Claim, Arg2:Cue\n");
		conf.append("Quantity\tArg1:Claim, Arg2:Quantity\n\n[events]\n\n[attributes]\n");
		conf.append("Kind\tArg:Claim, Value:").append(values(ClaimKind.values())).append('\n');
		conf.append("Factuality\tArg:Claim, Value:").append(values(Factuality.values())).append('\n');
		return conf.toString();
	}

	private static String values(Enum<?>[] values) {
		StringBuilder b = new StringBuilder();
		for (Enum<?> v : values) {
			b.append(b.length() == 0 ? "" : "|").append(v.name());
		}
		return b.toString();
	}
}
