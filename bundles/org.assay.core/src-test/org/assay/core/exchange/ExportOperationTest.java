package org.assay.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.LayerChoice;
import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;
import org.assay.core.io.XmiFiles;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Source;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExportOperationTest {

	static final String TEXT = "\"There have been at least around 20 arrests,\" a security source told AFP. Goïta spoke.";

	@TempDir
	Path dir;

	private Corpus corpusWithOneDocument(String layer) throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		Entity afp = entity(jcas, "AFP", "ORGANIZATION", "ACCEPTED");
		entity(jcas, "Goïta", "PERSON", "SUGGESTED");
		entity(jcas, "security", "ORGANIZATION", "REJECTED");
		Quantity q = new Quantity(jcas, TEXT.indexOf("at least"), TEXT.indexOf(" arrests"));
		q.setLow(20);
		q.setHigh(Double.POSITIVE_INFINITY);
		q.setApproximate(true);
		q.setMeasure("arrests");
		q.setUnit("");
		q.setStatus("ACCEPTED");
		q.addToIndexes();
		Source s = new Source(jcas, TEXT.indexOf("a security"), TEXT.indexOf(" told"));
		s.setStatus("ACCEPTED");
		s.addToIndexes();
		Cue c = new Cue(jcas, TEXT.indexOf("told"), afp.getEnd());
		c.setStatus("CORRECTED");
		c.addToIndexes();
		Claim claim = new Claim(jcas, 1, TEXT.indexOf(",\""));
		claim.setSource(s);
		claim.setCue(c);
		claim.setQuantity(q);
		claim.setKind("DIRECT_QUOTE");
		claim.setFactuality("ASSERTED");
		claim.setStatus("ACCEPTED");
		claim.setOrigin("assay-claims@0.1.0");
		claim.setConfidence(0.9);
		claim.addToIndexes();
		corpus.putText("a.txt", TEXT);
		corpus.writeLayer("a.txt", layer, jcas, DocumentState.FINISHED);
		corpus.save();
		return corpus;
	}

	private static Entity entity(JCas jcas, String text, String label, String status) {
		int b = TEXT.indexOf(text);
		Entity e = new Entity(jcas, b, b + text.length());
		e.setLabel(label);
		e.setStatus(status);
		e.setOrigin("assay-entities@0.1.0");
		e.setConfidence(0.8);
		e.addToIndexes();
		return e;
	}

	@Test
	void thatGoldJsonlHasOnlyReviewedAnnotationsWithUtf16OffsetsAndOpenIntervals() throws Exception {
		Corpus corpus = corpusWithOneDocument("alice");
		Path out = dir.resolve("gold.jsonl");
		ExportOperation.Result r = new ExportOperation(corpus).filter(StatusFilter.GOLD).to(out).execute(new NullProgressMonitor());
		assertThat(r.exported()).isEqualTo(1);
		List<String> lines = Files.readAllLines(out);
		assertThat(lines).hasSize(1);
		JsonNode doc = new ObjectMapper().readTree(lines.get(0));
		assertThat(doc.get("id").asText()).isEqualTo("a.txt");
		assertThat(doc.get("entities")).hasSize(1);
		JsonNode afp = doc.get("entities").get(0);
		String text = doc.get("text").asText();
		assertThat(text.substring(afp.get("begin").asInt(), afp.get("end").asInt())).isEqualTo("AFP");
		JsonNode claim = doc.get("claims").get(0);
		assertThat(claim.get("quantity").get("low").asInt()).isEqualTo(20);
		assertThat(claim.get("quantity").get("high").isNull()).isTrue();
		assertThat(claim.get("source").get("text").asText()).isEqualTo("a security source");
		assertThat(claim.get("cue").get("text").asText()).isEqualTo("told AFP");
		assertThat(claim.get("kind").asText()).isEqualTo("DIRECT_QUOTE");
	}

	@Test
	void thatAllAddsSuggestionsButNeverRejections() throws Exception {
		Corpus corpus = corpusWithOneDocument("alice");
		Path out = dir.resolve("all.jsonl");
		new ExportOperation(corpus).filter(StatusFilter.ALL).to(out).execute(new NullProgressMonitor());
		JsonNode doc = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
		assertThat(doc.get("entities")).extracting(e -> e.get("text").asText()).containsExactly("AFP", "Goïta");
	}

	@Test
	void thatXmiExportWritesTheTypeSystemAndFiltersByStatus() throws Exception {
		Corpus corpus = corpusWithOneDocument("alice");
		Path out = dir.resolve("xmi");
		new ExportOperation(corpus).format(Format.XMI).filter(StatusFilter.GOLD).to(out).execute(new NullProgressMonitor());
		assertThat(out.resolve("TypeSystem.xml")).exists();
		JCas back = AssayTypeSystem.newJCas();
		XmiFiles.read(out.resolve("a.txt.xmi"), back.getCas());
		assertThat(back.select(Entity.class).asList()).extracting(Entity::getCoveredText).containsExactly("AFP");
		assertThat(back.select(Claim.class).single().getSource().getCoveredText()).isEqualTo("a security source");
	}

	@Test
	void thatABrokenLayerIsReportedAndTheOtherDocumentsStillExported() throws Exception {
		Corpus corpus = corpusWithOneDocument("alice");
		corpus.putText("b.txt", "Second document.");
		Files.createDirectories(corpus.layerPath("b.txt", "alice").getParent());
		Files.writeString(corpus.layerPath("b.txt", "alice"), "<not xmi");
		corpus.save();
		Path out = dir.resolve("out.jsonl");
		ExportOperation.Result r = new ExportOperation(corpus).filter(StatusFilter.ALL).to(out).execute(new NullProgressMonitor());
		assertThat(r.exported()).isEqualTo(1);
		assertThat(r.failures()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("b.txt")
				.contains("alice.xmi").contains("is not valid XMI"));
		assertThat(Files.readAllLines(out)).hasSize(1);
	}

	@Test
	void thatTwoAnnotatorLayersWithoutCurationAreNotExportedSilently() throws Exception {
		Corpus corpus = corpusWithOneDocument("alice");
		JCas jcas = AssayTypeSystem.newJCas();
		corpus.readLayer("a.txt", "alice", jcas);
		corpus.writeLayer("a.txt", "bob", jcas, DocumentState.FINISHED);
		ExportOperation.Result r = new ExportOperation(corpus).to(dir.resolve("x.jsonl")).execute(new NullProgressMonitor());
		assertThat(r.exported()).isZero();
		assertThat(r.failures().get(0).problem()).contains("curate the document");
		// with only one of them FINISHED, that one is the document's gold
		corpus.writeLayer("a.txt", "bob", jcas, DocumentState.IN_PROGRESS);
		assertThat(LayerChoice.forExport(corpus, "a.txt")).contains("alice");
	}
}
