package org.assay.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.exchange.ExportOperation;
import org.assay.core.exchange.ImportOperation;
import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;
import org.assay.core.io.HtmlArticles;
import org.assay.core.io.LayerCache;
import org.assay.core.io.TextFiles;
import org.assay.core.io.XmiFiles;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of everything Assay reads from files: JSON Lines and XMI imports, the manifest, the
 * text reader and the cache loader. Whatever the bytes, the only failure is a reported
 * {@link CorpusException} — never another exception — and the corpus can be exported
 * afterwards. In every build they run over the kept inputs (regression mode:
 * {@code CorpusInputsFuzzTestInputs/<method>/}); {@code ./mvnw verify -pl bundles/org.assay.core -Pfuzz}
 * fuzzes them.
 */
class CorpusInputsFuzzTest {

	private static Path fresh(String name) throws IOException {
		Path dir = Path.of(System.getProperty("java.io.tmpdir"), "assay-fuzz", name);
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		return Files.createDirectories(dir);
	}

	/** The corpus exports without any document refused: nothing imported left it unexportable. */
	private static void assertExportable(Path corpus) throws Exception {
		ExportOperation.Result r = new ExportOperation(Corpus.open(corpus)).filter(StatusFilter.ALL).to(corpus.resolveSibling("out.jsonl"))
				.execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
	}

	@FuzzTest(maxDuration = "2m")
	void jsonLinesImport(byte[] input) throws Exception {
		Path dir = fresh("jsonl");
		Path file = Files.write(dir.resolve("in.jsonl"), input);
		Path corpus = dir.resolve("corpus");
		try {
			new ImportOperation(Corpus.openOrCreate(corpus)).layer("imp").from(file).execute(new NullProgressMonitor());
		} catch (CorpusException expected) {
			// reported as one line naming the file
		}
		assertExportable(corpus);
	}

	@FuzzTest(maxDuration = "2m")
	void xmiImport(byte[] input) throws Exception {
		Path dir = fresh("xmi");
		Path folder = Files.createDirectories(dir.resolve("in"));
		Files.write(folder.resolve("doc.txt.xmi"), input);
		Path corpus = dir.resolve("corpus");
		try {
			new ImportOperation(Corpus.openOrCreate(corpus)).format(Format.XMI).layer("imp").from(folder)
					.execute(new NullProgressMonitor());
		} catch (CorpusException expected) {
			// reported
		}
		assertExportable(corpus);
	}

	@FuzzTest(maxDuration = "2m")
	void manifest(byte[] input) throws Exception {
		Path corpus = fresh("manifest");
		Files.write(corpus.resolve(Corpus.MANIFEST), input);
		Corpus opened;
		try {
			opened = Corpus.open(corpus);
		} catch (CorpusException expected) {
			return; // refused in one line
		}
		for (String id : opened.documentIds()) {
			opened.state(id, Corpus.ENGINE_LAYER);
		}
		opened.tagset();
		opened.save();
		assertExportable(corpus);
	}

	/**
	 * The text reader gives a file's text, every character of it as UTF-8 decodes it (a byte
	 * order mark dropped), or refuses the file for a reason its bytes bear out; never another text.
	 */
	@FuzzTest(maxDuration = "2m")
	void textReader(byte[] input) throws Exception {
		Path file = Files.write(fresh("text").resolve("a.txt"), input);
		boolean bom = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB && (input[2] & 0xFF) == 0xBF;
		byte[] body = bom ? Arrays.copyOfRange(input, 3, input.length) : input;
		String decoded = new String(body, StandardCharsets.UTF_8);
		// valid UTF-8, and only then, comes back byte for byte once decoded (a bad sequence becomes U+FFFD)
		boolean utf8 = Arrays.equals(decoded.getBytes(StandardCharsets.UTF_8), body);
		String text;
		try {
			text = TextFiles.read(file);
		} catch (CorpusException e) {
			assertThat(e.file()).isEqualTo(file);
			assertRefusalBorneOut(e.problem(), input, body, decoded, utf8);
			return;
		}
		assertThat(utf8).as("a file read as text is UTF-8").isTrue();
		assertThat(text).isEqualTo(decoded);
	}

