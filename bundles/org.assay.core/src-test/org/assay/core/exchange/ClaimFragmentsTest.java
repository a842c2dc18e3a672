package org.assay.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;
import org.assay.core.io.XmiFiles;
import org.assay.core.review.CasEdit;
import org.assay.core.review.ClaimParts;
import org.assay.core.review.Review;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Source;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A quote split around its cue is one claim with two fragments, in every format and edit. */
class ClaimFragmentsTest {

	static final String TEXT = "\"The dam is holding,\" the engineer said, \"but the river is still rising.\"";
	static final Span FIRST = new Span(1, 19);
	static final Span SECOND = new Span(42, 71);

	@TempDir
	Path dir;

	private static JCas splitQuote() {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		Source s = new Source(jcas, 22, 34);
		s.setStatus("ACCEPTED");
		s.addToIndexes();
		Cue c = new Cue(jcas, 35, 39);
		c.setStatus("ACCEPTED");
		c.addToIndexes();
		Claim claim = new Claim(jcas, FIRST.begin(), SECOND.end());
		ClaimParts.setContent(claim, List.of(FIRST, SECOND));
		claim.setSource(s);
		claim.setCue(c);
		claim.setKind("DIRECT_QUOTE");
		claim.setFactuality("ASSERTED");
		claim.setStatus("SUGGESTED");
		claim.setOrigin("assay-claims@0.1.0");
		claim.setConfidence(0.9);
		claim.addToIndexes();
		new Review(jcas, "alice").accept(claim).apply();
		return jcas;
	}

	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		corpus.putText("a.txt", TEXT);
		corpus.writeLayer("a.txt", "alice", splitQuote(), DocumentState.FINISHED);
		corpus.save();
		return corpus;
	}

	@Test
	void thatJsonLinesListTheFragmentsAndImportGivesTheSameLineBack() throws Exception {
		Path out = dir.resolve("gold.jsonl");
		new ExportOperation(corpus()).filter(StatusFilter.GOLD).to(out).execute(new NullProgressMonitor());
		String line = Files.readAllLines(out).get(0);
		JsonNode claim = new ObjectMapper().readTree(line).get("claims").get(0);
		assertThat(claim.get("fragments")).hasSize(2);
		assertThat(claim.get("fragments").get(0).get("text").asText()).isEqualTo("The dam is holding");
		assertThat(claim.get("fragments").get(1).get("begin").asInt()).isEqualTo(42);
		assertThat(claim.get("fragments").get(1).get("text").asText()).isEqualTo("but the river is still rising");
		assertThat(claim.get("suggested").get("origin").asText()).isEqualTo("assay-claims@0.1.0");
		assertThat(claim.get("suggested").get("confidence").asDouble()).isEqualTo(0.9);
		assertThat(claim.get("decidedBy").asText()).isEqualTo("alice");
		assertThat(claim.get("decidedAt").asText()).isNotBlank();

		Corpus back = Corpus.openOrCreate(dir.resolve("back"));
		new ImportOperation(back).layer("alice").from(out).format(Format.JSONL).execute(new NullProgressMonitor());
		Path again = dir.resolve("again.jsonl");
		new ExportOperation(back).filter(StatusFilter.GOLD).to(again).execute(new NullProgressMonitor());
		assertThat(Files.readAllLines(again).get(0)).isEqualTo(line);
	}

	@Test
	void thatAContinuousClaimHasOneFragment() throws Exception {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		Claim claim = new Claim(jcas, 1, 19);
		assertThat(ClaimParts.content(claim)).containsExactly(new Span(1, 19));
		assertThat(claim.getFragments()).isNull();
	}

	@Test
	void thatBratWritesTheClaimAsADiscontinuousSpan() throws Exception {
		Path out = dir.resolve("brat");
		new ExportOperation(corpus()).format(Format.BRAT).filter(StatusFilter.GOLD).to(out)
				.execute(new NullProgressMonitor());
		String ann = Files.readString(out.resolve("a.ann"));
		assertThat(ann).contains("\tClaim 1 19;42 71\tThe dam is holding but the river is still rising\n");
	}

	@Test
	void thatXmiKeepsTheFragments() throws Exception {
		Path out = dir.resolve("xmi");
		new ExportOperation(corpus()).format(Format.XMI).filter(StatusFilter.GOLD).to(out)
				.execute(new NullProgressMonitor());
		JCas back = AssayTypeSystem.newJCas();
		XmiFiles.read(out.resolve("a.txt.xmi"), back.getCas());
		assertThat(ClaimParts.content(back.select(Claim.class).single())).containsExactly(FIRST, SECOND);
	}

	@Test
	void thatMovingABoundaryMovesTheOuterFragmentAndUndoRestoresBoth() {
		JCas jcas = splitQuote();
		Claim claim = jcas.select(Claim.class).single();
		CasEdit shrink = new Review(jcas, "alice").resize(claim, 5, 71);
		shrink.apply();
		assertThat(ClaimParts.content(claim)).containsExactly(new Span(5, 19), SECOND);
		shrink.undo();
		assertThat(ClaimParts.content(claim)).containsExactly(FIRST, SECOND);
		CasEdit cut = new Review(jcas, "alice").resize(claim, 1, 30);
		cut.apply();
		assertThat(ClaimParts.content(claim)).containsExactly(new Span(1, 30));
	}
}
