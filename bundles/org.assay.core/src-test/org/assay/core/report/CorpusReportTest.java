package org.assay.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.review.Review;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report says what annotators did with each origin's suggestions. */
class CorpusReportTest {

	@TempDir
	Path dir;

	private static Entity suggest(JCas jcas, String text, String label, String origin) {
		int at = jcas.getDocumentText().indexOf(text);
		Entity e = new Entity(jcas, at, at + text.length());
		e.setLabel(label);
		e.setStatus("SUGGESTED");
		e.setOrigin(origin);
		e.setConfidence(0.7);
		e.addToIndexes();
		return e;
	}

	@Test
	void thatDecisionsAreCountedPerOriginAndSuggestedLabel() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		String text = "Ruto met Odinga in Nairobi and Mombasa.";
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		Entity ruto = suggest(jcas, "Ruto", "PERSON", "assay-entities@0.1.0+recommender:strings@abc");
		Entity odinga = suggest(jcas, "Odinga", "LOCATION", "assay-entities@0.1.0");
		Entity nairobi = suggest(jcas, "Nairobi", "LOCATION", "assay-entities@0.1.0");
		suggest(jcas, "Mombasa", "LOCATION", "assay-entities@0.1.0"); // not decided yet
		Review review = new Review(jcas, "alice");
		review.accept(ruto).apply();
		review.relabel(odinga, "PERSON").apply();
		review.reject(nairobi).apply();
		corpus.putText("a.txt", text);
		corpus.writeLayer("a.txt", "alice", jcas, DocumentState.IN_PROGRESS);
		corpus.save();

		CorpusReport.Result r = new CorpusReport(corpus).execute(new NullProgressMonitor());
		assertThat(r.decisions().get("assay-entities@0.1.0").get("PERSON")).isEqualTo(new CorpusReport.Decisions(1, 0, 0));
		assertThat(r.decisions().get("assay-entities@0.1.0").get("LOCATION")).isEqualTo(new CorpusReport.Decisions(0, 1, 1));
		assertThat(r.decisions().get("recommender:strings@abc").get("PERSON").acceptance()).isEqualTo(1.0);
	}
}
