package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.core.agreement.AgreementFigures;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Prints agreement figures as aligned text (the corpus table, then one line per document) or JSON. */
final class AgreementReport {

	private final List<AgreementFigures> documents;
	private final AgreementFigures corpus;

	AgreementReport(List<AgreementFigures> documents, AgreementFigures corpus) {
		this.documents = documents;
		this.corpus = corpus;
	}

	void writeText(PrintWriter out) {
		out.printf(Locale.ROOT, "Agreement on entities between %s: %d document(s), %d tokens%n",
				String.join(", ", corpus.annotators()), documents.size(), corpus.tokens());
		out.printf(Locale.ROOT, "%-16s %-28s %9s %9s %11s%n", "", "Cohen's kappa (pairs)", "Fleiss", "Kripp. a", "unitizing a");
		out.printf(Locale.ROOT, "%-16s %-28s %9s %9s %11s%n", "all labels", pairs(corpus.cohen()), f(corpus.fleiss()),
				f(corpus.alpha()), f(corpus.unitizingAlpha()));
		corpus.perLabel().forEach((label, l) -> out.printf(Locale.ROOT, "%-16s %-28s %9s %9s %11s%n", label,
				pairs(l.cohen()), f(l.fleiss()), f(l.alpha()), f(l.unitizingAlpha())));
		out.println();
		out.println("Per document (all labels):");
		for (AgreementFigures d : documents) {
			out.printf(Locale.ROOT, "  %-32s %5d tokens  %-28s %9s %9s %11s%n", d.scope(), d.tokens(), pairs(d.cohen()),
					f(d.fleiss()), f(d.alpha()), f(d.unitizingAlpha()));
		}
	}

	void writeJson(PrintWriter out) {
		try {
			JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeFieldName("corpus");
			figures(json, corpus);
			json.writeArrayFieldStart("documents");
			for (AgreementFigures d : documents) {
				figures(json, d);
			}
			json.writeEndArray();
			json.writeEndObject();
			json.flush();
			out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void figures(JsonGenerator json, AgreementFigures f) throws IOException {
		json.writeStartObject();
		json.writeStringField("scope", f.scope());
		json.writeArrayFieldStart("annotators");
		for (String a : f.annotators()) {
			json.writeString(a);
		}
		json.writeEndArray();
		json.writeNumberField("tokens", f.tokens());
		values(json, f.cohen(), f.fleiss(), f.alpha(), f.unitizingAlpha());
		json.writeObjectFieldStart("labels");
		for (Map.Entry<String, AgreementFigures.LabelFigures> e : f.perLabel().entrySet()) {
			json.writeObjectFieldStart(e.getKey());
			AgreementFigures.LabelFigures l = e.getValue();
			values(json, l.cohen(), l.fleiss(), l.alpha(), l.unitizingAlpha());
			json.writeEndObject();
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void values(JsonGenerator json, Map<String, Double> cohen, double fleiss, double alpha,
			double unitizing) throws IOException {
		json.writeObjectFieldStart("cohenKappa");
		for (Map.Entry<String, Double> e : cohen.entrySet()) {
			number(json, e.getKey(), e.getValue());
		}
		json.writeEndObject();
		number(json, "fleissKappa", fleiss);
		number(json, "krippendorffAlpha", alpha);
		number(json, "unitizingAlpha", unitizing);
	}

	private static void number(JsonGenerator json, String field, double v) throws IOException {
		if (Double.isNaN(v) || Double.isInfinite(v)) {
			json.writeNullField(field);
		} else {
			json.writeNumberField(field, v);
		}
	}

	private static String pairs(Map<String, Double> cohen) {
		StringBuilder b = new StringBuilder();
		cohen.forEach((pair, v) -> b.append(b.length() == 0 ? "" : " ").append(pair.replace('|', '-')).append(' ').append(f(v)));
		return b.toString();
	}

	private static String f(double v) {
		return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
	}
}
