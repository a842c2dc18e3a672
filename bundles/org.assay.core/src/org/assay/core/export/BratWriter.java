package org.assay.core.export;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.core.review.ClaimParts;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;

/**
 * brat standoff: a T line per entity and per claim part (content as "Claim", "Source", "Cue"),
 * R lines linking a claim to its source and cue, A lines for kind and factuality. Spans that
 * cross a line break become brat fragments. {@link #configuration} is the collection's
 * annotation.conf.
 */
public final class BratWriter {

	private final StatusFilter filter;
	private final Set<String> entityTypes = new LinkedHashSet<>();

	/** A writer keeping the annotations {@code filter} keeps. */
	public BratWriter(StatusFilter filter) {
		this.filter = filter;
	}

	/** The .ann text of one document. */
	public String annotations(JCas jcas) {
		String text = jcas.getDocumentText();
		StringBuilder ann = new StringBuilder();
		Map<Annotation, String> ids = new IdentityHashMap<>();
		int[] t = { 0 };
		int r = 0;
		int a = 0;
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
			ann.append('A').append(++a).append("\tKind ").append(claim).append(' ').append(c.getKind()).append('\n');
			ann.append('A').append(++a).append("\tFactuality ").append(claim).append(' ').append(c.getFactuality()).append('\n');
		}
		return ann.toString();
	}

	private static String span(StringBuilder ann, int[] counter, String type, Annotation a, String text) {
		return span(ann, counter, type, List.of(new Span(a.getBegin(), a.getEnd())), text);
	}

	/** A T line for {@code parts}, each cut at line breaks (brat fragments never span one). */
	private static String span(StringBuilder ann, int[] counter, String type, List<Span> parts, String text) {
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
			offsets.append(f.begin()).append(' ').append(f.end());
			covered.append(text, f.begin(), f.end());
		}
		ann.append(id).append('\t').append(type).append(' ').append(offsets).append('\t').append(covered).append('\n');
		return id;
	}

	/** annotation.conf for every entity label seen, plus claims, their links and attributes. */
	public String configuration() {
		StringBuilder conf = new StringBuilder("[entities]\n");
		entityTypes.forEach(e -> conf.append(e).append('\n'));
		conf.append("Claim\nSource\nCue\n\n[relations]\n");
		conf.append("Source\tArg1:Claim, Arg2:Source\n");
		conf.append("Cue\tArg1:Claim, Arg2:Cue\n\n[events]\n\n[attributes]\n");
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
