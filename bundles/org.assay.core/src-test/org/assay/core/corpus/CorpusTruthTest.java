package org.assay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.io.AtomicFileWriter;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder is the truth, the manifest only adds what files cannot say, and no writer loses another's entries. */
class CorpusTruthTest {

	@TempDir
	Path dir;

	private static JCas layer(String text) {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		return jcas;
	}

	@Test
	void thatDocumentsWrittenByARunKilledBeforeItSavedTheManifestAreStillTheCorpus() throws Exception {
		Corpus.openOrCreate(dir);
		Corpus run = Corpus.open(dir);
		for (int i = 0; i < 5; i++) {
			run.putText("d" + i + ".txt", "text " + i);
			run.writeLayer("d" + i + ".txt", Corpus.ENGINE_LAYER, layer("text " + i), DocumentState.NEW);
		}
		// killed here: no save()
		Corpus reopened = Corpus.open(dir);
		assertThat(reopened.documentIds()).containsExactly("d0.txt", "d1.txt", "d2.txt", "d3.txt", "d4.txt");
		assertThat(reopened.layers("d3.txt")).containsExactly(Corpus.ENGINE_LAYER);
		assertThat(reopened.state("d3.txt", Corpus.ENGINE_LAYER)).isEqualTo(DocumentState.NEW);
	}

	@Test
	void thatTwoWritersSavingOneCorpusLoseNothing() throws Exception {
		Corpus.openOrCreate(dir);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> runs = new ArrayList<>();
		for (String who : List.of("a", "b")) {
			runs.add(pool.submit(() -> {
				Corpus corpus = Corpus.open(dir); // each its own view of the manifest, as two processes have
				for (int i = 0; i < 100; i++) {
					String id = who + i + ".txt";
					corpus.putText(id, id);
					corpus.writeLayer(id, Corpus.ENGINE_LAYER, layer(id), DocumentState.NEW);
					if (i % 10 == 9) {
						corpus.save();
					}
				}
				corpus.setState(who + "0.txt", Corpus.ENGINE_LAYER, DocumentState.FINISHED);
				corpus.addLabel("LABEL_" + who);
				corpus.save();
				return null;
			}));
		}
		for (Future<?> f : runs) {
			f.get();
		}
		pool.shutdown();
		Corpus after = Corpus.open(dir);
		assertThat(after.documentIds()).hasSize(200);
		for (int i = 0; i < 100; i++) {
			for (String who : List.of("a", "b")) {
				assertThat(after.recordPath(who + i + ".txt", Corpus.ENGINE_LAYER)).as("record of %s%d.txt", who, i).exists();
			}
		}
		assertThat(after.state("a0.txt", Corpus.ENGINE_LAYER)).isEqualTo(DocumentState.FINISHED);
		assertThat(after.state("b0.txt", Corpus.ENGINE_LAYER)).isEqualTo(DocumentState.FINISHED);
		assertThat(after.tagset()).contains("LABEL_a", "LABEL_b");
	}

	@Test
	void thatAStateSetLaterByOneWriterIsNotUndoneByAnotherThatOnlyReadIt() throws Exception {
		Corpus first = Corpus.openOrCreate(dir);
		first.putText("a.txt", "a");
		first.writeLayer("a.txt", "alice", layer("a"), DocumentState.IN_PROGRESS);
		first.save();
		Corpus reader = Corpus.open(dir); // sees IN_PROGRESS
		first.setState("a.txt", "alice", DocumentState.FINISHED);
		first.save();
		reader.putText("b.txt", "b");
		reader.save(); // must not write alice's old IN_PROGRESS back
		assertThat(Corpus.open(dir).state("a.txt", "alice")).isEqualTo(DocumentState.FINISHED);
	}

