package org.assay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerRecord;
import org.assay.core.corpus.DocumentState;
import org.assay.core.exchange.ExportOperation;
import org.assay.core.formats.StatusFilter;
import org.assay.engines.AnnotateOperation;
import org.assay.engines.recommend.RecommenderTraining;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The Spark job in local[2] gives exactly what ./assay annotate and ./assay export give. */
class AssayJobTest {

	static final Path ROOT = Path.of(System.getProperty("assay.root", "../..")).toAbsolutePath().normalize();

	static SparkSession spark;

	@TempDir
	static Path dir;

	static Path input;
	static Path cli;

	@BeforeAll
	static void setUp() throws Exception {
		spark = SparkSession.builder().master("local[2]").appName("assay-test").config("spark.ui.enabled", "false")
				.config("spark.sql.shuffle.partitions", "2").getOrCreate();
		input = Files.createDirectories(dir.resolve("in"));
		try (Stream<Path> files = Files.list(ROOT.resolve("releng/demo/articles"))) {
			for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
				Files.copy(p, input.resolve(p.getFileName()));
			}
		}
		Files.createDirectories(input.resolve("more"));
		Files.writeString(input.resolve("more/short.txt"), "Police in Quito said 40 people were arrested on Friday, Reuters reported.");
		Files.write(input.resolve("bad.txt"), new byte[] { 0x7f, 'E', 'L', 'F', 0, 1, 2 });
		cli = dir.resolve("cli");
		new AnnotateOperation(input, Corpus.openOrCreate(cli)).execute(new NullProgressMonitor());
	}

	@AfterAll
	static void tearDown() {
		if (spark != null) {
			spark.stop();
		}
	}

	private static AssayJob job(AssayJob.OutputFormat output, Path out) {
		AssayJob job = new AssayJob();
		job.input = input.toUri().toString();
		job.output = output;
		job.out = out.toString();
		return job;
	}

	private static List<String> files(Path root) throws Exception {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
					.filter(p -> p.startsWith("texts/") || p.startsWith("annotations/")).sorted().toList();
		}
	}

	private static String deterministic(Path file) throws Exception {
		return Files.readString(file, StandardCharsets.UTF_8).replaceAll("changedAt=\"[^\"]*\"", "changedAt=\"\"");
	}

	@Test
	void thatTheCorpusFolderIsByteForByteWhatAnnotateWrites() throws Exception {
		Path out = dir.resolve("spark-corpus");
		AssayJob job = job(AssayJob.OutputFormat.CORPUS, out);
		AssayJob.Summary summary = job.run(spark);
		assertThat(summary.annotated()).isEqualTo(6);
		assertThat(summary.failed()).isEqualTo(1);

		assertThat(files(out)).isEqualTo(files(cli)).contains("texts/more/short.txt", "annotations/more/short.txt/engine.xmi");
		assertThat(out.resolve(".assay-cache/more/short.txt/engine.bin")).as("the binary form, derived, as annotate writes it").exists();
		for (String f : files(cli)) {
			if (f.endsWith(LayerRecord.EXTENSION)) {
				// the record: the same state, text and decisions; its times and the XMI's digest follow the run's clock
				LayerRecord a = LayerRecord.read(out.resolve(f)).orElseThrow();
				LayerRecord b = LayerRecord.read(cli.resolve(f)).orElseThrow();
				assertThat(List.of(a.state, String.valueOf(a.by), a.textSha256, a.decisions.open)).as(f)
						.isEqualTo(List.of(b.state, String.valueOf(b.by), b.textSha256, b.decisions.open));
				continue;
			}
			// byte for byte, but for when each suggestion was made (changedAt: the clock of the run)
			assertThat(deterministic(out.resolve(f))).as(f).isEqualTo(deterministic(cli.resolve(f)));
		}
		ObjectMapper json = new ObjectMapper();
		assertThat(json.readTree(out.resolve(Corpus.MANIFEST).toFile())).isEqualTo(json.readTree(cli.resolve(Corpus.MANIFEST).toFile()));

		// the document that failed is reported with why, and the job did not fail
		List<String> failures = new ArrayList<>();
		try (Stream<Path> parts = Files.list(Path.of(job.failuresPath()))) {
			for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
				failures.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
			}
		}
		assertThat(failures).singleElement().satisfies(line -> {
			assertThat(json.readTree(line).get("id").asText()).isEqualTo("bad.txt");
			assertThat(json.readTree(line).get("engine").asText()).isEqualTo("input");
			assertThat(json.readTree(line).get("reason").asText()).startsWith("is a binary file");
		});
	}

	@Test
	void thatJsonLinesAreWhatExportWrites() throws Exception {
		Path out = dir.resolve("spark-jsonl");
		job(AssayJob.OutputFormat.JSONL, out).run(spark);
		List<String> lines = new ArrayList<>();
		try (Stream<Path> parts = Files.list(out)) {
			for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
				lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
			}
		}
		Path export = dir.resolve("cli.jsonl");
		new ExportOperation(Corpus.open(cli)).filter(StatusFilter.ALL).to(export).execute(new NullProgressMonitor());
		List<String> expected = Files.readAllLines(export, StandardCharsets.UTF_8);
		assertThat(lines.stream().sorted().toList()).isEqualTo(expected.stream().sorted().toList());
	}

	@Test
	void thatParquetHasOneRowPerEntityAndClaim() throws Exception {
		Path out = dir.resolve("spark-parquet");
		job(AssayJob.OutputFormat.PARQUET, out).run(spark);
		long rows = spark.read().parquet(out.toString()).count();
		long expected = 0;
		for (String id : Corpus.open(cli).documentIds()) {
			JCas jcas = AssayTypeSystem.newJCas();
			Corpus.open(cli).readLayer(id, Corpus.ENGINE_LAYER, jcas);
			expected += jcas.select(Entity.class).count() + jcas.select(Claim.class).count();
		}
		assertThat(rows).isEqualTo(expected).isPositive();
		assertThat(spark.read().parquet(out.toString()).filter("type = 'CLAIM' and low is not null").count()).isPositive();
	}

	@Test
	void thatACorpusTrainedRecommendersAreShippedToTheExecutorsAndSuggest() throws Exception {
		// a corpus where an annotator confirmed a custom label in two documents, and its recommenders trained
		Corpus taught = Corpus.openOrCreate(dir.resolve("taught"));
		String[] weapons = { "AK-47", "RPG-7" };
		for (int i = 0; i < weapons.length; i++) {
			String text = "Police in town " + i + " said the attackers used a " + weapons[i] + " and fled.";
			JCas jcas = AssayTypeSystem.newJCas();
			jcas.setDocumentText(text);
			int at = text.indexOf(weapons[i]);
			Entity e = new Entity(jcas, at, at + weapons[i].length());
			e.setLabel("WEAPON");
			e.setStatus("ACCEPTED");
			e.setOrigin("alice");
			e.setConfidence(1.0);
			e.addToIndexes();
			taught.putText("doc" + i + ".txt", text);
			taught.writeLayer("doc" + i + ".txt", "alice", jcas, DocumentState.FINISHED);
		}
		taught.addLabel("WEAPON");
		taught.save();
		new RecommenderTraining(taught, RecommenderTraining.builtIn())
				.execute(new NullProgressMonitor());

		Path in = Files.createDirectories(dir.resolve("weapons-in"));
		Files.writeString(in.resolve("new.txt"), "Witnesses said a man with an AK-47 ran off.");
		Path out = dir.resolve("weapons-out");
		AssayJob job = job(AssayJob.OutputFormat.JSONL, out);
		job.input = in.toUri().toString();
		job.recommenders = taught.root();
		job.run(spark);
		List<String> lines = new ArrayList<>();
		try (Stream<Path> parts = Files.list(out)) {
			for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
				lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
			}
		}
		assertThat(lines).singleElement().asString().contains("\"label\":\"WEAPON\"").contains("\"text\":\"AK-47\"")
				.contains("recommender:strings@");
	}
}
