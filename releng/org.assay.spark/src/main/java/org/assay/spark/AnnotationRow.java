package org.assay.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;

/** One annotation as a row of the Parquet output, for analytics (entities and claims). */
public final class AnnotationRow implements Serializable {

	private static final long serialVersionUID = 1L;

	private String document;
	private String type;
	private int begin;
	private int end;
	private String text;
	private String label;
	private String status;
	private String origin;
	private double confidence;
	private String source;
	private String cue;
	private String kind;
	private String factuality;
	private Double low;
	private Double high;

	public AnnotationRow() {
	}

	static List<AnnotationRow> of(String document, JCas jcas) {
		List<AnnotationRow> rows = new ArrayList<>();
		for (Entity e : jcas.select(Entity.class)) {
			AnnotationRow r = base(document, "ENTITY", e);
			r.label = e.getLabel();
			rows.add(r);
		}
		for (Claim c : jcas.select(Claim.class)) {
			AnnotationRow r = base(document, "CLAIM", c);
			r.source = c.getSource() == null ? null : c.getSource().getCoveredText();
			r.cue = c.getCue() == null ? null : c.getCue().getCoveredText();
			r.kind = c.getKind();
			r.factuality = c.getFactuality();
			if (c.getQuantity() != null) {
				r.low = Double.isInfinite(c.getQuantity().getLow()) ? null : c.getQuantity().getLow();
				r.high = Double.isInfinite(c.getQuantity().getHigh()) ? null : c.getQuantity().getHigh();
			}
			rows.add(r);
		}
		return rows;
	}

	private static AnnotationRow base(String document, String type, Reviewable a) {
		AnnotationRow r = new AnnotationRow();
		r.document = document;
		r.type = type;
		r.begin = a.getBegin();
		r.end = a.getEnd();
		r.text = a.getCoveredText();
		r.status = a.getStatus();
		r.origin = a.getOrigin();
		r.confidence = a.getConfidence();
		return r;
	}

	public String getDocument() { return document; }
	public void setDocument(String v) { document = v; }
	public String getType() { return type; }
	public void setType(String v) { type = v; }
	public int getBegin() { return begin; }
	public void setBegin(int v) { begin = v; }
	public int getEnd() { return end; }
	public void setEnd(int v) { end = v; }
	public String getText() { return text; }
	public void setText(String v) { text = v; }
	public String getLabel() { return label; }
	public void setLabel(String v) { label = v; }
	public String getStatus() { return status; }
	public void setStatus(String v) { status = v; }
	public String getOrigin() { return origin; }
	public void setOrigin(String v) { origin = v; }
	public double getConfidence() { return confidence; }
	public void setConfidence(double v) { confidence = v; }
	public String getSource() { return source; }
	public void setSource(String v) { source = v; }
	public String getCue() { return cue; }
	public void setCue(String v) { cue = v; }
	public String getKind() { return kind; }
	public void setKind(String v) { kind = v; }
	public String getFactuality() { return factuality; }
	public void setFactuality(String v) { factuality = v; }
	public Double getLow() { return low; }
	public void setLow(Double v) { low = v; }
	public Double getHigh() { return high; }
	public void setHigh(Double v) { high = v; }
}
