package org.assay.spark;

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

/**
 * A Spark standalone cluster on the loopback interface — a master and workers, each its own JVM,
 * from the Spark jars on the test's class path — and SparkSubmit (what {@code spark-submit}
 * runs) to send it the job jar.
 */
final class LoopbackCluster implements AutoCloseable {

	private final Path dir;
	private final Path home;
	private final List<Process> processes = new ArrayList<>();
	private String master;

	LoopbackCluster(Path dir) throws IOException {
		this.dir = dir;
		this.home = sparkHome(dir);
	}

	/**
	 * A Spark home made of the jars on this test's class path that a Spark distribution has
	 * (Spark and what it needs — not Assay, UIMA or OpenNLP, which travel in the job jar), as a
	 * worker expects to find them in {@code $SPARK_HOME/jars} to start executors.
	 */
	private static Path sparkHome(Path dir) throws IOException {
		Path home = dir.resolve("spark-home");
		Path jars = Files.createDirectories(home.resolve("jars"));
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path p = Path.of(entry);
			String name = p.getFileName().toString();
			if (entry.endsWith(".jar") && Files.isRegularFile(p)
					&& Stream.of("org.assay", "junit", "assertj", "opennlp", "uimaj", "uimafit", "picocli", "org.eclipse", "opentest4j",
							"apiguardian", "byte-buddy").noneMatch(name::startsWith)) {
				Path link = jars.resolve(name);
				if (!Files.exists(link)) {
					Files.createSymbolicLink(link, p.toAbsolutePath());
				}
			}
		}
		Files.createDirectories(home.resolve("conf"));
		return home;
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private Process java(String log, String... args) throws IOException {
		return java(log, -1, args);
	}

	/**
	 * Starts a JVM; with {@code cpu >= 0} under {@code taskset}, so that it and the processes it
	 * starts (a worker's executors) run on that one CPU only — one core in fact, not only in
	 * Spark's count of task slots, as a worker machine of one core would be.
	 */
	private Process java(String log, int cpu, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		if (cpu >= 0) {
			command.addAll(List.of("taskset", "--cpu-list", Integer.toString(cpu)));
		}
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
		pb.redirectErrorStream(true).redirectOutput(log(log).toFile());
		Process p = pb.start();
		processes.add(p);
		return p;
	}

	Path log(String name) {
		return dir.resolve(name + ".log");
	}

	String text(String log) throws IOException {
		return Files.exists(log(log)) ? Files.readString(log(log), StandardCharsets.ISO_8859_1) : "";
	}

	private void waitFor(String log, String text) throws Exception {
		for (int i = 0; i < 1200; i++) {
			if (text(log).contains(text)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no '" + text + "' in " + log(log) + ":\n" + text(log));
	}

	/** Starts the master and {@code workers} workers of one core each; returns the master URL. */
	String start(int workers) throws Exception {
		return start(workers, false);
	}

	/**
	 * Starts the master and {@code workers} workers of one core each, with {@code pin} each worker
	 * and its executors held to a CPU of its own (worker w on CPU w-1); returns the master URL.
	 */
	String start(int workers, boolean pin) throws Exception {
		int port = freePort();
		master = "spark://127.0.0.1:" + port;
		java("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port",
				Integer.toString(freePort()));
		waitFor("master", "I have been elected leader");
		for (int w = 1; w <= workers; w++) {
			java("worker" + w, pin ? (w - 1) % Runtime.getRuntime().availableProcessors() : -1, "org.apache.spark.deploy.worker.Worker", master, "--host", "127.0.0.1", "--cores", "1", "--memory", "1500m",
					"--webui-port", Integer.toString(freePort()), "--work-dir", Files.createDirectories(dir.resolve("work" + w)).toString());
		}
		for (int w = 1; w <= workers; w++) {
			waitFor("worker" + w, "Successfully registered with master");
		}
		return master;
	}

	/** Submits the job jar with {@code args}, waits for it; its exit code (its output in the log "submit"). */
	int submit(Path jobJar, int cores, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--deploy-mode", "client",
				"--class", "org.assay.spark.AssayJob", "--executor-memory", "1g", "--total-executor-cores", Integer.toString(cores), "--conf",
				"spark.ui.enabled=false", jobJar.toString()));
		command.addAll(List.of(args));
		Process p = java("submit", command.toArray(String[]::new));
		if (!p.waitFor(60, TimeUnit.MINUTES)) {
			throw new AssertionError("the job did not finish in an hour");
		}
		return p.exitValue();
	}

	@Override
	public void close() {
		for (Process p : processes) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
		}
	}
}
