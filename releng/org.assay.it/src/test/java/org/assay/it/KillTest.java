package org.assay.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code kill -9} at random moments of annotate, import and export: afterwards every file of the
 * corpus parses, the manifest matches the folder, and finishing the work gives exactly what a run
 * that was never killed gives. {@code -Dassay.kill.trials=N} (20 in every build, 200 for the long run).
 */
class KillTest {

	@TempDir
	Path dir;

	private static List<Path> temporaryFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

	private Assay.Run export(Path corpus, Path out, String log) throws Exception {
		return Assay.run(dir.resolve("logs/" + log), "export", corpus.toString(), "--format", "jsonl", "--status", "all", "--out", out.toString());
	}

	@Test
	void thatNoKillLeavesACorpusThatDiffersFromOneNeverKilled() throws Exception {
		int trials = Integer.getInteger("assay.kill.trials", 20);
		Path input = Assay.articles(dir.resolve("in"), "k", 40);
		Path baselineCorpus = dir.resolve("baseline");
		assertThat(Assay.run(dir.resolve("logs/baseline"), "annotate", input.toString(), "--out", baselineCorpus.toString()).code()).isZero();
		Path baseline = dir.resolve("baseline.jsonl");
		assertThat(export(baselineCorpus, baseline, "baseline-export").code()).isZero();
		String expected = Files.readString(baseline);

		Random random = new Random(Long.getLong("assay.kill.seed", 20261130L));
		int survived = 0;
		for (int t = 0; t < trials; t++) {
			String operation = List.of("annotate", "import", "export").get(t % 3);
			Path corpus = dir.resolve("c" + t);
			Path out = dir.resolve("out" + t + ".jsonl");
			Process p = switch (operation) {
			case "annotate" -> Assay.start(dir.resolve("logs/kill" + t), "annotate", input.toString(), "--out", corpus.toString());
			case "import" -> Assay.start(dir.resolve("logs/kill" + t), "import", baseline.toString(), "--format", "jsonl", "--out",
					corpus.toString(), "--layer", "imp");
			default -> Assay.start(dir.resolve("logs/kill" + t), "export", baselineCorpus.toString(), "--format", "jsonl", "--status", "all",
					"--out", out.toString());
			};
			long delay = 300 + random.nextInt(3500);
			boolean finished = p.waitFor(delay, java.util.concurrent.TimeUnit.MILLISECONDS);
			Assay.kill(p);
			int trial = t;
			String what = "trial " + t + " (" + operation + ", killed after " + delay + " ms" + (finished ? ", had finished" : "") + ")";

			if (operation.equals("export")) {
				// the output is the whole export or none at all
				assertThat(!Files.exists(out) || Files.readString(out).equals(expected)).as(what).isTrue();
				assertThat(export(baselineCorpus, out, "again" + t).code()).as(what).isZero();
				assertThat(Files.readString(out)).as(what).isEqualTo(expected);
				assertThat(temporaryFiles(dir).stream().filter(f -> f.getFileName().toString().startsWith(".out" + trial))).as(what).isEmpty();
				survived++;
				continue;
			}
			if (Files.exists(corpus.resolve("assay.json"))) {
				new ObjectMapper().readTree(corpus.resolve("assay.json").toFile()); // parses
				Assay.Run check = export(corpus, dir.resolve("check" + t + ".jsonl"), "check" + t);
				assertThat(check.code()).as(what + ": every layer on disk reads: " + check.err()).isZero();
			}
			// finish the work, as a user would after the crash
			Assay.Run again = operation.equals("annotate")
					? Assay.run(dir.resolve("logs/again" + t), "annotate", input.toString(), "--out", corpus.toString())
					: Assay.run(dir.resolve("logs/again" + t), "import", baseline.toString(), "--format", "jsonl", "--out", corpus.toString(),
							"--layer", "imp");
			assertThat(again.code()).as(what + ": " + again.err()).isZero();
			assertThat(export(corpus, out, "after" + t).code()).as(what).isZero();
			assertThat(Files.readString(out)).as(what + ": the export equals the baseline").isEqualTo(expected);
			assertThat(temporaryFiles(corpus)).as(what + ": stray temporary files").isEmpty();
			survived++;
		}
		System.out.println("kill -9 trials survived: " + survived + " / " + trials);
	}
}
