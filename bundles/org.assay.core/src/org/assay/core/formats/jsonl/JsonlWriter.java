package org.assay.core.formats.jsonl;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
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
import org.assay.type.Suggested;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes one document per line: {@code {"id", "text", "entities": [...], "claims": [...]}}; a
 * claim's {@code "fragments"} list the parts of its content (one, or several for a quote split
 * around its cue). A decided annotation that was suggested carries {@code "suggested"} (span,
 * label, origin and confidence as suggested) and {@code "decidedBy"}/{@code "decidedAt"}.
 * Offsets are UTF-16 code units of "text" (Java string offsets); unbounded interval ends are null.
 */
public final class JsonlWriter implements AutoCloseable {

	private static final JsonFactory FACTORY = new JsonFactory();

	private final JsonGenerator json;
	private final StatusFilter filter;

	/** The export of a corpus as one JSON Lines file, written atomically. */
	public static ExportWriter toFile(StatusFilter filter) {
		return (documents, file) -> AtomicFileWriter.write(file, stream -> {
			try (JsonlWriter writer = new JsonlWriter(new BufferedOutputStream(stream), filter)) {
				for (ExportDocuments.Document d : documents.readable()) {
					writer.write(d.id(), d.jcas());
				}
			}
		});
	}

	/** Writes documents to {@code out}, keeping the annotations {@code filter} keeps. */
	public JsonlWriter(OutputStream out, StatusFilter filter) throws IOException {
		this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
		this.json.setRootValueSeparator(null);
		this.filter = filter;
	}

	/** Writes one document as one line. */
	public void write(String id, JCas jcas) throws IOException {
		String text = jcas.getDocumentText();
		json.writeStartObject();
		json.writeStringField("id", id);
		json.writeStringField("text", jcas.getDocumentText());
		json.writeArrayFieldStart("entities");
		for (Entity e : jcas.select(Entity.class)) {
			if (!filter.keeps(e)) {
				continue;
			}
			json.writeStartObject();
			json.writeNumberField("begin", e.getBegin());
			json.writeNumberField("end", e.getEnd());
			json.writeStringField("label", e.getLabel());
			json.writeStringField("text", e.getCoveredText());
			provenance(e);
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("claims");
		for (Claim c : jcas.select(Claim.class)) {
			if (!filter.keeps(c)) {
				continue;
			}
			json.writeStartObject();
			span("content", c);
			json.writeArrayFieldStart("fragments");
			for (Span f : ClaimParts.content(c)) {
				json.writeStartObject();
				json.writeNumberField("begin", f.begin());
				json.writeNumberField("end", f.end());
				json.writeStringField("text", f.of(text));
				json.writeEndObject();
			}
			json.writeEndArray();
			span("source", filter.keeps(c.getSource()) ? c.getSource() : null);
			span("cue", filter.keeps(c.getCue()) ? c.getCue() : null);
			json.writeStringField("kind", c.getKind());
			json.writeStringField("factuality", c.getFactuality());
			Quantity q = c.getQuantity();
			if (q != null && filter.keeps(q)) {
				json.writeObjectFieldStart("quantity");
				json.writeNumberField("begin", q.getBegin());
				json.writeNumberField("end", q.getEnd());
				bound("low", q.getLow());
				bound("high", q.getHigh());
				json.writeBooleanField("approximate", q.getApproximate());
				json.writeStringField("measure", q.getMeasure());
				json.writeStringField("unit", q.getUnit());
				json.writeStringField("text", q.getCoveredText());
				json.writeEndObject();
			} else {
				json.writeNullField("quantity");
			}
			provenance(c);
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeRaw('\n');
	}

	private void span(String field, Annotation a) throws IOException {
		if (a == null) {
			json.writeNullField(field);
			return;
		}
		json.writeObjectFieldStart(field);
		json.writeNumberField("begin", a.getBegin());
		json.writeNumberField("end", a.getEnd());
		json.writeStringField("text", a.getCoveredText());
		json.writeEndObject();
	}

	private void bound(String field, double v) throws IOException {
		if (Double.isInfinite(v) || Double.isNaN(v)) {
			json.writeNullField(field);
		} else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			json.writeNumberField(field, (long) v);
		} else {
			json.writeNumberField(field, v);
		}
	}

	private void provenance(Reviewable r) throws IOException {
		json.writeStringField("status", r.getStatus());
		json.writeStringField("origin", r.getOrigin());
		json.writeNumberField("confidence", r.getConfidence());
		Suggested s = r.getSuggested();
		if (s != null) {
			json.writeObjectFieldStart("suggested");
			json.writeNumberField("begin", s.getBegin());
			json.writeNumberField("end", s.getEnd());
			if (s.getLabel() != null) {
				json.writeStringField("label", s.getLabel());
			}
			json.writeStringField("origin", s.getOrigin());
			json.writeNumberField("confidence", s.getConfidence());
			json.writeEndObject();
		}
		if (r.getDecidedBy() != null) {
			json.writeStringField("decidedBy", r.getDecidedBy());
			json.writeStringField("decidedAt", r.getChangedAt());
		}
	}

	@Override
	public void close() throws IOException {
		json.close();
	}
}
