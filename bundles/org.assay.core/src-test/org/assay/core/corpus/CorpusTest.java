package org.assay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
		assertThat(dir.resolve(".gitignore")).hasContent("notes/\n.assay-cache/\n.assay-logs/\n.assay-models/\n.assay-lock\n.assay-backups/\n.assay-conflicts/\nannotations/**/*.bin");
	}

	@Test
	void thatTheBinaryCacheIsUsedOnlyWhileItMatchesTheXmi() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		corpus.putText("a.txt", "Mali.");
		JCas jcas = mali();
		corpus.writeLayer("a.txt", "alice", jcas, DocumentState.IN_PROGRESS);
		assertThat(corpus.cachePath("a.txt", "alice")).exists();
		assertThat(dir.resolve(".gitignore")).hasContent(".assay-cache/\n.assay-logs/\n.assay-models/\n.assay-lock\n.assay-backups/\n.assay-conflicts/\nannotations/**/*.bin");

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
	void thatTheBinaryFormIsDerivedDataOutsideTheSharedFilesAndRebuiltWhereMissing() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("original"));
		corpus.putText("a.txt", "Mali.");
		JCas jcas = mali();
		corpus.writeLayer("a.txt", "alice", jcas, DocumentState.IN_PROGRESS);
		corpus.save();
		assertThat(corpus.cachePath("a.txt", "alice")).isEqualTo(corpus.root().resolve(".assay-cache/a.txt/alice.bin")).exists();
		assertThat(corpus.layerPath("a.txt", "alice").resolveSibling("alice.bin")).doesNotExist();
		assertThat(corpus.layers("a.txt")).containsExactly("alice");

		// a clone: everything git tracks, nothing of .assay-cache/
		Path copyRoot = dir.resolve("copy");
		try (var walk = Files.walk(corpus.root())) {
			for (Path p : walk.toList()) {
				String relative = corpus.root().relativize(p).toString();
				if (relative.startsWith(".assay-cache")) {
					continue;
				}
				Path target = copyRoot.resolve(relative);
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
		Corpus copy = Corpus.open(copyRoot);
		JCas read = AssayTypeSystem.newJCas();
		copy.readLayer("a.txt", "alice", read);
		assertThat(read.select(Entity.class).single().getLabel()).isEqualTo("LOCATION");
		assertThat(copy.cachePath("a.txt", "alice")).as("rebuilt on the first read").exists();
	}

	@Test
	void thatTheStateTravelsWithTheLayerInARecordOnlyItsAnnotatorWrites() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		corpus.putText("a.txt", "Mali.");
		JCas layer = mali();
		layer.select(Entity.class).single().setStatus("ACCEPTED");
		corpus.writeLayer("a.txt", "alice", layer, DocumentState.IN_PROGRESS);
		corpus.setState("a.txt", "alice", DocumentState.FINISHED);
		corpus.save();
		LayerRecord record = LayerRecord.read(dir.resolve("annotations/a.txt/alice.json")).orElseThrow();
		assertThat(record.state).isEqualTo("FINISHED");
		assertThat(record.by).isEqualTo("alice");
		assertThat(record.xmiSha256).isEqualTo(LayerRecord.sha256(corpus.layerPath("a.txt", "alice")));
		assertThat(record.textSha256).isEqualTo(LayerRecord.sha256("Mali.".getBytes(StandardCharsets.UTF_8)));
		assertThat(record.decisions.accepted).isEqualTo(1);
		assertThat(Files.readString(dir.resolve(Corpus.MANIFEST))).as("the shared manifest holds no state and no annotator")
				.doesNotContain("a.txt").doesNotContain("alice");
		assertThat(Corpus.open(dir).state("a.txt", "alice")).isEqualTo(DocumentState.FINISHED);
	}

	@Test
	void thatACorpusOfTheFormerReleaseOpensWithItsStatesAndKeepsTheminItsManifest() throws Exception {
		Files.createDirectories(dir.resolve("texts"));
		Files.writeString(dir.resolve("texts/a.txt"), "Mali.");
		Files.writeString(dir.resolve(Corpus.MANIFEST), "{\n  \"format\" : \"assay-corpus\",\n  \"formatVersion\" : 1,\n"
				+ "  \"tagset\" : [ \"PERSON\", \"LOCATION\" ],\n  \"annotators\" : [ \"alice\", \"bob\" ],\n"
				+ "  \"documents\" : { \"a.txt\" : { \"alice\" : \"FINISHED\", \"bob\" : \"IN_PROGRESS\" } }\n}\n");
		Corpus corpus = Corpus.open(dir);
		assertThat(corpus.state("a.txt", "alice")).isEqualTo(DocumentState.FINISHED);
		assertThat(corpus.state("a.txt", "bob")).isEqualTo(DocumentState.IN_PROGRESS);
		corpus.writeLayer("a.txt", "bob", mali(), DocumentState.FINISHED);
		corpus.addLabel("WEAPON");
		corpus.save();
		Corpus after = Corpus.open(dir);
		assertThat(after.state("a.txt", "alice")).as("from the former manifest, kept as it was").isEqualTo(DocumentState.FINISHED);
		assertThat(after.state("a.txt", "bob")).as("from bob's record").isEqualTo(DocumentState.FINISHED);
		String manifest = Files.readString(dir.resolve(Corpus.MANIFEST));
		assertThat(manifest).contains("\"formatVersion\" : 2").contains("\"bob\" : \"IN_PROGRESS\"").contains("WEAPON");
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