	@Test
	void thatAHostileOrBrokenManifestIsRefusedWithOneClearLine() throws Exception {
		Corpus.openOrCreate(dir);
		Path file = dir.resolve(Corpus.MANIFEST);
		Files.writeString(file, "null");
		assertThatThrownBy(() -> Corpus.open(dir)).isInstanceOf(CorpusException.class).hasMessageContaining("holds no manifest");
		Files.writeString(file, "{\"format\":\"assay-corpus\",\"formatVersion\":1,\"documents\":{\"a.txt\":{\"alice\":\"BOGUS\"}}}");
		assertThatThrownBy(() -> Corpus.open(dir)).isInstanceOf(CorpusException.class)
				.hasMessageContaining("unknown state 'BOGUS'; expected one of NEW, IN_PROGRESS, FINISHED, CURATED")
				.hasMessageNotContaining("No enum constant");
		Files.writeString(file, "{\"format\":\"assay-corpus\",\"formatVersion\":1,\"documents\":{\"../../../x\":{}}}");
		assertThatThrownBy(() -> Corpus.open(dir)).isInstanceOf(CorpusException.class)
				.hasMessageContaining("'../../../x', which leads out of the corpus");
	}

	@Test
	void thatIdsAreOneSpellingAndNeverAPathOut() {
		assertThat(DocumentIds.normalise("a/./b")).isEqualTo("a/b");
		assertThat(DocumentIds.normalise("a//b")).isEqualTo("a/b");
		assertThat(DocumentIds.problem("a/b.txt")).isNull();
		assertThat(DocumentIds.problem("/etc/passwd")).isEqualTo("is an absolute path");
		assertThat(DocumentIds.problem("a/../../b")).isEqualTo("leads out of the corpus ('..')");
		assertThat(DocumentIds.problem("a//b")).startsWith("has an empty or '.' path segment");
		assertThat(DocumentIds.problem("a\u0000b")).isEqualTo("contains a control character");
		assertThat(DocumentIds.problem("a\ud800b")).isEqualTo("is not valid Unicode (a lone surrogate)");
		assertThat(DocumentIds.quote("x".repeat(100) + "\n")).hasSizeLessThan(100).contains("\u2026 (101 characters)");
		assertThat(DocumentIds.quote("a\u0007b")).isEqualTo("'a\\u0007b'");
	}

	@Test
	void thatStrayTemporaryFilesOfDeadRunsAreCleanedAndLiveOnesKept() throws Exception {
		Path texts = Files.createDirectories(dir.resolve("texts"));
		Path dead = texts.resolve(".a.txt.p999999999.1f.tmp");
		Path live = texts.resolve(".b.txt.p" + ProcessHandle.current().pid() + ".2f.tmp");
		Files.writeString(dead, "half");
		Files.writeString(live, "half");
		assertThat(AtomicFileWriter.cleanStrayFiles(dir)).isEqualTo(1);
		assertThat(dead).doesNotExist();
		assertThat(live).exists();
	}

	@Test
	void thatWrittenFilesFollowTheUmaskNotOwnerOnly() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		corpus.putText("a.txt", "a");
		Set<PosixFilePermission> perms = Files.getPosixFilePermissions(corpus.textPath("a.txt"));
		Path plain = Files.writeString(dir.resolve("plain"), "x"); // what the umask gives any new file
		assertThat(perms).isEqualTo(Files.getPosixFilePermissions(plain));
	}

	@Test
	void thatASymbolicLinkInTheCorpusNeverLeadsAWriteOut() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		corpus.putText("a.txt", "a");
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Files.createDirectories(dir.resolve("corpus/annotations"));
		Files.createSymbolicLink(dir.resolve("corpus/annotations/a.txt"), outside);
		assertThatThrownBy(() -> corpus.writeLayer("a.txt", "alice", layer("a"), DocumentState.NEW)).isInstanceOf(CorpusException.class)
				.hasMessageContaining("leads out of the corpus through a symbolic link; not written");
		try (var files = Files.list(outside)) {
			assertThat(files).isEmpty();
		}
	}
}
