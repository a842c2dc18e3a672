package org.assay.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import never silently replaces a layer that holds someone's decisions, nor rewrites texts. */
class ImportSafetyTest {

	static final String TEXT = "Amina Diallo met the envoy in Lima on Monday.";
	static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

	@TempDir
	Path dir;
	Corpus corpus;
	Path export;

	@BeforeEach
	void setUp() throws Exception {
		corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		corpus.putText("a.txt", TEXT);
		// alice finished her review: two decisions
		JCas alice = AssayTypeSystem.newJCas();
		alice.setDocumentText(TEXT);
		entity(alice, "Amina Diallo", "PERSON", "ACCEPTED");
		entity(alice, "Lima", "LOCATION", "REJECTED");
		corpus.writeLayer("a.txt", "alice", alice, DocumentState.FINISHED);
		// bob has only suggestions so far
		JCas bob = AssayTypeSystem.newJCas();
		bob.setDocumentText(TEXT);
		entity(bob, "Lima", "LOCATION", "SUGGESTED");
		corpus.writeLayer("a.txt", "bob", bob, DocumentState.NEW);
		corpus.save();
		Files.setLastModifiedTime(corpus.textPath("a.txt"), LONG_AGO);
		export = dir.resolve("in.jsonl");
		Files.writeString(export, "{\"id\":\"a.txt\",\"text\":\"" + TEXT + "\",\"entities\":[{\"begin\":29,\"end\":33,\"label\":\"LOCATION\","
				+ "\"status\":\"SUGGESTED\",\"origin\":\"x\",\"confidence\":0.5}],\"claims\":[]}\n");
	}

	private static void entity(JCas jcas, String word, String label, String status) {
		Entity e = new Entity(jcas, TEXT.indexOf(word), TEXT.indexOf(word) + word.length());
		e.setLabel(label);
		e.setStatus(status);
		e.addToIndexes();
	}

	private ImportOperation.Result importInto(String layer, boolean replace) throws Exception {
		return new ImportOperation(corpus).layer(layer).from(export).replace(replace).execute(new NullProgressMonitor());
	}

	@Test
	void thatAFinishedLayerIsNotReplacedWithoutAnExplicitChoice() throws Exception {
		byte[] before = Files.readAllBytes(corpus.layerPath("a.txt", "alice"));
		ImportOperation.Result r = importInto("alice", false);
		assertThat(r.imported()).isZero();
		assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("in.jsonl", "line 1",
				"layer 'alice' holds 2 decisions, FINISHED", "--replace"));
		assertThat(Files.readAllBytes(corpus.layerPath("a.txt", "alice"))).isEqualTo(before);
		assertThat(Corpus.open(corpus.root()).state("a.txt", "alice")).isEqualTo(DocumentState.FINISHED);
		assertThat(Files.getLastModifiedTime(corpus.textPath("a.txt"))).isEqualTo(LONG_AGO);
	}

	@Test
	void thatReplacingKeepsABackupAndSaysWhere() throws Exception {
		byte[] before = Files.readAllBytes(corpus.layerPath("a.txt", "alice"));
		ImportOperation.Result r = importInto("alice", true);
		assertThat(r.imported()).isEqualTo(1);
		assertThat(r.backups()).singleElement().satisfies(b -> {
			assertThat(b).startsWith(corpus.root().resolve(ImportOperation.BACKUPS));
			assertThat(Files.readAllBytes(b)).isEqualTo(before);
		});
		JCas now = AssayTypeSystem.newJCas();
		corpus.readLayer("a.txt", "alice", now);
		assertThat(now.select(Entity.class).asList()).singleElement().satisfies(e -> assertThat(e.getStatus()).isEqualTo("SUGGESTED"));
	}

	@Test
	void thatALayerOfSuggestionsOnlyIsReplacedAndAnUnchangedTextIsNotRewritten() throws Exception {
		ImportOperation.Result r = importInto("bob", false);
		assertThat(r.failures()).isEmpty();
		assertThat(r.backups()).isEmpty();
		assertThat(r.imported()).isEqualTo(1);
		assertThat(Files.getLastModifiedTime(corpus.textPath("a.txt"))).isEqualTo(LONG_AGO);
	}

	@Test
	void thatATextDifferentFromTheCorpusTextIsRefused() throws Exception {
		Files.writeString(export, Files.readString(export).replace("Monday", "Sunday"));
		ImportOperation.Result r = importInto("carol", false);
		assertThat(r.imported()).isZero();
		assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("line 1", "text differs"));
		assertThat(corpus.text("a.txt")).isEqualTo(TEXT);
	}

	@Test
	void thatAFreshLayerNameReplacesNothing() throws Exception {
		assertThat(ImportOperation.freshLayer(corpus, "alice")).isEqualTo("alice-2");
		assertThat(ImportOperation.freshLayer(corpus, "import")).isEqualTo("import");
	}
}
