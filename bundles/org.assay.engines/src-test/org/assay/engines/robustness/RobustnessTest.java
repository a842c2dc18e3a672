package org.assay.engines.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.engines.AssayPipeline;
import org.assay.engines.DocumentAnnotator;
import org.assay.engines.EngineFixture;
import org.assay.engines.PipelineFixture;
import org.assay.engines.pipeline.PipelineStep;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every engine of the pipeline over thousands of generated and mutated texts and expects
 * no exception from any of them. {@code -Drobustness.count=N} runs more (the default keeps CI
 * fast); {@code -Drobustness.seed=S} another sequence.
 */
class RobustnessTest {

	private static final int COUNT = Integer.getInteger("robustness.count", 10_000);
	private static final long SEED = Long.getLong("robustness.seed", 20261130L);

	/** The pipeline step by step, as annotate runs it: an engine that fails is reported, not thrown. */
	private static DocumentAnnotator annotator;

	@BeforeAll
	static void startThePipeline() throws ResourceInitializationException {
		annotator = new DocumentAnnotator(AssayPipeline.steps());
	}

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
	void thatTheLargestDocumentGetsEntitiesAndClaimsToItsEnd() throws Exception {
		StringBuilder big = new StringBuilder();
		TortureTexts texts = new TortureTexts(SEED + 1, Path.of("../../releng/demo/articles"));
		while (big.length() < 1_000_000) {
			big.append(texts.next()).append("\n\n");
		}
		assertThat(annotator.annotate("big.txt", big.toString())).isEmpty();
		JCas jcas = annotator.jcas();
		int lastTenth = big.length() * 9 / 10; // every engine went through to the end, none gave up on the length
		assertThat(jcas.select(Entity.class).filter(e -> e.getBegin() >= lastTenth).map(Entity::getLabel).distinct().toList())
				.contains("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY");
		assertThat(jcas.select(Claim.class).filter(c -> c.getBegin() >= lastTenth && c.getSource() != null).count()).isPositive();
		assertThat(jcas.select(Quantity.class).filter(q -> q.getBegin() >= lastTenth).count()).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "A", "\"", "5", "\n", " ", "\uD83D\uDE00" })
	void thatTheSmallestDocumentsAreAnnotatedAsTheirOneTokenOrNothing(String text) throws Exception {
		assertThat(annotator.annotate("small.txt", text)).isEmpty();
		JCas jcas = annotator.jcas();
		assertThat(jcas.getDocumentText()).isEqualTo(text);
		assertThat(jcas.select(Token.class).map(Token::getCoveredText).toList())
				.isEqualTo(text.isBlank() ? List.of() : List.of(text));
		assertThat(jcas.select(Annotation.class).filter(a -> a.getEnd() > text.length()).toList()).isEmpty();
	}

	@Test
	void thatASingleFigureIsAQuantity() throws Exception {
		assertThat(annotator.annotate("small.txt", "5")).isEmpty();
		assertThat(EngineFixture.quantities(annotator.jcas())).containsExactly("[  0,  1]5..5 (5)");
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
