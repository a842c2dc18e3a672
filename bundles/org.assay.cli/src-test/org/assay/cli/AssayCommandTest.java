package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.review.Review;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

class AssayCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private AssayCommand command;

	@BeforeEach
	void setUp() {
		command = new AssayCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path inputWithGoodAndBadFiles() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("good.txt"), "Kenya's president William Ruto said on Monday that at least 12 people died in Nairobi, Reuters reported.");
		Files.createFile(in.resolve("empty.txt"));
		Files.write(in.resolve("binary.txt"), new byte[] { 0x7f, 'E', 'L', 'F', 0, 1, 2, 3 });
		Files.write(in.resolve("latin1.txt"), "Le président a déclaré".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(in.resolve("ignored.md"), "not a .txt file");
		return in;
	}

	@Test
	void thatBadInputsAreNamedOneLineEachAndTheGoodFileIsStillAnnotated() throws Exception {
		Path corpus = dir.resolve("corpus");
		int code = command.run("annotate", inputWithGoodAndBadFiles().toString(), "--out", corpus.toString(), "--threads", "2");
		assertThat(code).isEqualTo(AssayCommand.FAILED);
		assertThat(stderr()).contains("empty.txt: is empty")
				.contains("binary.txt: is a binary file")
				.contains("latin1.txt: is not valid UTF-8 (bad byte at offset 5)")
				.contains("3 problem(s) with files or engines")
				.doesNotContain("Exception");
		assertThat(corpus.resolve("annotations/good.txt/engine.xmi")).exists();
		assertThat(corpus.resolve("annotations/empty.txt")).doesNotExist();
	}

	@Test
	void thatARerunDoesNotDamageWhatWasAlreadyWritten() throws Exception {
		Path in = inputWithGoodAndBadFiles();
		Path corpus = dir.resolve("corpus");
		command.run("annotate", in.toString(), "--out", corpus.toString());
		byte[] before = Files.readAllBytes(corpus.resolve("texts/good.txt"));
		Files.writeString(in.resolve("good.txt"), "");
		assertThat(command.run("annotate", in.toString(), "--out", corpus.toString())).isEqualTo(AssayCommand.FAILED);
		assertThat(Files.readAllBytes(corpus.resolve("texts/good.txt"))).isEqualTo(before);
		assertThat(corpus.resolve("annotations/good.txt/engine.xmi")).exists();
	}

	@Test
	void thatAnnotateThenExportGivesJsonLinesWithSuggestions() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("a.txt"), "\"We have arrested around 50 people,\" a police spokesman told Reuters in Lagos.");
		Path corpus = dir.resolve("corpus");
		assertThat(command.run("annotate", in.toString(), "--out", corpus.toString())).isZero();
		Path jsonl = dir.resolve("out.jsonl");
		assertThat(command.run("export", corpus.toString(), "--format", "jsonl", "--status", "all", "--out", jsonl.toString())).isZero();
		List<JsonNode> docs = new ArrayList<>();
		for (String line : Files.readAllLines(jsonl)) {
			docs.add(new ObjectMapper().readTree(line));
		}
		assertThat(docs).hasSize(1);
		JsonNode claim = docs.get(0).get("claims").get(0);
		assertThat(claim.get("source").get("text").asText()).isEqualTo("a police spokesman");
		assertThat(claim.get("cue").get("text").asText()).isEqualTo("told Reuters");
		assertThat(claim.get("quantity").get("low").asInt()).isEqualTo(45);
		assertThat(claim.get("quantity").get("high").asInt()).isEqualTo(55);
		assertThat(claim.get("status").asText()).isEqualTo("SUGGESTED");
		// nothing is reviewed yet: the gold export is empty of annotations
		Path gold = dir.resolve("gold.jsonl");
		assertThat(command.run("export", corpus.toString(), "--format", "jsonl", "--out", gold.toString())).isZero();
		assertThat(new ObjectMapper().readTree(Files.readAllLines(gold).get(0)).get("claims")).isEmpty();
	}

	@Test
	void thatAMissingInputFolderIsOneClearLine() {
		Path missing = dir.resolve("nowhere");
		assertThat(command.run("annotate", missing.toString(), "--out", dir.resolve("c").toString())).isEqualTo(AssayCommand.FAILED);
		assertThat(stderr().strip()).isEqualTo("assay annotate: " + missing + ": does not exist");
		assertThat(stderr().lines()).hasSize(1);
	}

	@Test
	void thatExportOfAFolderThatIsNotACorpusSaysSo() {
		assertThat(command.run("export", dir.toString(), "--format", "jsonl", "--out", dir.resolve("x.jsonl").toString()))
				.isEqualTo(AssayCommand.FAILED);
		assertThat(stderr()).contains("is not an Assay corpus");
	}

	@Test
	void thatUsageMistakesExitWithTwoAndOneLine() {
		assertThat(command.run()).isEqualTo(AssayCommand.USAGE);
		assertThat(command.run("frobnicate")).isEqualTo(AssayCommand.USAGE);
		assertThat(command.run("export", "c", "--format", "docx", "--out", "x")).isEqualTo(AssayCommand.USAGE);
		assertThat(command.run("annotate", "in", "--out", "c", "--threads", "zero")).isEqualTo(AssayCommand.USAGE);
		assertThat(command.run("import", "in.jsonl", "--format", "jsonl", "--out", "c", "--layer", "../x")).isEqualTo(AssayCommand.USAGE);
		assertThat(command.run("import", "in.jsonl", "--format", "conll2003", "--out", "c")).isEqualTo(AssayCommand.USAGE);
		assertThat(command.run("agreement")).isEqualTo(AssayCommand.USAGE);
		assertThat(stderr().lines().toList()).hasSize(7).allSatisfy(line -> assertThat(line).startsWith("assay"))
				.anySatisfy(line -> assertThat(line).contains("unknown command").contains("frobnicate"))
				.anySatisfy(line -> assertThat(line).contains("unknown format 'docx' (expected jsonl, xmi, conll2003, brat, tsv3 or huggingface)"))
				.anySatisfy(line -> assertThat(line).contains("must be a positive whole number, not 'zero'"))
				.anySatisfy(line -> assertThat(line).contains("is not a valid layer id"))
				.anySatisfy(line -> assertThat(line).contains("import reads jsonl, xmi, brat or tsv3"))
				.anySatisfy(line -> assertThat(line).startsWith("assay agreement: ").contains("<corpus-dir>"));
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void thatEveryCommandHasHelp() {
		String[][] commands = { { "annotate", "<input-dir>", "--threads" }, { "export", "--status", "conll2003" },
				{ "import", "--annotator", "jsonl|xmi" }, { "curate", "curated layer" }, { "report", "precision/recall" },
				{ "agreement", "--annotators", "unitizing alpha" }, { "conflicts", "--json", "conflicting pairs" },
				{ "benchmark", "--docs", "bare OpenNLP" } };
		for (String[] c : commands) {
			out.reset();
			assertThat(command.run(c[0], "--help")).as(c[0]).isZero();
			String help = out.toString(StandardCharsets.UTF_8);
			assertThat(help).as(c[0]).contains("Usage: assay " + c[0]);
			for (int i = 1; i < c.length; i++) {
				assertThat(help).as(c[0]).contains(c[i]);
			}
		}
		out.reset();
		assertThat(command.run("--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: assay").contains("annotate", "export", "import",
				"curate", "report", "agreement", "conflicts", "benchmark", "model");
		assertThat(stderr()).isEmpty();
	}

	@Test
	void thatTrainLearnsFromAcceptedSpansAndAnnotateThenSuggestsTheCustomLabel() throws Exception {
		Path corpus = dir.resolve("corpus");
		StringBuilder jsonl = new StringBuilder();
		for (int i = 0; i < 2; i++) {
			String text = "Gunmen in village " + i + " fired a Dragunov at the patrol.";
			int at = text.indexOf("Dragunov");
			jsonl.append("{\"id\":\"").append(i).append(".txt\",\"text\":\"").append(text).append("\",\"entities\":[{\"begin\":")
					.append(at).append(",\"end\":").append(at + 8)
					.append(",\"label\":\"WEAPON\",\"status\":\"ACCEPTED\",\"origin\":\"alice\",\"confidence\":1.0}],\"claims\":[]}\n");
		}
		Path decided = dir.resolve("decided.jsonl");
		Files.writeString(decided, jsonl);
		assertThat(command.run("import", decided.toString(), "--format", "jsonl", "--out", corpus.toString(), "--annotator", "alice"))
				.isEqualTo(1);
		assertThat(stderr()).contains("decided.jsonl: line 1: label 'WEAPON' is not in the corpus's tagset (PERSON, ORGANIZATION, "
				+ "LOCATION, DATE, QUANTITY); import with --add-labels to add it");
		assertThat(command.run("import", decided.toString(), "--format", "jsonl", "--out", corpus.toString(), "--annotator", "alice",
				"--add-labels")).isZero();
		out.reset();
		assertThat(command.run("train", corpus.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("strings: 2 confirmed entities in 2 documents")
				.contains("sequence: 2 confirmed entities in 2 documents").contains("fewer than 5 documents");
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("new.txt"), "The police seized a Dragunov on Monday.");
		assertThat(command.run("annotate", in.toString(), "--out", corpus.toString())).isZero();
		Path all = dir.resolve("all.jsonl");
		assertThat(command.run("export", corpus.toString(), "--format", "jsonl", "--status", "all", "--out", all.toString())).isZero();
		assertThat(Files.readString(all)).contains("\"label\":\"WEAPON\",\"text\":\"Dragunov\",\"status\":\"SUGGESTED\",\"origin\":\"recommender:");
	}

	@Test
	void thatAModelTrainedFromConllDataIsWrittenAndFindsNames() throws Exception {
		Path model = dir.resolve("names.bin");
		assertThat(command.run("model", "train", "--data", "../org.assay.engines/ner-data/wikigold", "--out", model.toString(),
				"--iterations", "3")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("trained on 1696 sentences");
		TokenNameFinderModel loaded = new TokenNameFinderModel(model);
		assertThat(loaded.getFactory().getClass().getSimpleName()).isEqualTo("AssayNameFinderFactory");
		assertThat(command.run("model", "train", "--data", dir.resolve("nowhere").toString(), "--out", model.toString())).isEqualTo(1);
		assertThat(stderr().strip()).isEqualTo("assay model train: " + dir.resolve("nowhere") + ": does not exist");
	}

	@Test
	void thatTheBenchmarkPrintsThroughputRatiosForBothThreadCounts() {
		assertThat(command.run("benchmark", "--docs", "40", "--names-data", "../org.assay.engines/ner-data/wikigold",
				"--names-iterations", "2")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("bare OpenNLP", "bare + names", "Assay pipeline",
				"ratio Assay / bare + names, 1 thread:", "ratio Assay / bare OpenNLP, 1 thread:",
				"speed-up Assay 2 threads / 1 thread:");
	}

	@Test
	void thatTheDemoCorpusShowsTheArrestCountAndDembeleConflicts() throws Exception {
		Path corpus = dir.resolve("demo");
		assertThat(command.run("annotate", Path.of("../../releng/demo/articles").toString(), "--out", corpus.toString())).isZero();
		out.reset();
		assertThat(command.run("conflicts", corpus.toString(), "--json")).isZero();
		JsonNode groups = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("groups");
		JsonNode arrests = null;
		JsonNode dembele = null;
		for (JsonNode g : groups) {
			if (g.get("subject").asText().contains("arrest") && g.get("kind").asText().equals("COUNT")) {
				arrests = g;
			}
			if (g.get("subject").asText().equals("Abass Dembele \u2014 arrest")) {
				dembele = g;
			}
		}
		assertThat(arrests).as("arrest-count group").isNotNull();
		assertThat(arrests.get("conflict").asBoolean()).isTrue();
		assertThat(arrests.get("conflicts").get(0).get("reason").asText()).isEqualTo("DISJOINT_FIGURES");
		List<String> values = new ArrayList<>();
		arrests.get("claims").forEach(c -> values.add(c.get("value").asText()));
		assertThat(values).contains("55 arrests", "36 to 40 soldiers", "around 50 arrests", "at least around 20 arrests");
		assertThat(dembele).as("Dembele group").isNotNull();
		assertThat(dembele.get("conflict").asBoolean()).isTrue();
		List<String> factuality = new ArrayList<>();
		dembele.get("claims").forEach(c -> factuality.add(c.get("factuality").asText()));
		assertThat(factuality).contains("ASSERTED", "DENIED");
		assertThat(dembele.get("conflicts").get(0).get("reason").asText()).isEqualTo("ASSERTED_AND_DENIED");
		out.reset();
		assertThat(command.run("conflicts", corpus.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("CONFLICT", "contradicts");
	}

	/** Two annotators on the demo corpus: alice accepts every suggestion, bob rejects a few and relabels one. */
	@Test
	void thatAgreementOfTwoAnnotatorsOnTheDemoCorpusIsReported() throws Exception {
		Path corpusDir = dir.resolve("demo");
		assertThat(command.run("annotate", Path.of("../../releng/demo/articles").toString(), "--out", corpusDir.toString())).isZero();
		Corpus corpus = Corpus.open(corpusDir);
		for (String id : corpus.documentIds()) {
			for (String annotator : List.of("alice", "bob")) {
				JCas jcas = AssayTypeSystem.newJCas();
				corpus.readLayer(id, "engine", jcas);
				Review review = new Review(jcas, annotator);
				int n = 0;
				for (Entity e : jcas.select(Entity.class).asList()) {
					n++;
					if (annotator.equals("bob") && n % 7 == 0) {
						review.reject(e).apply();
					} else if (annotator.equals("bob") && n % 11 == 0 && e.getLabel().equals("ORGANIZATION")) {
						review.relabel(e, "PERSON").apply();
					} else {
						review.accept(e).apply();
					}
				}
				corpus.writeLayer(id, annotator, jcas, DocumentState.FINISHED);
			}
		}
		corpus.save();
		out.reset();
		assertThat(command.run("agreement", corpusDir.toString(), "--json")).isZero();
		JsonNode figures = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
		JsonNode overall = figures.get("corpus");
		double kappa = overall.get("cohenKappa").get("alice|bob").asDouble();
		assertThat(kappa).isBetween(0.5, 0.99);
		assertThat(overall.get("krippendorffAlpha").asDouble()).isBetween(0.5, 0.99);
		assertThat(overall.get("unitizingAlpha").asDouble()).isBetween(0.5, 0.99);
		assertThat(overall.get("labels").has("PERSON")).isTrue();
		assertThat(figures.get("documents")).hasSize(5);
		out.reset();
		assertThat(command.run("agreement", corpusDir.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cohen's kappa", "alice-bob", "PERSON");
		// curation merges what both accepted and lists where bob differs
		out.reset();
		assertThat(command.run("curate", corpusDir.toString())).isZero();
		String curated = out.toString(StandardCharsets.UTF_8);
		assertThat(curated).contains("agreed and merged", "difference(s) between alice, bob", "entity missing in some layers");
		assertThat(corpusDir.resolve("annotations/000_e15e1ef574711c26.txt/curation.xmi")).exists();
		// settle every difference with alice's version: the report then scores the engine against it
		for (String id : corpus.documentIds()) {
			JCas jcas = AssayTypeSystem.newJCas();
			corpus.readLayer(id, "alice", jcas);
			corpus.writeLayer(id, "curation", jcas, DocumentState.CURATED);
		}
		corpus.save();
		out.reset();
		assertThat(command.run("report", corpusDir.toString())).isZero();
		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(report).contains("5 document(s), 5 reviewed", "ACCEPTED", "Engine suggestions against the reviewed annotations")
				.containsPattern("PERSON\\s+\\d+\\s+0\\s+0\\s+1\\.000\\s+1\\.000");
	}

	@Test
	void thatTheEnginesOutputGoesThroughBratAndTsv3AndBackUnchangedAndBecomesAHuggingFaceDataset() throws Exception {
		Path corpus = dir.resolve("demo");
		assertThat(command.run("annotate", Path.of("../../releng/demo/articles").toString(), "--out", corpus.toString())).isZero();
		for (String format : List.of("brat", "tsv3")) {
			Path first = dir.resolve(format + "1");
			assertThat(command.run("export", corpus.toString(), "--format", format, "--status", "all", "--out", first.toString())).isZero();
			Path again = dir.resolve(format + "-corpus");
			assertThat(command.run("import", first.toString(), "--format", format, "--out", again.toString(), "--layer", "gold")).as(stderr())
					.isZero();
			Path second = dir.resolve(format + "2");
			assertThat(command.run("export", again.toString(), "--format", format, "--out", second.toString())).isZero();
			try (var files = Files.walk(first)) {
				for (Path f : files.filter(Files::isRegularFile).toList()) {
					assertThat(Files.readString(second.resolve(first.relativize(f).toString()))).as(f.toString()).isEqualTo(Files.readString(f));
				}
			}
		}
		Path hf = dir.resolve("hf");
		assertThat(command.run("export", corpus.toString(), "--format", "huggingface", "--status", "all", "--split", "60/20/20", "--seed", "3",
				"--out", hf.toString())).isZero();
		assertThat(Files.readString(hf.resolve("labels.json"))).startsWith("[\"O\",\"B-PERSON\",\"I-PERSON\",");
		assertThat(Files.readAllLines(hf.resolve("train.jsonl"))).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\"ner_tags\":[\""));
		assertThat(command.run("export", corpus.toString(), "--format", "huggingface", "--split", "60/20", "--out", hf.toString()))
				.isEqualTo(AssayCommand.USAGE);
		assertThat(command.run("export", corpus.toString(), "--format", "jsonl", "--split", "80/10/10", "--out", "x.jsonl"))
				.isEqualTo(AssayCommand.USAGE);
		assertThat(stderr()).contains("split '60/20' is not train/validation/test percentages such as 80/10/10",
				"--split applies to --format huggingface only");
	}

	@Test
	void thatExportImportExportIsLosslessForJsonLinesAndXmi() throws Exception {
		Path corpus = dir.resolve("demo");
		assertThat(command.run("annotate", Path.of("../../releng/demo/articles").toString(), "--out", corpus.toString())).isZero();
		Path first = dir.resolve("first.jsonl");
		assertThat(command.run("export", corpus.toString(), "--format", "jsonl", "--status", "all", "--out", first.toString())).isZero();
		Path again = dir.resolve("again");
		assertThat(command.run("import", first.toString(), "--format", "jsonl", "--out", again.toString(), "--layer", "bob")).isZero();
		Path second = dir.resolve("second.jsonl");
		assertThat(command.run("export", again.toString(), "--format", "jsonl", "--status", "all", "--out", second.toString())).isZero();
		assertThat(Files.readString(second)).isEqualTo(Files.readString(first));

		Path xmi = dir.resolve("xmi");
		assertThat(command.run("export", corpus.toString(), "--format", "xmi", "--status", "all", "--out", xmi.toString())).isZero();
		Path fromXmi = dir.resolve("fromXmi");
		assertThat(command.run("import", xmi.toString(), "--format", "xmi", "--out", fromXmi.toString())).isZero();
		Path third = dir.resolve("third.jsonl");
		assertThat(command.run("export", fromXmi.toString(), "--format", "jsonl", "--status", "all", "--out", third.toString())).isZero();
		assertThat(Files.readString(third)).isEqualTo(Files.readString(first));
	}

	@Test
	void thatABadJsonLinesRecordIsNamedByLineAndTheOthersAreImported() throws Exception {
		Path in = dir.resolve("in.jsonl");
		Files.writeString(in, "{\"id\":\"a.txt\",\"text\":\"Mali.\",\"entities\":[{\"begin\":0,\"end\":4,\"label\":\"LOCATION\",\"status\":\"ACCEPTED\",\"origin\":\"x\",\"confidence\":1}],\"claims\":[]}\n"
				+ "{\"id\":\"b.txt\",\"text\":\"Short.\",\"entities\":[{\"begin\":0,\"end\":99,\"label\":\"PERSON\",\"status\":\"ACCEPTED\"}]}\n"
				+ "not json\n");
		assertThat(command.run("import", in.toString(), "--format", "jsonl", "--out", dir.resolve("c").toString())).isEqualTo(AssayCommand.FAILED);
		assertThat(stderr()).contains("in.jsonl: line 2: offset end=99 is outside the text (length 6)")
				.contains("in.jsonl: line 3: not valid JSON");
		assertThat(dir.resolve("c/annotations/a.txt/import.xmi")).exists();
	}

	/** A command that fails as no command should: to check what every command does then. */
	@Command(name = "boom")
	static final class Boom implements Callable<Integer> {
		@Parameters(index = "0")
		Path input;

		@Override
		public Integer call() {
			throw new IllegalStateException("kaboom\n\tat some.Frame(Frame.java:1)");
		}
	}

	@Test
	void thatAnUnexpectedFailureOfAnyCommandIsOneLineNamingItsInputAndExitsNonZero() {
		CommandLine cli = command.commandLine();
		command.configure(cli.addSubcommand("boom", new Boom()));
		int code = command.runOn(cli, "boom", "/data/corpus");
		assertThat(code).isEqualTo(AssayCommand.FAILED);
		assertThat(stderr()).isEqualTo("assay boom: /data/corpus: failed unexpectedly (IllegalStateException: kaboom); this is a bug, please report it"
				+ System.lineSeparator());
		// every real command gets the same handler: the ones that take a path name it
		for (CommandLine sub : cli.getSubcommands().values()) {
			assertThat(sub.getExecutionExceptionHandler()).as(sub.getCommandName()).isSameAs(cli.getExecutionExceptionHandler());
		}
	}

	@Test
	void thatAnImportWithBadLinesReportsEachAndImportsTheRest() throws Exception {
		Path jsonl = dir.resolve("in.jsonl");
		Files.writeString(jsonl, "{\"id\":\"a.txt\",\"text\":\"Lagos.\",\"entities\":[{\"begin\":0,\"end\":5,\"label\":\"LOCATION\","
				+ "\"status\":\"SUGGESTED\"}]}\n{\"id\":\"b.txt\",\"text\":\"x\",\"claims\":[{\"content\":{\"begin\":0,\"end\":1},"
				+ "\"quantity\":{\"begin\":0,\"end\":1,\"high\":2},\"kind\":\"INDIRECT\",\"factuality\":\"ASSERTED\",\"status\":\"SUGGESTED\"}]}\n");
		Path corpus = dir.resolve("corpus");
		int code = command.run("import", jsonl.toString(), "--format", "jsonl", "--out", corpus.toString(), "--layer", "imp");
		assertThat(code).isEqualTo(AssayCommand.FAILED);
		assertThat(stderr()).contains(jsonl + ": line 2: claim quantity lacks \"low\"").doesNotContain("Exception");
		assertThat(Files.exists(corpus.resolve("annotations/a.txt/imp.xmi"))).isTrue();
	}

	@Test
	void thatExportToADashWritesTheDataToStandardOutputAndTheSummaryToStandardError() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("a.txt"), "Police in Lagos arrested 12 people on Monday.");
		Path corpus = dir.resolve("corpus");
		assertThat(command.run("annotate", in.toString(), "--out", corpus.toString())).isZero();
		out.reset();
		err.reset();
		assertThat(command.run("export", corpus.toString(), "--format", "jsonl", "--status", "all", "--out", "-")).isZero();
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(1);
		assertThat(new ObjectMapper().readTree(lines.get(0)).get("id").asText()).isEqualTo("a.txt");
		assertThat(stderr()).contains("1 document(s) exported to standard output");
		assertThat(Files.exists(dir.resolve("-"))).isFalse();
		assertThat(command.run("export", corpus.toString(), "--format", "xmi", "--out", "-")).isEqualTo(AssayCommand.USAGE);
	}
}
