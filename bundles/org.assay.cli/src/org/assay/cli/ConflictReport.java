package org.assay.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

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

	void writeText(PrintStream out) {
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
						g.kind().equals("QUANTITY") ? c.interval("inf") : "", c.factuality(),
						abbreviate(c.source().isEmpty() ? "(unattributed)" : c.source(), 34), abbreviate(c.content(), 90));
			}
			for (int[] p : g.conflicts()) {
				out.printf(Locale.ROOT, "      [%d] contradicts [%d]%n", p[0] + 1, p[1] + 1);
			}
			out.println();
		}
	}

	void writeJson(PrintStream out) {
		try {
			JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeArrayFieldStart("groups");
			for (ClaimGroup g : groups) {
				json.writeStartObject();
				json.writeStringField("kind", g.kind());
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
					if (g.kind().equals("QUANTITY")) {
						bound(json, "low", c.low());
						bound(json, "high", c.high());
					}
					json.writeStringField("value", c.value());
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeArrayFieldStart("conflicts");
				for (int[] p : g.conflicts()) {
					json.writeStartArray();
					json.writeNumber(p[0]);
					json.writeNumber(p[1]);
					json.writeEndArray();
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
		String one = s.replace('\n', ' ');
		return one.length() <= max ? one : one.substring(0, max - 3) + "...";
	}
}
