package org.assay.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.curation.CurateOperation;
import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;
import org.assay.core.io.XmiFiles;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad records are reported with file and line, nothing half-written, and the corpus stays exportable. */
class HostileInputTest {

	@TempDir
	Path dir;

	private static String record(String id, String text, String entities, String claims) {
		return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"entities\":[" + entities + "],\"claims\":[" + claims + "]}\n";
	}

	private static final String TEXT = "Police said 20 people were arrested in Lagos.";
	private static final String LAGOS = "{\"begin\":39,\"end\":44,\"label\":\"LOCATION\",\"status\":\"SUGGESTED\"}";

	@Test
	void thatEachBadRecordIsReportedWithItsLineAndTheOthersAreImported() throws Exception {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes(record("good1.txt", TEXT, LAGOS, "").getBytes(StandardCharsets.UTF_8)); // 1
		file.writeBytes(record("q.txt", TEXT, "", "{\"content\":{\"begin\":0,\"end\":44},\"quantity\":{\"begin\":12,\"end\":14,\"high\":20},"
				+ "\"kind\":\"INDIRECT\",\"factuality\":\"ASSERTED\",\"status\":\"SUGGESTED\"}").getBytes(StandardCharsets.UTF_8)); // 2
		file.writeBytes(record("rev.txt", TEXT, "{\"begin\":44,\"end\":39,\"label\":\"LOCATION\",\"status\":\"SUGGESTED\"}", "")
				.getBytes(StandardCharsets.UTF_8)); // 3
		file.writeBytes(new byte[] { '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n' }); // 4: not UTF-8
		file.writeBytes(record("nul.txt", "a\\u0000b", "", "").getBytes(StandardCharsets.UTF_8)); // 5
		file.writeBytes(record("good1.txt", TEXT, "", "").getBytes(StandardCharsets.UTF_8)); // 6: duplicate id
		file.writeBytes(record("../../x.txt", TEXT, "", "").getBytes(StandardCharsets.UTF_8)); // 7: leads out
		file.writeBytes(record("maybe.txt", TEXT, "{\"begin\":39,\"end\":44,\"label\":\"LOCATION\",\"status\":\"MAYBE\"}", "")
				.getBytes(StandardCharsets.UTF_8)); // 8
		file.writeBytes(record("a/./b.txt", TEXT, LAGOS, "").getBytes(StandardCharsets.UTF_8)); // 9: aliased spelling, imported as a/b.txt
		Path jsonl = dir.resolve("in.jsonl");
		Files.write(jsonl, file.toByteArray());
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));

		ImportOperation.Result r = new ImportOperation(corpus).layer("imp").from(jsonl).execute(new NullProgressMonitor());

		assertThat(r.imported()).isEqualTo(2);
		assertThat(r.failures()).extracting(CorpusException::getMessage).containsExactly(
				jsonl + ": line 2: claim quantity lacks \"low\" (a number, or null for no bound)",
				jsonl + ": line 3: entity: \"end\" 39 is before \"begin\" 44",
				jsonl + ": line 4: is not valid UTF-8; the line was skipped",
				jsonl + ": line 5: the record has a NUL character in its text at offset 1",
				jsonl + ": line 6: id 'good1.txt' was already imported from line 1; ids must be unique",
				jsonl + ": line 7: id '../../x.txt' leads out of the corpus ('..')",
				jsonl + ": line 8: unknown status 'MAYBE'; expected one of SUGGESTED, ACCEPTED, REJECTED, CORRECTED, MANUAL");
		assertThat(corpus.documentIds()).containsExactly("a/b.txt", "good1.txt");
		assertThat(dir.resolve("corpus/texts/nul.txt")).as("nothing half-imported").doesNotExist();
		assertThat(dir.resolve("x.txt")).doesNotExist();

		Path out = dir.resolve("out.jsonl");
		ExportOperation.Result exported = new ExportOperation(Corpus.open(corpus.root())).filter(StatusFilter.ALL).to(out)
				.execute(new NullProgressMonitor());
		assertThat(exported.failures()).isEmpty();
		assertThat(exported.exported()).isEqualTo(2);
	}

	@Test
	void thatAnXmiWithASpanOutsideItsTextIsRefusedNamingIt() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("xmi"));
		JCas bad = AssayTypeSystem.newJCas();
		bad.setDocumentText("short");
		Entity e = new Entity(bad, 2, 40);
		e.setLabel("PERSON");
		e.setStatus("SUGGESTED");
		e.addToIndexes();
		XmiFiles.write(bad.getCas(), folder.resolve("bad.txt.xmi"));
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		ImportOperation.Result r = new ImportOperation(corpus).format(Format.XMI).layer("imp").from(folder)
				.execute(new NullProgressMonitor());
		assertThat(r.imported()).isZero();
		assertThat(r.failures()).singleElement().extracting(CorpusException::getMessage)
				.isEqualTo(folder.resolve("bad.txt.xmi") + ": it has a Entity at 2..40, outside its text (length 5)");
	}

	@Test
	void thatExportSkipsOnlyABadDocumentAndCurationOnlyLayersOfAnotherText() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		for (String id : List.of("a.txt", "b.txt")) {
			JCas jcas = AssayTypeSystem.newJCas();
			jcas.setDocumentText(TEXT);
			Entity e = new Entity(jcas, 39, id.equals("a.txt") ? 44 : 90); // b.txt: outside its text (written by older tools)
			e.setLabel("LOCATION");
			e.setStatus("ACCEPTED");
			e.addToIndexes();
			corpus.putText(id, TEXT);
			corpus.writeLayer(id, "alice", jcas, DocumentState.FINISHED);
		}
		corpus.save();

		Path out = dir.resolve("out.jsonl");
		ExportOperation.Result r = new ExportOperation(corpus).filter(StatusFilter.ALL).to(out).execute(new NullProgressMonitor());
		assertThat(r.exported()).isEqualTo(1);
		assertThat(r.failures()).extracting(CorpusException::getMessage)
				.containsExactly(corpus.layerPath("b.txt", "alice") + ": has a Entity at 39..90, outside its text (length 45); not exported");

		JCas other = AssayTypeSystem.newJCas();
		other.setDocumentText(TEXT.replace("Lagos", "Abuja"));
		corpus.writeLayer("a.txt", "bob", other, DocumentState.FINISHED);
		corpus.save();

		CurateOperation curate = new CurateOperation(corpus);
		curate.execute(new NullProgressMonitor());
		assertThat(curate.failures()).extracting(CorpusException::getMessage).containsExactly(corpus.layerPath("a.txt", "bob")
				+ ": is a layer of another text than layer 'alice' of a.txt; curation compares layers of one text (re-import one of them)");
	}
}
