package org.assay.core.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.assay.core.conflicts.ClaimGroup;
import org.assay.core.conflicts.ClaimRef;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Problems view lists for a corpus. */
class CorpusProblemsTest {

	@TempDir
	Path dir;

	static final String TEXT = "Amina Diallo met envoys from Oxfam in Lima.";

	private static Entity entity(JCas jcas, String word, String label, String status, double confidence) {
		int at = jcas.getDocumentText().indexOf(word);
		Entity e = new Entity(jcas, at, at + word.length());
		e.setLabel(label);
		e.setStatus(status);
		e.setOrigin("assay-entities@0.1.0");
		e.setConfidence(confidence);
		e.addToIndexes();
		return e;
	}

	private static JCas layer(String amina, String oxfam, String lima) {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		entity(jcas, "Amina Diallo", "PERSON", amina, 0.95);
		entity(jcas, "Oxfam", "ORGANIZATION", oxfam, 0.97);
		entity(jcas, "Lima", oxfam.equals("REJECTED") ? "PERSON" : "LOCATION", lima, 0.6);
		return jcas;
	}

	@Test
	void thatOpenSuggestionsAreCountedForTheAnnotatorAndConfidentOnesByOrigin() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		corpus.putText("a.txt", TEXT);
		corpus.writeLayer("a.txt", Corpus.ENGINE_LAYER, layer("SUGGESTED", "SUGGESTED", "SUGGESTED"), DocumentState.NEW);
		corpus.putText("b.txt", TEXT);
		corpus.writeLayer("b.txt", Corpus.ENGINE_LAYER, layer("SUGGESTED", "SUGGESTED", "SUGGESTED"), DocumentState.NEW);
		corpus.writeLayer("b.txt", "alice", layer("ACCEPTED", "SUGGESTED", "ACCEPTED"), DocumentState.IN_PROGRESS);
		corpus.putText("c.txt", TEXT);
		corpus.writeLayer("c.txt", "alice", layer("ACCEPTED", "REJECTED", "ACCEPTED"), DocumentState.FINISHED);
		corpus.save();
		CorpusProblems problems = new CorpusProblems(corpus, "alice");

		List<CorpusProblems.Problem> a = problems.of("a.txt");
		assertThat(a).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(CorpusProblems.Kind.OPEN_SUGGESTIONS);
			assertThat(p.layer()).isEqualTo(Corpus.ENGINE_LAYER);
			assertThat(p.message()).isEqualTo("3 of 3 suggestions not reviewed yet");
			assertThat(p.confident()).isEqualTo(Map.of("assay-entities@0.1.0", 2));
			assertThat(TEXT.substring(p.begin(), p.end())).isEqualTo("Amina Diallo");
		});
		List<CorpusProblems.Problem> b = problems.of("b.txt");
		assertThat(b).singleElement().satisfies(p -> {
			assertThat(p.layer()).isEqualTo("alice");
			assertThat(p.message()).isEqualTo("1 of 3 suggestions not reviewed in layer alice");
			assertThat(TEXT.substring(p.begin(), p.end())).isEqualTo("Oxfam");
		});
		assertThat(problems.of("c.txt")).as("nothing open, one annotator: nothing to do").isEmpty();
	}

	@Test
	void thatDifferencesNotYetCuratedAreOneWarningAtTheFirst() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		corpus.putText("a.txt", TEXT);
		corpus.writeLayer("a.txt", "alice", layer("ACCEPTED", "ACCEPTED", "ACCEPTED"), DocumentState.FINISHED);
		corpus.writeLayer("a.txt", "bob", layer("ACCEPTED", "REJECTED", "SUGGESTED"), DocumentState.FINISHED);
		corpus.save();
		List<CorpusProblems.Problem> problems = new CorpusProblems(corpus, "carol").of("a.txt");
		CorpusProblems.Problem d = problems.stream().filter(p -> p.kind() == CorpusProblems.Kind.CURATION_DIFFERENCES).findFirst().orElseThrow();
		assertThat(d.warning()).isTrue();
		// Oxfam: accepted vs rejected (decided differently); Lima: accepted vs not reviewed
		assertThat(d.message()).isEqualTo("2 differences between alice, bob not curated (1 decided differently)");
		assertThat(TEXT.substring(d.begin(), d.end())).isEqualTo("Oxfam");

		corpus.writeLayer("a.txt", Corpus.CURATION_LAYER, layer("ACCEPTED", "ACCEPTED", "ACCEPTED"), DocumentState.CURATED);
		corpus.save();
		assertThat(new CorpusProblems(corpus, "carol").of("a.txt")).noneMatch(p -> p.kind() == CorpusProblems.Kind.CURATION_DIFFERENCES);
	}

	@Test
	void thatEachContradictingClaimNamesTheOthersAndWhy() {
		ClaimRef afp = new ClaimRef("a.txt", 10, 20, "at least 20 people", "AFP", "ASSERTED", 20, Double.POSITIVE_INFINITY, "at least 20");
		ClaimRef rts = new ClaimRef("b.txt", 5, 9, "12 people", "Reuters", "ASSERTED", 12, 12, "12");
		ClaimRef bbc = new ClaimRef("c.txt", 0, 4, "10 people", "BBC", "ASSERTED", 10, 10, "10");
		ClaimGroup group = new ClaimGroup(ClaimGroup.Kind.COUNT, "people killed", List.of(afp, rts, bbc),
				List.of(new ClaimGroup.Conflict(0, 1, ClaimGroup.Reason.DISJOINT_FIGURES), new ClaimGroup.Conflict(0, 2, ClaimGroup.Reason.DISJOINT_FIGURES),
						new ClaimGroup.Conflict(1, 2, ClaimGroup.Reason.DISJOINT_FIGURES)));
		List<CorpusProblems.Problem> problems = CorpusProblems.conflicts(List.of(group));
		assertThat(problems).hasSize(3).allMatch(CorpusProblems.Problem::warning);
		assertThat(problems.get(0).documentId()).isEqualTo("a.txt");
		assertThat(problems.get(0).begin()).isEqualTo(10);
		assertThat(problems.get(0).message()).isEqualTo(
				"Sources disagree on people killed: 'at least 20' (AFP, a.txt) vs '12' (Reuters, b.txt): the figures do not overlap (and 1 more)");
	}
}
