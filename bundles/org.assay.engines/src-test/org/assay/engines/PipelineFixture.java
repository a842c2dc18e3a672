package org.assay.engines;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;

/** Runs the real pipeline on a text and renders its output as readable strings for assertions. */
public final class PipelineFixture {

	private static AnalysisEngine engine;

	private PipelineFixture() {
	}

	public static synchronized JCas annotate(String text) {
		try {
			if (engine == null) {
				engine = AssayPipeline.create();
			}
			JCas jcas = engine.newJCas();
			jcas.setDocumentText(text);
			engine.process(jcas);
			return jcas;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** "PERSON(William Ruto)" for every entity, in text order. */
	public static List<String> entities(JCas jcas) {
		return jcas.select(Entity.class).map(e -> e.getLabel() + "(" + e.getCoveredText() + ")").collect(Collectors.toList());
	}

	/** "KIND FACTUALITY [source] <cue> {content} q=[low, high]" for every claim. */
	public static List<String> claims(JCas jcas) {
		return jcas.select(Claim.class).map(PipelineFixture::render).collect(Collectors.toList());
	}

	public static String render(Claim c) {
		Quantity q = c.getQuantity();
		return c.getKind() + " " + c.getFactuality() + " [" + (c.getSource() == null ? "" : c.getSource().getCoveredText())
				+ "] <" + (c.getCue() == null ? "" : c.getCue().getCoveredText()) + "> {" + c.getCoveredText() + "}"
				+ (q == null ? "" : " q=" + new org.assay.engines.quantity.Interval(q.getLow(), q.getHigh(), q.getApproximate()) + " " + q.getMeasure());
	}
}
