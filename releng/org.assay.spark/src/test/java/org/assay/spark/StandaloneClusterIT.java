package org.assay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster — a master and two workers, each its own JVM on the loopback
 * interface — and the job jar submitted to it through SparkSubmit, the class behind
 * {@code spark-submit}: the cluster path, not only local mode.
 */
class StandaloneClusterIT {

	static final Path ROOT = Path.of(System.getProperty("assay.root", "../..")).toAbsolutePath().normalize();

	@TempDir
	Path dir;

	@Test
	void thatTheJobJarSubmittedToAStandaloneClusterOfTwoWorkersWritesTheCorpus() throws Exception {
		Path input = Files.createDirectories(dir.resolve("in"));
		try (Stream<Path> files = Files.list(ROOT.resolve("releng/demo/articles"))) {
			for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
				Files.copy(p, input.resolve(p.getFileName()));
			}
		}
		Path out = dir.resolve("corpus");
		Path jobJar = Path.of(System.getProperty("assay.jobJar", "target/assay-spark.jar")).toAbsolutePath();
		try (LoopbackCluster cluster = new LoopbackCluster(dir)) {
			cluster.start(2);
			int code = cluster.submit(jobJar, 2, input.toUri().toString(), "--out", out.toString(), "--partitions", "2");
			String log = cluster.text("submit");
			assertThat(code).as(log).isZero();
			assertThat(log).contains("assay-spark: 5 document(s) annotated, 0 failed");
			// both workers ran executors of the job
			assertThat(cluster.text("worker1")).contains("Asked to launch executor");
			assertThat(cluster.text("worker2")).contains("Asked to launch executor");
		}
		try (Stream<Path> layers = Files.walk(out.resolve("annotations"))) {
			assertThat(layers.filter(p -> p.getFileName().toString().equals("engine.xmi")).count()).isEqualTo(5);
		}
		try (Stream<Path> records = Files.walk(out.resolve("annotations"))) {
			// each layer with its record, written by the executor that wrote the layer
			assertThat(records.filter(p -> p.getFileName().toString().equals("engine.json"))
					.filter(p -> readString(p).contains("\"state\" : \"NEW\"")).count()).isEqualTo(5);
		}
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
