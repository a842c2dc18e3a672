package org.assay.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built {@code ./assay} command line, run as a process of its own. */
final class Assay {

	static final Path ROOT = Path.of(System.getProperty("assay.root", "../..")).toAbsolutePath().normalize();

	/** What a finished run said and returned. */
	record Run(int code, String out, String err) {
	}

	private Assay() {
	}

	/** Starts {@code ./assay args}; its output goes to files beside {@code logs}. */
	static Process start(Path logs, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add("bash");
		command.add(ROOT.resolve("assay").toString());
		command.addAll(List.of(args));
		Files.createDirectories(logs.getParent());
		ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
		pb.redirectOutput(logs.resolveSibling(logs.getFileName() + ".out").toFile());
		pb.redirectError(logs.resolveSibling(logs.getFileName() + ".err").toFile());
		return pb.start();
	}

	/** Runs {@code ./assay args} to its end (at most 10 minutes). */
	static Run run(Path logs, String... args) throws IOException, InterruptedException {
		Process p = start(logs, args);
		if (!p.waitFor(10, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new AssertionError("assay " + String.join(" ", args) + " did not finish in 10 minutes");
		}
		return new Run(p.exitValue(), Files.readString(logs.resolveSibling(logs.getFileName() + ".out"), StandardCharsets.UTF_8),
				Files.readString(logs.resolveSibling(logs.getFileName() + ".err"), StandardCharsets.UTF_8));
	}

	/** Kills the process and everything it started, as {@code kill -9} does. */
	static void kill(Process p) throws InterruptedException {
		p.descendants().forEach(ProcessHandle::destroyForcibly);
		p.destroyForcibly();
		p.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * {@code count} distinct news articles made from the demo corpus (each with its number added,
	 * so no two texts are equal), named {@code prefix000.txt} ...
	 */
	static Path articles(Path folder, String prefix, int count) throws IOException {
		List<Path> demo;
		try (var files = Files.list(ROOT.resolve("releng/demo/articles"))) {
			demo = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		Files.createDirectories(folder);
		for (int i = 0; i < count; i++) {
			String text = Files.readString(demo.get(i % demo.size()), StandardCharsets.UTF_8);
			Files.writeString(folder.resolve(String.format("%s%03d.txt", prefix, i)), text + "\n\nCopy " + prefix + i + ".\n",
					StandardCharsets.UTF_8);
		}
		return folder;
	}
}
