package org.assay.engines;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.pipeline.EngineFactory;
import org.assay.engines.pipeline.PipelineStep;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateOperationTest {

	@TempDir
	Path dir;

	/** Adds an entity, then fails, on texts that mention "BOOM": a half-done engine. */
	public static class Failing extends JCasAnnotator_ImplBase {
		@Override
		public void process(JCas jcas) throws AnalysisEngineProcessException {
			if (jcas.getDocumentText().contains("BOOM")) {
				Entity e = new Entity(jcas, 0, 4);
				e.setLabel("HALF_DONE");
				e.addToIndexes();
				throw new IllegalStateException("index 3, length 3");
			}
		}
	}

	private static List<PipelineStep> withFailingStep() throws ResourceInitializationException {
		List<PipelineStep> steps = new ArrayList<>(AssayPipeline.steps());
		steps.add(2, new PipelineStep("failing-engine",
				EngineFactory.create(createEngineDescription(Failing.class, AssayTypeSystem.description()))));
		return steps;
	}

	@Test
	void thatAnEngineFailingOnOneDocumentCostsItOnlyThatEnginesOutput() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("bad.txt"), "BOOM. Police in Lima said 12 people were arrested on Monday.");
		Files.writeString(in.resolve("good.txt"), "Police in Quito said 40 people were arrested on Friday.");
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		AnnotateOperation.Result r = new AnnotateOperation(in, corpus).pipeline(AnnotateOperationTest::withFailingStep)
				.execute(new NullProgressMonitor());

		assertThat(r.annotated()).isEqualTo(2);
		assertThat(r.failures()).singleElement().satisfies(f -> {
			assertThat(f.file().getFileName().toString()).isEqualTo("bad.txt");
			assertThat(f.problem()).startsWith("engine failing-engine failed (IllegalStateException: index 3, length 3); "
					+ "saved with the other engines' output; details in ");
		});
		CorpusException failure = r.failures().get(0);
		Path log = Path.of(failure.problem().substring(failure.problem().indexOf("details in ") + "details in ".length()));
		assertThat(log).startsWith(corpus.root().resolve(Corpus.LOGS));
		assertThat(Files.readString(log)).contains("bad.txt", "failing-engine", "java.lang.IllegalStateException: index 3, length 3",
				"at org.assay.engines.AnnotateOperationTest$Failing.process");

		JCas bad = AssayTypeSystem.newJCas();
		corpus.readLayer("bad.txt", Corpus.ENGINE_LAYER, bad);
		assertThat(bad.select(Entity.class).map(Entity::getLabel).toList()).doesNotContain("HALF_DONE")
				.contains("LOCATION", "QUANTITY", "DATE");
		assertThat(bad.select(Claim.class).asList()).isNotEmpty();
	}

	@Test
	void thatATextTooLongForTheHeapIsReportedAtOnceAndTheOthersAreAnnotated() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("long.txt"), "Police in Lima said 12 people were arrested on Monday. ".repeat(40));
		Files.writeString(in.resolve("short.txt"), "Police in Quito said 40 people were arrested on Friday.");
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		// a heap that holds the engines and 1,000 characters of text per thread
		long heap = MemoryBudget.BASELINE_BYTES + 2 * 1_000 * MemoryBudget.BYTES_PER_CHAR;
		AnnotateOperation.Result r = new AnnotateOperation(in, corpus).threads(2).heap(heap).execute(new NullProgressMonitor());
		assertThat(r.annotated()).isEqualTo(1);
		assertThat(r.failures()).singleElement().satisfies(f -> {
			assertThat(f.file().getFileName().toString()).isEqualTo("long.txt");
			assertThat(f.problem()).startsWith("is too long to annotate in the memory given to Assay (2200 characters; at most 1000 with a 256 MB"
					+ " heap and 2 thread(s)); split it");
		});
		assertThat(corpus.documentIds()).containsExactly("short.txt");
	}

	@Test
	void thatASymbolicLinkInTheInputIsReportedNotFollowed() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash");
		Files.createSymbolicLink(in.resolve("passwd.txt"), secret);
		Files.writeString(in.resolve("news.txt"), "Police in Quito said 40 people were arrested on Friday.");
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		AnnotateOperation.Result r = new AnnotateOperation(in, corpus).execute(new NullProgressMonitor());
		assertThat(r.annotated()).isEqualTo(1);
		assertThat(corpus.documentIds()).containsExactly("news.txt");
		assertThat(r.failures()).singleElement().satisfies(f -> {
			assertThat(f.file().getFileName().toString()).isEqualTo("passwd.txt");
			assertThat(f.problem()).startsWith("is a symbolic link; not followed");
		});
	}

	@Test
	void thatNewsPagesSavedAsHtmlAreAnnotatedAsTheirArticleAndKeptAndPagesWithoutOneAreReported() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in/site"));
		String page = """
				<html><head><title>Arrests in Lima | The Andes Times</title></head><body>
				<nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>
				<article><h1>Police arrest 12 in Lima</h1>
				<p>LIMA (Reuters) - Police in Lima said 12 people were arrested on Monday after protests against the new mining law.</p>
				<div class="related"><a href="/x">Chile copper strike enters its third week as talks fail</a></div>
				<p>"We will not stop," said Rosa Quispe, a spokeswoman for the farmers' federation, who put the number of protesters at 5,000.</p>
				<p>The interior ministry said the detainees would appear before a judge on Wednesday.</p>
				</article><footer>Copyright The Andes Times, all rights reserved, terms and conditions apply</footer></body></html>
				""";
		Files.writeString(in.resolve("arrests.html"), page);
		Files.writeString(in.resolve("index.htm"), "<html><body><ul><li><a href=\"/a\">Story one</a></li><li><a href=\"/b\">Story two</a></li></ul></body></html>");
		Files.writeString(in.resolve("twice.html"), page);
		Files.writeString(in.resolve("twice.txt"), "Police in Quito said 40 people were arrested on Friday.");
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		AnnotateOperation.Result r = new AnnotateOperation(dir.resolve("in"), corpus).execute(new NullProgressMonitor());

		assertThat(r.annotated()).isEqualTo(2);
		assertThat(r.failures()).extracting(CorpusException::getMessage).containsExactlyInAnyOrder(
				in.resolve("index.htm") + ": holds no recognisable article (less than 250 characters of prose outside navigation, link lists"
						+ " and page furniture); not annotated",
				in.resolve("twice.html") + ": would be document site/twice.txt, as is the .txt file beside it; not annotated (rename one of them)");
		assertThat(corpus.documentIds()).containsExactly("site/arrests.txt", "site/twice.txt");
		assertThat(corpus.text("site/arrests.txt")).isEqualTo("Police arrest 12 in Lima\n\nLIMA (Reuters) - Police in Lima said 12 people were"
				+ " arrested on Monday after protests against the new mining law.\n\n\"We will not stop,\" said Rosa Quispe, a spokeswoman for"
				+ " the farmers' federation, who put the number of protesters at 5,000.\n\nThe interior ministry said the detainees would appear"
				+ " before a judge on Wednesday.\n");
		assertThat(Files.readString(corpus.root().resolve("originals/site/arrests.html"))).isEqualTo(page);
		JCas layer = AssayTypeSystem.newJCas();
		corpus.readLayer("site/arrests.txt", Corpus.ENGINE_LAYER, layer);
		assertThat(layer.select(Entity.class).map(Entity::getCoveredText).toList()).contains("Lima").doesNotContain("Chile");
		assertThat(layer.select(Claim.class).asList()).isNotEmpty();
	}
}
