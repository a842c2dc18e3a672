package org.assay.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mvnw -B verify -pl releng/org.assay.spark -Pbenchmark [-Dbench.docs=20000]}: the same
 * articles pre-annotated by {@code ./assay annotate --threads 2}, by Spark in local[2], and by a
 * standalone cluster of one and of two one-core workers, in one run on one machine; prints the
 * times, the ratios and the per-core rate.
 */
class SparkBenchmark {

	static final Path ROOT = Path.of(System.getProperty("assay.root", "../..")).toAbsolutePath().normalize();

	@TempDir
	Path dir;

	private double run(Path log, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("assay").toString()));
		command.addAll(List.of(args));
		long t0 = System.nanoTime();
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
			throw new AssertionError(String.join(" ", args) + " failed:\n" + Files.readString(log));
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	@Test
	void benchmark() throws Exception {
		int docs = Integer.getInteger("bench.docs", 20_000);
		Path input = Files.createDirectories(dir.resolve("in"));
		List<String> demo = new ArrayList<>();
		try (Stream<Path> files = Files.list(ROOT.resolve("releng/demo/articles"))) {
			for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				demo.add(Files.readString(p, StandardCharsets.UTF_8));
			}
		}
		for (int i = 0; i < docs; i++) { // 100 articles per folder
			Path folder = Files.createDirectories(input.resolve(String.format("%03d", i / 100)));
			Files.writeString(folder.resolve(String.format("a%05d.txt", i)), demo.get(i % demo.size()) + "\n\nArticle " + i + ".\n");
		}
		Path jobJar = ROOT.resolve("releng/org.assay.spark/target/assay-spark.jar");

		double cli = run(dir.resolve("cli.log"), "annotate", input.toString(), "--out", dir.resolve("cli").toString(), "--threads", "2");
		double local = run(dir.resolve("local.log"), "spark", input.toUri().toString(), "--out", dir.resolve("local").toString(), "--threads", "2");
		// A worker of "1 core" is a task slot, not a core: unpinned, its executor's garbage
		// collector and compiler threads also use the other CPU of this machine, which makes
		// one worker look faster than one core is. Pinned (default), each worker and its
		// executor run on one CPU of their own, as on a cluster of one-core machines.
		boolean pin = Boolean.parseBoolean(System.getProperty("bench.pin", "true"));
		double[] cluster = new double[3];
		for (int workers = 1; workers <= 2; workers++) {
			Path d = Files.createDirectories(dir.resolve("cluster" + workers));
			try (LoopbackCluster c = new LoopbackCluster(d)) {
				c.start(workers, pin);
				long t0 = System.nanoTime();
				int code = c.submit(jobJar, workers, input.toUri().toString(), "--out", d.resolve("corpus").toString(), "--partitions",
						Integer.toString(8 * workers));
				cluster[workers] = (System.nanoTime() - t0) / 1e9;
				if (code != 0) {
					throw new AssertionError(c.text("submit"));
				}
			}
		}
		double perCore = docs / cluster[1];
		System.out.printf(Locale.ROOT, "Spark benchmark: %d articles (the 5 demo articles, numbered), 2-core machine, one run%n", docs);
		System.out.printf(Locale.ROOT, "  ./assay annotate --threads 2:   %7.1f s  (%.0f articles/s)%n", cli, docs / cli);
		System.out.printf(Locale.ROOT, "  Spark local[2] (./assay spark): %7.1f s  (%.0f articles/s)  ratio annotate/Spark %.2f (target >= 0.8)%n", local,
				docs / local, cli / local);
		System.out.printf(Locale.ROOT, "  standalone, 1 worker x 1 core:  %7.1f s  (%.1f articles/s per core)%s%n", cluster[1], perCore,
				pin ? "  each worker pinned to a CPU of its own (-Dbench.pin=false: not)" : "  workers not pinned");
		System.out.printf(Locale.ROOT, "  standalone, 2 workers x 1 core: %7.1f s  speed-up %.2f (target >= 1.7)%n", cluster[2], cluster[1] / cluster[2]);
		System.out.printf(Locale.ROOT, "  10 million articles in one hour: about %.0f executor cores at %.1f articles/s per core%n",
				Math.ceil(10_000_000 / 3600.0 / perCore), perCore);
	}
}
