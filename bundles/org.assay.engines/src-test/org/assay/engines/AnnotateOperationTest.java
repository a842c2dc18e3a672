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
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
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

	private static List<AssayPipeline.Step> withFailingStep() throws org.apache.uima.resource.ResourceInitializationException {
		List<AssayPipeline.Step> steps = new ArrayList<>(AssayPipeline.steps());
		steps.add(2, new AssayPipeline.Step("failing-engine",
				AssayPipeline.create(createEngineDescription(Failing.class, AssayTypeSystem.description()))));
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
		long heap = AnnotateOperation.BASELINE_BYTES + 2 * 1_000 * AnnotateOperation.BYTES_PER_CHAR;
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
}
