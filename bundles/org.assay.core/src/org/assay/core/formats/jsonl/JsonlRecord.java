package org.assay.core.formats.jsonl;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;
import org.assay.type.Source;
import org.assay.type.Suggested;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;
import org.assay.types.ReviewStatus;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of a JSON Lines import read into a layer, every field checked as it is read:
 * offsets inside the text and in order, known statuses, kinds and factualities, a figure's
 * bounds numbers or null, a claim's fragments inside its content.
 */
final class JsonlRecord {

	private JsonlRecord() {
	}

	/**
	 * Reads {@code doc} into the empty {@code jcas}.
	 *
	 * @return the record's id, as it spells it
	 * @throws IllegalArgumentException saying what is wrong with the record
	 */
	static String read(JsonNode doc, JCas jcas) {
		if (doc == null || !doc.isObject()) {
			throw new IllegalArgumentException("is not a JSON object");
		}
		String text = text(doc, "text");
		String bad = LayerCheck.textProblem(text);
		if (bad != null) {
			throw new IllegalArgumentException("the record " + bad);
		}
		String id = text(doc, "id");
		jcas.setDocumentText(text);
		for (JsonNode e : array(doc, "entities")) {
			Span at = span(e, text, "entity");
			Entity entity = new Entity(jcas, at.begin(), at.end());
			entity.setLabel(text(e, "label"));
			provenance(entity, e);
			entity.addToIndexes();
		}
		for (JsonNode c : array(doc, "claims")) {
			claim(c, jcas);
		}
		return id;
	}

	private static void claim(JsonNode c, JCas jcas) {
		String text = jcas.getDocumentText();
		Span content = span(c.get("content"), text, "claim content");
		Claim claim = new Claim(jcas, content.begin(), content.end());
		claim.setKind(LayerCheck.known(ClaimKind.class, text(c, "kind"), "kind"));
		claim.setFactuality(LayerCheck.known(Factuality.class, text(c, "factuality"), "factuality"));
		provenance(claim, c);
		JsonNode fragments = c.get("fragments");
		if (fragments != null && fragments.isArray() && fragments.size() > 1) {
			List<Span> parts = new ArrayList<>();
			int after = claim.getBegin();
			for (JsonNode f : fragments) {
				Span part = new Span(offset(f, "begin", text), offset(f, "end", text));
				if (part.begin() < after || part.end() < part.begin() || part.end() > claim.getEnd()) {
					throw new IllegalArgumentException("claim fragments must lie inside the content, in text order, without overlap");
				}
				parts.add(part);
				after = part.end();
			}
			ClaimParts.setContent(claim, parts);
		}
		if (present(c, "source")) {
			Span at = span(c.get("source"), text, "claim source");
			claim.setSource(part(claim, new Source(jcas, at.begin(), at.end())));
		}
		if (present(c, "cue")) {
			Span at = span(c.get("cue"), text, "claim cue");
			claim.setCue(part(claim, new Cue(jcas, at.begin(), at.end())));
		}
		if (present(c, "quantity")) {
			claim.setQuantity(part(claim, quantity(c.get("quantity"), jcas)));
		}
		claim.addToIndexes();
	}

	private static Quantity quantity(JsonNode q, JCas jcas) {
		Span at = span(q, jcas.getDocumentText(), "claim quantity");
		Quantity quantity = new Quantity(jcas, at.begin(), at.end());
		quantity.setLow(bound(q, "low", Double.NEGATIVE_INFINITY));
		quantity.setHigh(bound(q, "high", Double.POSITIVE_INFINITY));
		if (quantity.getLow() > quantity.getHigh()) {
			throw new IllegalArgumentException("claim quantity: \"low\" " + quantity.getLow() + " exceeds \"high\" " + quantity.getHigh());
		}
		quantity.setApproximate(q.path("approximate").asBoolean());
		quantity.setMeasure(q.path("measure").asText(""));
		quantity.setUnit(q.path("unit").asText(""));
		return quantity;
	}

	private static boolean present(JsonNode n, String field) {
		JsonNode v = n.get(field);
		return v != null && !v.isNull();
	}

	/** A part of a claim: decided as the claim was, and in the indexes. */
	private static <R extends Reviewable> R part(Claim claim, R part) {
		part.setStatus(claim.getStatus());
		part.setOrigin(claim.getOrigin());
		part.setConfidence(claim.getConfidence());
		part.addToIndexes();
		return part;
	}

	/** A span of a record: both offsets inside the text, the end not before the begin. */
	private static Span span(JsonNode n, String text, String what) {
		if (n == null || !n.isObject()) {
			throw new IllegalArgumentException(what + ": missing or not an object with \"begin\" and \"end\"");
		}
		int begin = offset(n, "begin", text);
		int end = offset(n, "end", text);
		if (end < begin) {
			throw new IllegalArgumentException(what + ": \"end\" " + end + " is before \"begin\" " + begin);
		}
		return new Span(begin, end);
	}

	/** A bound of a figure: a number, or null for an open end; never missing. */
	private static double bound(JsonNode q, String field, double open) {
		JsonNode v = q.get(field);
		if (v == null) {
			throw new IllegalArgumentException("claim quantity lacks \"" + field + "\" (a number, or null for no bound)");
		}
		if (v.isNull()) {
			return open;
		}
		if (!v.isNumber()) {
			throw new IllegalArgumentException("claim quantity: \"" + field + "\" is not a number");
		}
		return v.asDouble();
	}

	private static void provenance(Reviewable r, JsonNode n) {
		r.setStatus(LayerCheck.known(ReviewStatus.class, text(n, "status"), "status"));
		r.setOrigin(n.path("origin").isNull() ? null : n.path("origin").asText(null));
		r.setConfidence(n.path("confidence").asDouble(1.0));
		JsonNode s = n.get("suggested");
		if (s != null && s.isObject()) {
			Span at = span(s, r.getCAS().getDocumentText(), "suggested");
			Suggested suggested = new Suggested(r.getJCas(), at.begin(), at.end());
			suggested.setLabel(s.path("label").isTextual() ? s.get("label").asText() : null);
			suggested.setOrigin(s.path("origin").isTextual() ? s.get("origin").asText() : null);
			suggested.setConfidence(s.path("confidence").asDouble(0));
			r.setSuggested(suggested);
		}
		if (n.path("decidedBy").isTextual()) {
			r.setDecidedBy(n.get("decidedBy").asText());
			r.setChangedAt(n.path("decidedAt").isTextual() ? n.get("decidedAt").asText() : r.getChangedAt());
		}
	}

	private static String text(JsonNode n, String field) {
		JsonNode v = n == null ? null : n.get(field);
		if (v == null || !v.isTextual()) {
			throw new IllegalArgumentException("missing or non-text field \"" + field + "\"");
		}
		return v.asText();
	}

	private static Iterable<JsonNode> array(JsonNode n, String field) {
		JsonNode v = n.get(field);
		if (v == null || v.isNull()) {
			return List.of();
		}
		if (!v.isArray()) {
			throw new IllegalArgumentException("\"" + field + "\" is not an array");
		}
		return v;
	}

	private static int offset(JsonNode n, String field, String text) {
		JsonNode v = n == null ? null : n.get(field);
		if (v == null || !v.canConvertToInt()) {
			throw new IllegalArgumentException("missing offset \"" + field + "\"");
		}
		int o = v.asInt();
		if (o < 0 || o > text.length()) {
			throw new IllegalArgumentException("offset " + field + "=" + o + " is outside the text (length " + text.length() + ")");
		}
		return o;
	}
}
