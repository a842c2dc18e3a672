package org.assay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

	@TempDir
	Path dir;

	@Test
	void thatACorpusIsAPlainFolderWithManifestTypeSystemTextsAndLayers() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		corpus.putText("news/a.txt", "Mali.");
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText("Mali.");
		corpus.writeLayer("news/a.txt", Corpus.ENGINE_LAYER, jcas, DocumentState.NEW);
		corpus.writeLayer("news/a.txt", "alice", jcas, DocumentState.IN_PROGRESS);
		corpus.save();
		assertThat(dir.resolve("assay.json")).exists();
		assertThat(dir.resolve("TypeSystem.xml")).exists();
		assertThat(dir.resolve("texts/news/a.txt")).hasContent("Mali.");
		assertThat(dir.resolve("annotations/news/a.txt/alice.xmi")).exists();
		Corpus reopened = Corpus.open(dir);
		assertThat(reopened.documentIds()).containsExactly("news/a.txt");
		assertThat(reopened.layers("news/a.txt")).containsExactly("alice", "engine");
		assertThat(reopened.annotatorLayers("news/a.txt")).containsExactly("alice");
		assertThat(reopened.state("news/a.txt", "alice")).isEqualTo(DocumentState.IN_PROGRESS);
		assertThat(reopened.tagset()).contains("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY");
	}

	@Test
	void thatAFolderWithoutManifestIsNotACorpus() {
		assertThatThrownBy(() -> Corpus.open(dir)).isInstanceOf(CorpusException.class)
				.hasMessage(dir + ": is not an Assay corpus (no assay.json)");
	}

	@Test
	void thatABrokenManifestNamesTheFileAndLine() throws Exception {
		Files.writeString(dir.resolve("assay.json"), "{\n \"format\": \"assay-corpus\",\n oops }");
		assertThatThrownBy(() -> Corpus.open(dir)).hasMessageStartingWith(dir.resolve("assay.json") + ": is not valid JSON (line 3)");
	}

	@Test
	void thatDocumentIdsCannotEscapeTheCorpus() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		assertThatThrownBy(() -> corpus.putText("../evil.txt", "x")).isInstanceOf(CorpusException.class);
	}

	@Test
	void thatAnOlderGitignoreGainsTheMissingDerivedFoldersAndKeepsItsOwnLines() throws Exception {
		Corpus.openOrCreate(dir);
		Files.writeString(dir.resolve(".gitignore"), "notes/\n.assay-cache/");
		Corpus.open(dir).save();
		assertThat(dir.resolve(".gitignore")).hasContent("notes/\n.assay-cache/\n.assay-logs/\n.assay-models/\n.assay-lock");
	}

	@Test
	void thatTheBinaryCacheIsUsedOnlyWhileItMatchesTheXmi() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		corpus.putText("a.txt", "Mali.");
		JCas jcas = mali();
		corpus.writeLayer("a.txt", "alice", jcas, DocumentState.IN_PROGRESS);
		assertThat(corpus.cachePath("a.txt", "alice")).exists();
		assertThat(dir.resolve(".gitignore")).hasContent(".assay-cache/\n.assay-logs/\n.assay-models/\n.assay-lock");

		// someone edits the XMI by hand: the stale cache must not win
		Path xmi = corpus.layerPath("a.txt", "alice");
		Files.writeString(xmi, Files.readString(xmi).replace("LOCATION", "PERSON"));
		Files.setLastModifiedTime(xmi, FileTime.fromMillis(System.currentTimeMillis() + 2000));
		JCas read = AssayTypeSystem.newJCas();
		corpus.readLayer("a.txt", "alice", read);
		assertThat(read.select(Entity.class).single().getLabel()).isEqualTo("PERSON");

		// a damaged cache is ignored, the XMI is read
		Files.write(corpus.cachePath("a.txt", "alice"), new byte[] { 1, 2, 3 });
		JCas again = AssayTypeSystem.newJCas();
		corpus.readLayer("a.txt", "alice", again);
		assertThat(again.select(Entity.class).single().getLabel()).isEqualTo("PERSON");
	}

	@Test
	void thatTheBinaryFormLiesBesideTheXmiAndACopiedCorpusOpensWithoutParsingXmi() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("original"));
		corpus.putText("a.txt", "Mali.");
		JCas jcas = mali();
		corpus.writeLayer("a.txt", "alice", jcas, DocumentState.IN_PROGRESS);
		corpus.save();
		assertThat(corpus.cachePath("a.txt", "alice")).isEqualTo(corpus.layerPath("a.txt", "alice").resolveSibling("alice.bin")).exists();
		assertThat(corpus.layers("a.txt")).containsExactly("alice");

		// a copy (as a clone or cp gives it): every file has a new time
		Path copyRoot = dir.resolve("copy");
		try (var walk = Files.walk(corpus.root())) {
			for (Path p : walk.toList()) {
				Path target = copyRoot.resolve(corpus.root().relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
		Corpus copy = Corpus.open(copyRoot);
		Path bin = copy.cachePath("a.txt", "alice");
		Files.setLastModifiedTime(bin, FileTime.fromMillis(0));
		JCas read = AssayTypeSystem.newJCas();
		copy.readLayer("a.txt", "alice", read);
		assertThat(read.select(Entity.class).single().getLabel()).isEqualTo("LOCATION");
		// read from the binary form, which was not rewritten (a read of the XMI rewrites it)
		assertThat(Files.getLastModifiedTime(bin).toMillis()).isZero();
	}

	@Test
	void thatALayerReadFromXmiOrCacheSharesRepeatedValues() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		corpus.putText("a.txt", "Mali and Niger.");
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText("Mali and Niger.");
		for (int[] span : new int[][] { { 0, 4 }, { 9, 14 } }) {
			Entity e = new Entity(jcas, span[0], span[1]);
			e.setLabel("LOCATION");
			e.setOrigin("assay-entities@0.1.0");
			e.setChangedAt("2026-11-21T00:00:00Z");
			e.addToIndexes();
		}
		corpus.writeLayer("a.txt", "alice", jcas, DocumentState.IN_PROGRESS);
		for (boolean fromXmi : new boolean[] { true, false }) {
			if (fromXmi) {
				Files.delete(corpus.cachePath("a.txt", "alice"));
			}
			JCas read = AssayTypeSystem.newJCas();
			corpus.readLayer("a.txt", "alice", read);
			List<Entity> es = read.select(Entity.class).asList();
			assertThat(es).hasSize(2);
			assertThat(es.get(1).getLabel()).as("label, from XMI: " + fromXmi).isSameAs(es.get(0).getLabel());
			assertThat(es.get(1).getOrigin()).as("origin, from XMI: " + fromXmi).isSameAs(es.get(0).getOrigin());
			assertThat(es.get(1).getChangedAt()).as("time, from XMI: " + fromXmi).isSameAs(es.get(0).getChangedAt());
		}
	}

	/** A layer of the text "Mali." with one LOCATION. */
	private static JCas mali() {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText("Mali.");
		Entity e = new Entity(jcas, 0, 4);
		e.setLabel("LOCATION");
		e.addToIndexes();
		return jcas;
	}
}