	private static void assertRefusalBorneOut(String problem, byte[] input, byte[] body, String decoded, boolean utf8) {
		Matcher nul = Pattern.compile("is a binary file \\(NUL byte at offset (\\d+)\\), not text").matcher(problem);
		Matcher controls = Pattern.compile("is a binary file \\((\\d+) control bytes\\), not text").matcher(problem);
		if (problem.equals("is empty")) {
			assertThat(body).isEmpty();
		} else if (nul.matches()) {
			assertThat(input[Integer.parseInt(nul.group(1))]).isZero();
		} else if (controls.matches()) {
			long n = IntStream.range(0, body.length).map(i -> body[i] & 0xFF)
					.filter(b -> b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f').count();
			assertThat(n).isEqualTo(Long.parseLong(controls.group(1))).isGreaterThan(8);
		} else if (problem.startsWith("is not valid UTF-8")) {
			assertThat(utf8).as(problem).isFalse();
		} else if (problem.equals("contains only white space")) {
			assertThat(decoded).isBlank();
		} else {
			fail("refused for a reason no text has: " + problem);
		}
	}

	@FuzzTest(maxDuration = "2m")
	void bratImport(byte[] input) throws Exception {
		Path dir = fresh("brat");
		Path folder = Files.createDirectories(dir.resolve("in"));
		Files.writeString(folder.resolve("doc.txt"), "\uD83D\uDE00 \"We will stay,\" Amina Diallo told Oxfam in Lima.\nAt least 20 left.\n");
		Files.write(folder.resolve("doc.ann"), input);
		Path corpus = dir.resolve("corpus");
		try {
			new ImportOperation(Corpus.openOrCreate(corpus)).format(Format.BRAT).addLabels(true).layer("imp").from(folder)
					.execute(new NullProgressMonitor());
		} catch (CorpusException expected) {
			// reported
		}
		assertExportable(corpus);
	}

	@FuzzTest(maxDuration = "2m")
	void tsv3Import(byte[] input) throws Exception {
		Path dir = fresh("tsv3");
		Path folder = Files.createDirectories(dir.resolve("in"));
		Files.write(folder.resolve("doc.tsv"), input);
		Path corpus = dir.resolve("corpus");
		try {
			new ImportOperation(Corpus.openOrCreate(corpus)).format(Format.TSV3).addLabels(true).layer("imp").from(folder)
					.execute(new NullProgressMonitor());
		} catch (CorpusException expected) {
			// reported
		}
		assertExportable(corpus);
	}

	@FuzzTest(maxDuration = "2m")
	void htmlPage(byte[] input) throws Exception {
		Optional<HtmlArticles.Article> article = HtmlArticles.extract(input);
		// an article found is a text the corpus can store
		article.ifPresent(a -> assertThat(LayerCheck.textProblem(a.text())).isNull());
	}

	private static final String TEXT = "Amina Diallo met envoys from Oxfam in Lima on Monday.";

	@FuzzTest(maxDuration = "2m")
	void cacheLoader(byte[] input) throws Exception {
		Path dir = fresh("cache");
		JCas layer = AssayTypeSystem.newJCas();
		layer.setDocumentText(TEXT);
		Entity e = new Entity(layer, 0, 12);
		e.setLabel("PERSON");
		e.setStatus("SUGGESTED");
		e.addToIndexes();
		Path xmi = dir.resolve("a.xmi");
		XmiFiles.write(layer.getCas(), xmi);
		Path cache = Files.write(dir.resolve("a.bin"), input);
		JCas read = AssayTypeSystem.newJCas();
		if (LayerCache.load(xmi, cache, read.getCas())) {
			// a cache that passes every check must say what the XMI says
			assertThat(read.getDocumentText()).isEqualTo(TEXT);
		}
	}
}
