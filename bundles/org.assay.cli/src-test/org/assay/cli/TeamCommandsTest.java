package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.core.corpus.LayerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The team's commands on two clones of one corpus: team, next, sync, status, resolve. */
class TeamCommandsTest {

	@TempDir
	Path dir;
	Path alice;
	Path bob;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new AssayCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@BeforeEach
	void aCorpusOnARemoteClonedTwice() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("a.txt"), "Kenya's president William Ruto said on Monday that at least 12 people died in Nairobi.");
		Files.writeString(in.resolve("b.txt"), "Peru's health ministry said 40 people were treated in Lima on Sunday.");
		Path setup = dir.resolve("setup");
		assertThat(run("annotate", in.toString(), "--out", setup.toString())).isZero();
		assertThat(run("team", setup.toString(), "--annotators", "alice,bob", "--curators", "carol", "--per-document", "2")).isZero();
		Path remote = dir.resolve("remote.git");
		git(dir, "init", "-q", "--bare", "-b", "main", remote.toString());
		git(setup, "init", "-q", "-b", "main");
		git(setup, "add", ".");
		git(setup, "-c", "user.name=m", "-c", "user.email=m@x", "commit", "-q", "-m", "corpus");
		git(setup, "remote", "add", "origin", remote.toString());
		git(setup, "push", "-q", "origin", "main");
		alice = dir.resolve("alice");
		bob = dir.resolve("bob");
		git(dir, "clone", "-q", remote.toString(), alice.toString());
		git(dir, "clone", "-q", remote.toString(), bob.toString());
	}

	/** The plain git command line, as many teams use it beside Assay. */
	static void git(Path in, String... args) throws Exception {
		String[] command = new String[args.length + 1];
		command[0] = "git";
		System.arraycopy(args, 0, command, 1, args.length);
		Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor()).as("git " + String.join(" ", args) + ": " + output).isZero();
	}

	@Test
	void thatTheTeamWorksThroughNextSyncAndStatus() throws Exception {
		assertThat(run("team", alice.toString())).isZero();
		assertThat(stdout()).contains("annotators:              alice, bob").contains("annotators per document: 2");
		assertThat(run("next", alice.toString(), "--annotator", "alice")).isZero();
		assertThat(stdout().strip()).isEqualTo("a.txt");
		assertThat(run("next", bob.toString(), "--annotator", "bob")).isZero();
		assertThat(stdout().strip()).as("two annotators per document: bob joins a.txt").isEqualTo("a.txt");
		assertThat(run("next", bob.toString(), "--annotator", "dave")).isZero();
		assertThat(stderr()).contains("dave is not an annotator of this corpus (assay.json lists alice, bob)");

		// alice finishes a.txt: her layer and record, written as the workbench writes them
		LayerRecord record = LayerRecord.read(alice.resolve("annotations/a.txt/alice.json")).orElseThrow();
		Files.copy(alice.resolve("annotations/a.txt/engine.xmi"), alice.resolve("annotations/a.txt/alice.xmi"));
		record.state = "FINISHED";
		record.activeSeconds = 600;
		record.write(alice.resolve("annotations/a.txt/alice.json"));
		assertThat(run("sync", alice.toString(), "--annotator", "alice")).as(stderr()).isZero();
		assertThat(stdout()).contains("Shared 2 file(s) of yours.").contains("From others: bob took 1 document.");
		assertThat(run("sync", bob.toString(), "--annotator", "bob")).as(stderr()).isZero();
		assertThat(stdout()).contains("From others: alice finished 1 document.");

		assertThat(run("status", bob.toString())).isZero();
		assertThat(stdout()).contains("2 documents, 2 annotator(s) per document").containsPattern("alice +1 +0 +0 +0 +10m")
				.containsPattern("bob +0 +0 +1 +0").contains("a.txt").contains("alice FINISHED, bob TAKEN");
		assertThat(run("status", bob.toString(), "--json")).isZero();
		JsonNode json = new ObjectMapper().readTree(stdout());
		assertThat(json.at("/report/annotators/0/id").asText()).isEqualTo("alice");
		assertThat(json.at("/report/annotators/0/finished").asInt()).isEqualTo(1);
		assertThat(json.at("/report/readyToCurate").asInt()).isZero();
	}

	@Test
	void thatAnAnnotatorIsNamedOrTheCommandSaysHow() {
		assertThat(run("next", alice.toString())).isEqualTo(AssayCommand.USAGE);
		assertThat(stderr()).contains("say who you are with --annotator NAME (or the environment variable ASSAY_ANNOTATOR)");
	}

	@Test
	void thatTwoSettingsChangedOnBothSidesAreResolvedWithOneCommand() throws Exception {
		assertThat(run("team", alice.toString(), "--per-document", "1", "--abandon-after", "12")).isZero();
		assertThat(run("team", bob.toString(), "--abandon-after", "24", "--order", "random")).isZero();
		assertThat(run("sync", alice.toString(), "--annotator", "alice")).isZero();
		assertThat(run("sync", bob.toString(), "--annotator", "bob")).isZero();
		assertThat(stderr()).contains("assay.json: both sides changed team.abandonAfterHours").contains("--mine");
		assertThat(run("team", bob.toString())).isZero();
		assertThat(stdout()).contains("annotators per document: 1").contains("order:                   random")
				.contains("12 hours");
		assertThat(run("resolve", bob.toString())).isZero();
		assertThat(stdout().strip()).isEqualTo("assay.json");
		assertThat(run("resolve", bob.toString(), "assay.json", "--mine")).isZero();
		assertThat(run("team", bob.toString())).isZero();
		assertThat(stdout()).contains("24 hours").contains("annotators per document: 1").contains("order:                   random");
		assertThat(run("resolve", bob.toString())).isZero();
		assertThat(stdout()).contains("Nothing waits for a choice.");
	}
}
