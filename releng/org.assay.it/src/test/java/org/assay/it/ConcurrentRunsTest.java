package org.assay.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Two processes writing one corpus at the same time lose nothing. */
class ConcurrentRunsTest {

	@TempDir
	Path dir;

	/** The documents with a layer written with its record (an engine layer, an imported one). */
	private static List<String> recordedDocuments(Path corpus) throws Exception {
		List<String> ids = new ArrayList<>();
		try (var texts = Files.list(corpus.resolve("texts"))) {
			for (Path text : texts.toList()) {
				String id = text.getFileName().toString();
				Path layers = corpus.resolve("annotations").resolve(id);
				if (Files.exists(layers.resolve("engine.json")) || Files.exists(layers.resolve("imp.json"))) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	@Test
	void thatTwoAnnotateRunsIntoOneCorpusLoseNoDocument() throws Exception {
		Path a = Assay.articles(dir.resolve("a"), "a", 100);
		Path b = Assay.articles(dir.resolve("b"), "b", 100);
		int lost = 0;
		for (int trial = 0; trial < 2; trial++) {
			Path corpus = dir.resolve("corpus" + trial);
			Process first = Assay.start(dir.resolve("logs/first" + trial), "annotate", a.toString(), "--out", corpus.toString(), "--threads", "1");
			Process second = Assay.start(dir.resolve("logs/second" + trial), "annotate", b.toString(), "--out", corpus.toString(), "--threads", "1");
			assertThat(first.waitFor(10, TimeUnit.MINUTES) && second.waitFor(10, TimeUnit.MINUTES)).isTrue();
			assertThat(first.exitValue()).as(Files.readString(dir.resolve("logs/first" + trial + ".err"))).isZero();
			assertThat(second.exitValue()).as(Files.readString(dir.resolve("logs/second" + trial + ".err"))).isZero();
			List<String> ids = recordedDocuments(corpus);
			lost += 200 - ids.size();
			assertThat(ids).hasSize(200);
			Assay.Run export = Assay.run(dir.resolve("logs/export" + trial), "export", corpus.toString(), "--format", "jsonl", "--status", "all",
					"--out", dir.resolve("out" + trial + ".jsonl").toString());
			assertThat(export.code()).as(export.err()).isZero();
			assertThat(Files.readAllLines(dir.resolve("out" + trial + ".jsonl"))).hasSize(200);
		}
		System.out.println("concurrent annotate runs: 2 trials, documents lost: " + lost + " of 400");
	}

	@Test
	void thatAnImportWhileAnAnnotateRunsLosesNothing() throws Exception {
		Path a = Assay.articles(dir.resolve("a"), "a", 100);
		Path seed = dir.resolve("seed");
		assertThat(Assay.run(dir.resolve("logs/seed"), "annotate", Assay.articles(dir.resolve("c"), "c", 60).toString(), "--out",
				seed.toString()).code()).isZero();
		Path jsonl = dir.resolve("c.jsonl");
		assertThat(Assay.run(dir.resolve("logs/seedexport"), "export", seed.toString(), "--format", "jsonl", "--status", "all", "--out",
				jsonl.toString()).code()).isZero();
		Path corpus = dir.resolve("corpus");
		Process annotate = Assay.start(dir.resolve("logs/annotate"), "annotate", a.toString(), "--out", corpus.toString(), "--threads", "1");
		Thread.sleep(1500); // the corpus exists; the annotate run is writing
		Process imported = Assay.start(dir.resolve("logs/import"), "import", jsonl.toString(), "--format", "jsonl", "--out", corpus.toString(),
				"--layer", "imp");
		assertThat(annotate.waitFor(10, TimeUnit.MINUTES) && imported.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(annotate.exitValue()).as(Files.readString(dir.resolve("logs/annotate.err"))).isZero();
		assertThat(imported.exitValue()).as(Files.readString(dir.resolve("logs/import.err"))).isZero();
		List<String> ids = recordedDocuments(corpus);
		System.out.println("annotate + import at once: documents recorded " + ids.size() + " of 160");
		assertThat(ids).hasSize(160);
		JsonNode c0 = new ObjectMapper().readTree(corpus.resolve("annotations/c000.txt/imp.json").toFile());
		assertThat(c0.get("state").asText()).isEqualTo("IN_PROGRESS");
	}
}
