package org.assay.engines.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.assay.engines.AssayPipeline;
import org.assay.engines.EngineFixture;
import org.assay.engines.PipelineFixture;
import org.assay.engines.pipeline.PipelineStep;
import org.junit.jupiter.api.Test;

/**
 * Runs every engine of the pipeline over thousands of generated and mutated texts and expects
 * no exception from any of them. {@code -Drobustness.count=N} runs more (the default keeps CI
 * fast); {@code -Drobustness.seed=S} another sequence.
 */
class RobustnessTest {

	private static final int COUNT = Integer.getInteger("robustness.count", 10_000);
	private static final long SEED = Long.getLong("robustness.seed", 20261130L);

	@Test
	void thatNoGeneratedOrMutatedTextMakesAnEngineFail() throws Exception {
		List<PipelineStep> steps = AssayPipeline.steps();
		JCas jcas = steps.get(0).engine().newJCas();
		TortureTexts texts = new TortureTexts(SEED, Path.of("../../releng/demo/articles"), Path.of("heldout"));
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String text = texts.next();
			jcas.reset();
			jcas.setDocumentText(text);
			for (PipelineStep step : steps) {
				try {
					step.engine().process(jcas);
				} catch (Exception | StackOverflowError e) {
					failures.add("text " + i + " (seed " + SEED + "), " + step.name() + ": " + rootCause(e) + "\n    "
							+ text.substring(0, Math.min(text.length(), 160)).replace("\n", "\\n"));
					break;
				}
			}
		}
		assertThat(failures).as(COUNT + " texts, %d failures", failures.size()).isEmpty();
	}

	@Test
	void thatTheLargestAndSmallestDocumentsAreAnnotated() throws Exception {
		StringBuilder big = new StringBuilder();
		TortureTexts texts = new TortureTexts(SEED + 1, Path.of("../../releng/demo/articles"));
		while (big.length() < 1_000_000) {
			big.append(texts.next()).append("\n\n");
		}
		for (String text : List.of(big.toString(), "A", "\"", "5", "\n", " ", "\uD83D\uDE00")) {
			JCas jcas = EngineFixture.tokens("");
			jcas.reset();
			jcas.setDocumentText(text);
			AnalysisEngine pipeline = AssayPipeline.create();
			pipeline.process(jcas);
			assertThat(jcas.getDocumentText()).hasSize(text.length());
		}
	}

	@Test
	void thatTheTwoReportedArticlesKeepTheirClaimsAndFigures() {
		JCas town = PipelineFixture.annotate("The 90-minute town hall was tense, officials said.");
		assertThat(EngineFixture.claims(town)).containsExactly(
				"[  0, 33]INDIRECT ASSERTED(The 90-minute town hall was tense) source[ 35, 44](officials) cue[ 45, 49](said) quantity[  4,  6]");
		assertThat(EngineFixture.quantities(town)).containsExactly("[  4,  6]90..90 town/minute(90)");
		JCas donors = PipelineFixture.annotate("Donors made seven-figure commitments, he said.");
		assertThat(EngineFixture.claims(donors)).containsExactly(
				"[  0, 36]INDIRECT ASSERTED(Donors made seven-figure commitments) source[ 38, 40](he) cue[ 41, 45](said) quantity[ 12, 17]");
	}

	private static String rootCause(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		StackTraceElement at = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
		return t + (at == null ? "" : " at " + at);
	}
}
