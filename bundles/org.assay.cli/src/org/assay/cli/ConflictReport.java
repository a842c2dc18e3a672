package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.assay.core.Abbreviation;
import org.assay.core.conflicts.ClaimGroup;
import org.assay.core.conflicts.ClaimRef;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Prints conflict groups for people (aligned text) or programs (JSON). */
final class ConflictReport {

	private final List<ClaimGroup> groups;

	ConflictReport(List<ClaimGroup> groups) {
		this.groups = groups;
	}

	void writeText(PrintWriter out) {
		if (groups.isEmpty()) {
			out.println("No claims about the same thing in more than one document.");
			return;
		}
		for (ClaimGroup g : groups) {
			long docs = g.claims().stream().map(ClaimRef::documentId).distinct().count();
			out.printf(Locale.ROOT, "%s  %s  (%d claims in %d documents)%n", g.isConflict() ? "CONFLICT  " : "consistent",
					g.subject(), g.claims().size(), docs);
			for (int i = 0; i < g.claims().size(); i++) {
				ClaimRef c = g.claims().get(i);
				out.printf(Locale.ROOT, "  [%d] %-28s %-16s %-10s %-34s \"%s\"%n", i + 1, c.documentId() + "@" + c.begin(),
						g.kind() == ClaimGroup.Kind.COUNT ? c.interval("inf") : "", c.factuality(),
						abbreviate(c.source().isEmpty() ? "(unattributed)" : c.source(), 34), abbreviate(c.content(), 90));
			}
			for (ClaimGroup.Conflict p : g.conflicts()) {
				out.printf(Locale.ROOT, "      [%d] contradicts [%d]: %s%n", p.first() + 1, p.second() + 1, p.reason().describe());
			}
			out.println();
		}
	}

	void writeJson(PrintWriter out) {
		try {
			JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeArrayFieldStart("groups");
			for (ClaimGroup g : groups) {
				json.writeStartObject();
				json.writeStringField("kind", g.kind().name());
				json.writeStringField("subject", g.subject());
				json.writeBooleanField("conflict", g.isConflict());
				json.writeArrayFieldStart("claims");
				for (ClaimRef c : g.claims()) {
					json.writeStartObject();
					json.writeStringField("document", c.documentId());
					json.writeNumberField("begin", c.begin());
					json.writeNumberField("end", c.end());
					json.writeStringField("content", c.content());
					if (c.source().isEmpty()) {
						json.writeNullField("source");
					} else {
						json.writeStringField("source", c.source());
					}
					json.writeStringField("factuality", c.factuality());
					if (g.kind() == ClaimGroup.Kind.COUNT) {
						bound(json, "low", c.low());
						bound(json, "high", c.high());
					}
					json.writeStringField("value", c.value());
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeArrayFieldStart("conflicts");
				for (ClaimGroup.Conflict p : g.conflicts()) {
					json.writeStartObject();
					json.writeNumberField("first", p.first());
					json.writeNumberField("second", p.second());
					json.writeStringField("reason", p.reason().name());
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
			json.flush();
			out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void bound(JsonGenerator json, String field, double v) throws IOException {
		if (Double.isInfinite(v) || Double.isNaN(v)) {
			json.writeNullField(field);
		} else {
			json.writeNumberField(field, v == Math.rint(v) ? (long) v : v);
		}
	}

	private static String abbreviate(String s, int max) {
		return Abbreviation.of(s.replace('\n', ' '), max);
	}
}
