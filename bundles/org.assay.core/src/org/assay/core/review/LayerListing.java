package org.assay.core.review;

import java.util.Locale;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;

/**
 * A layer as lines of text, one per entity and claim in text order, for comparing two layers
 * line by line (two annotators, an annotator and the curated layer, a layer and its version on
 * disk): what a person decides on, and nothing that differs without meaning (origins, times).
 * <pre>
 * [    17,    29] ACCEPTED  PERSON         "Amina Diallo"
 * [    40,    95] SUGGESTED CLAIM DIRECT_QUOTE ASSERTED source [0,12] "Police" cue [13,17] "said" "..."
 * </pre>
 */
public final class LayerListing {

	private LayerListing() {
	}

	/** The listing of {@code jcas}: a line per entity and claim, each ending with a line break. */
	public static String of(JCas jcas) {
		StringBuilder out = new StringBuilder();
		for (Reviewable r : ReviewNavigator.reviewables(jcas)) {
			// the status early in the line: it is what differs most, and compare panes are narrow
			out.append(String.format(Locale.ROOT, "[%6d,%6d] %-9s ", r.getBegin(), r.getEnd(), r.getStatus()));
			if (r instanceof Entity e) {
				out.append(String.format(Locale.ROOT, "%-14s %s", e.getLabel(), quoted(r)));
			} else if (r instanceof Claim c) {
				out.append(String.format(Locale.ROOT, "CLAIM %s %s", c.getKind(), c.getFactuality()));
				part(out, "source", c.getSource());
				part(out, "cue", c.getCue());
				Quantity q = c.getQuantity();
				if (q != null) {
					out.append(" quantity ").append(span(q)).append(' ').append(quoted(q));
				}
				out.append(' ').append(quoted(r));
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static void part(StringBuilder out, String name, Annotation a) {
		if (a != null) {
			out.append(' ').append(name).append(' ').append(span(a)).append(' ').append(quoted(a));
		}
	}

	private static String span(Annotation a) {
		return "[" + a.getBegin() + "," + a.getEnd() + "]";
	}

	/** The covered text on one line, quoted, shortened in the middle when long. */
	private static String quoted(Annotation a) {
		String t = a.getCoveredText().replaceAll("\\s+", " ");
		if (t.length() > 60) {
			t = t.substring(0, 28) + " ... " + t.substring(t.length() - 27);
		}
		return "\"" + t + "\"";
	}
}
