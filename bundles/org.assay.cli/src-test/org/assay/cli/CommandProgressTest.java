package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that can run for minutes on a large corpus says how far it is: here on a small
 * corpus, with a clock that makes every step take a second, so each step may be drawn.
 */
class CommandProgressTest {

	private static final long SECOND = 1_000_000_000L;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final AtomicLong clock = new AtomicLong();
	private Path corpus;

	private AssayCommand command(boolean terminal, long step) {
		return new AssayCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new ConsoleProgress.Settings(terminal, 100, () -> clock.addAndGet(step)));
	}

	private static String record(String id, String annotator, String label) {
		String text = "Amina Diallo said 20 people were held in Kati, police told Reuters.";
		return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"entities\":[{\"begin\":0,\"end\":12,\"label\":\"" + label
				+ "\",\"status\":\"ACCEPTED\",\"origin\":\"" + annotator + "\",\"confidence\":1.0},{\"begin\":41,\"end\":45,"
				+ "\"label\":\"LOCATION\",\"status\":\"ACCEPTED\",\"origin\":\"" + annotator + "\",\"confidence\":1.0}],\"claims\":[]}\n";
	}

	/** Two annotators' layers of three documents, imported as a team would. */
	@BeforeEach
	void twoAnnotators() throws Exception {
		corpus = dir.resolve("corpus");
		for (String annotator : new String[] { "alice", "bob" }) {
			Path file = dir.resolve(annotator + ".jsonl");
			Files.writeString(file, record("a.txt", annotator, "PERSON") + record("b.txt", annotator, "PERSON")
					+ record("c.txt", annotator, annotator.equals("bob") ? "ORGANIZATION" : "PERSON"));
			assertThat(command(false, 0).run("import", file.toString(), "--format", "jsonl", "--out", corpus.toString(), "--annotator",
					annotator)).isZero();
		}
		err.reset();
	}

	/** What {@code args} shows on a terminal's standard error. */
	private String onTerminal(String... args) {
		err.reset();
		assertThat(command(true, SECOND).run(args)).as(err.toString(StandardCharsets.UTF_8)).isZero();
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void thatEveryLongCommandDrawsItsBarOnATerminalAndLeavesTheLineClean() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("d.txt"), "Troops arrested at least 20 soldiers in Kati on Monday, an officer told AFP.");
		Path export = dir.resolve("out.jsonl");
		String[][] commands = { { "Importing alice.jsonl into layer carol [", "import", dir.resolve("alice.jsonl").toString(), "--format",
				"jsonl", "--out", corpus.toString(), "--annotator", "carol" },
				{ "Curating [", "curate", corpus.toString() },
				{ "Exporting corpus as jsonl [", "export", corpus.toString(), "--format", "jsonl", "--out", export.toString() },
				{ "Computing agreement [", "agreement", corpus.toString(), "--annotators", "alice,bob" },
				{ "Counting annotations and decisions [", "report", corpus.toString() },
				{ "Finding conflicts between sources [", "conflicts", corpus.toString() },
				{ "Training recommenders [", "train", corpus.toString() },
				{ "Pre-annotating 1 document(s) [", "annotate", in.toString(), "--out", corpus.toString() } };
		for (String[] c : commands) {
			String[] args = new String[c.length - 1];
			System.arraycopy(c, 1, args, 0, args.length);
			String shown = onTerminal(args);
			assertThat(shown).as(c[1]).contains("\r" + c[0]).containsPattern("\\] +\\d+%");
			// the bar is redrawn in place and wiped: no line of its own is left behind
			assertThat(shown).as(c[1]).doesNotContain("\n").endsWith("\r");
		}
	}

	@Test
	void thatInALogALongCommandSaysHowFarItGotAndThatItIsDone() {
		assertThat(command(false, 0).run("curate", corpus.toString())).isZero(); // so each document has one layer to export
		err.reset();
		// eleven seconds a step: each step is worth a line
		assertThat(command(false, 11 * SECOND).run("export", corpus.toString(), "--format", "brat", "--out", dir.resolve("brat").toString()))
				.isZero();
		assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).isNotEmpty()
				.allSatisfy(line -> assertThat(line).startsWith("assay: Exporting corpus as brat: "))
				.anySatisfy(line -> assertThat(line).matches(".*: \\d+%, .*\\((a|b|c)\\.txt\\)"))
				.last().asString().matches(".*: done in \\d+:\\d\\d");
	}
}
