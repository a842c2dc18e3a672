package org.assay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster — a master and two workers, each its own JVM on the loopback
 * interface, from the Spark jars the build already has — and the job jar submitted to it
 * through SparkSubmit, the class behind {@code spark-submit}.
 */
class StandaloneClusterIT {

	static final Path ROOT = Path.of(System.getProperty("assay.root", "../..")).toAbsolutePath().normalize();

	@TempDir
	Path dir;

	private final List<Process> cluster = new ArrayList<>();

	@AfterEach
	void stopCluster() {
		for (Process p : cluster) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	/**
	 * A Spark home made of the jars on this test's class path that a Spark distribution has
	 * (Spark and what it needs — not Assay, UIMA or OpenNLP, which travel in the job jar), as a
	 * worker expects to find them in {@code $SPARK_HOME/jars} to start executors.
	 */
	private Path sparkHome() throws IOException {
		Path home = dir.resolve("spark-home");
		Path jars = Files.createDirectories(home.resolve("jars"));
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path p = Path.of(entry);
			String name = p.getFileName().toString();
			if (entry.endsWith(".jar") && Files.isRegularFile(p)
					&& Stream.of("org.assay", "junit", "assertj", "opennlp", "uimaj", "uimafit", "picocli", "org.eclipse", "opentest4j",
							"apiguardian", "byte-buddy").noneMatch(name::startsWith)) {
				Path link = jars.resolve(p.getFileName());
				if (!Files.exists(link)) {
					Files.createSymbolicLink(link, p.toAbsolutePath());
				}
			}
		}
		Files.createDirectories(home.resolve("conf"));
		return home;
	}

	private Process java(Path home, String log, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx1g");
		command.add("-cp");
		command.add(home.resolve("jars") + File.separator + "*");
		command.addAll(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
				"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
				"--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
				"--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
				"--add-opens=java.base/sun.util.calendar=ALL-UNNAMED"));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command);
		pb.environment().put("SPARK_HOME", home.toString());
		pb.environment().put("SPARK_SCALA_VERSION", "2.13");
		pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
		pb.redirectErrorStream(true).redirectOutput(dir.resolve(log + ".log").toFile());
		return pb.start();
	}

	private static void waitFor(Path log, String text, int seconds) throws Exception {
		for (int i = 0; i < seconds * 10; i++) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no '" + text + "' in " + log + ":\n" + (Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : ""));
	}

	@Test
	void thatTheJobJarSubmittedToAStandaloneClusterOfTwoWorkersWritesTheCorpus() throws Exception {
		Path home = sparkHome();
		int port = freePort();
		String master = "spark://127.0.0.1:" + port;
		cluster.add(java(home, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", Integer.toString(port),
				"--webui-port", Integer.toString(freePort())));
		waitFor(dir.resolve("master.log"), "I have been elected leader", 120);
		for (int w = 1; w <= 2; w++) {
			cluster.add(java(home, "worker" + w, "org.apache.spark.deploy.worker.Worker", master, "--host", "127.0.0.1", "--cores", "1",
					"--memory", "1500m", "--webui-port", Integer.toString(freePort()), "--work-dir",
					Files.createDirectories(dir.resolve("work" + w)).toString()));
		}
		waitFor(dir.resolve("worker1.log"), "Successfully registered with master", 120);
		waitFor(dir.resolve("worker2.log"), "Successfully registered with master", 120);

		Path input = Files.createDirectories(dir.resolve("in"));
		try (Stream<Path> files = Files.list(ROOT.resolve("releng/demo/articles"))) {
			for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
				Files.copy(p, input.resolve(p.getFileName()));
			}
		}
		Path out = dir.resolve("corpus");
		Path jobJar = Path.of(System.getProperty("assay.jobJar", "target/assay-spark.jar")).toAbsolutePath();
		Process submit = java(home, "submit", "org.apache.spark.deploy.SparkSubmit", "--master", master, "--deploy-mode", "client",
				"--class", "org.assay.spark.AssayJob", "--executor-memory", "1g", "--total-executor-cores", "2",
				"--conf", "spark.ui.enabled=false", jobJar.toString(), input.toUri().toString(), "--out", out.toString(), "--partitions", "2");
		cluster.add(submit);
		assertThat(submit.waitFor(10, TimeUnit.MINUTES)).as("the job finished").isTrue();
		String log = Files.readString(dir.resolve("submit.log"), StandardCharsets.ISO_8859_1);
		assertThat(submit.exitValue()).as(log).isZero();
		assertThat(log).contains("assay-spark: 5 document(s) annotated, 0 failed");
		// both workers ran executors of the job
		assertThat(Files.readString(dir.resolve("worker1.log"), StandardCharsets.ISO_8859_1)).contains("Asked to launch executor");
		assertThat(Files.readString(dir.resolve("worker2.log"), StandardCharsets.ISO_8859_1)).contains("Asked to launch executor");
		try (Stream<Path> layers = Files.walk(out.resolve("annotations"))) {
			assertThat(layers.filter(p -> p.getFileName().toString().equals("engine.xmi")).count()).isEqualTo(5);
		}
		assertThat(Files.readString(out.resolve("assay.json"))).contains("\"engine\" : \"NEW\"");
	}
}
