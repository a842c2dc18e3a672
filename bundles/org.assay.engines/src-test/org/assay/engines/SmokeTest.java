package org.assay.engines;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.junit.jupiter.api.Test;

class SmokeTest {
	@Test
	void dump() throws Exception {
		AnalysisEngine ae = AssayPipeline.create();
		for (java.nio.file.Path p : java.nio.file.Files.list(java.nio.file.Path.of("../../releng/demo/articles")).sorted().toList()) {
			JCas jcas = ae.newJCas();
			jcas.setDocumentText(java.nio.file.Files.readString(p));
			ae.process(jcas);
			System.out.println("=== " + p.getFileName());
			for (Entity e : jcas.select(Entity.class)) {
				System.out.println("E " + e.getBegin() + " " + e.getEnd() + " " + e.getLabel() + " " + e.getCoveredText() + (e.getAntecedent() != null ? " -> " + e.getAntecedent().getCoveredText() : ""));
			}
			for (Claim c : jcas.select(Claim.class)) {
				System.out.println("C " + c.getKind() + " " + c.getFactuality() + " SRC=[" + (c.getSource() == null ? "" : c.getSource().getCoveredText() + (c.getSource().getAntecedent() != null ? " -> " + c.getSource().getAntecedent().getCoveredText() : "")) + "] CUE=[" + (c.getCue() == null ? "" : c.getCue().getCoveredText()) + "] Q=" + (c.getQuantity() == null ? "" : c.getQuantity().getCoveredText() + "[" + c.getQuantity().getLow() + "," + c.getQuantity().getHigh() + "] " + c.getQuantity().getMeasure()) + " :: " + c.getCoveredText());
			}
		}
	}
}
