package org.assay.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.assertj.core.data.Offset;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus-wide queue of the most informative suggestions. */
class SuggestionQueueTest {

	@TempDir
	Path dir;

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

	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir);
		// a.txt: only the engine layer; b.txt: the annotator's layer, one decided already
		JCas a = AssayTypeSystem.newJCas();
		a.setDocumentText("Amina Diallo met envoys in Lima.");
		entity(a, "Amina Diallo", "PERSON", "SUGGESTED", 0.95);
		entity(a, "Lima", "LOCATION", "SUGGESTED", 0.55);
		corpus.putText("a.txt", a.getDocumentText());
		corpus.writeLayer("a.txt", Corpus.ENGINE_LAYER, a, DocumentState.NEW);
		JCas b = AssayTypeSystem.newJCas();
		b.setDocumentText("Reuters said Kati was calm.");
		entity(b, "Reuters", "ORGANIZATION", "ACCEPTED", 0.5);
		Entity kati = entity(b, "Kati", "ORGANIZATION", "SUGGESTED", 0.9);
		kati.setRunnerUp("LOCATION"); // the model hesitated between two labels
		kati.setRunnerUpConfidence(0.85);
		corpus.putText("b.txt", b.getDocumentText());
		corpus.writeLayer("b.txt", "alice", b, DocumentState.IN_PROGRESS);
		corpus.save();
		return corpus;
	}

	@Test
	void thatTheMostUncertainSuggestionsOfTheWholeCorpusComeFirstAndDecidedOnesNever() throws Exception {
		SuggestionQueue queue = SuggestionQueue.build(corpus(), "alice", Map.of(), new NullProgressMonitor());
		assertThat(queue.items()).extracting(i -> i.documentId() + ":" + i.text() + "/" + i.label())
				.containsExactly("b.txt:Kati/ORGANIZATION", "a.txt:Lima/LOCATION", "a.txt:Amina Diallo/PERSON");
		assertThat(queue.items().get(0).uncertainty()).isCloseTo(0.95, Offset.offset(1e-9));
	}

	@Test
	void thatSkippedSuggestionsComeBackLastAndDecidedOnesLeave() throws Exception {
		SuggestionQueue queue = SuggestionQueue.build(corpus(), "alice", Map.of(), new NullProgressMonitor());
		SuggestionQueue.Item kati = queue.head().orElseThrow();
		queue.skip(kati);
		SuggestionQueue.Item lima = queue.head().orElseThrow();
		assertThat(lima.text()).isEqualTo("Lima");
		queue.skip(lima);
		assertThat(queue.items()).extracting(SuggestionQueue.Item::text).containsExactly("Amina Diallo", "Kati", "Lima");
		assertThat(queue.skippedCount()).isEqualTo(2);
		queue.decided(queue.head().orElseThrow());
		assertThat(queue.head().orElseThrow().text()).isEqualTo("Kati"); // only skipped ones left: in the order skipped
		queue.decided(kati);
		queue.decided(lima);
		assertThat(queue.head()).isEmpty();
	}

	@Test
	void thatAnOpenUnsavedLayerIsReadInsteadOfItsFile() throws Exception {
		Corpus corpus = corpus();
		JCas open = AssayTypeSystem.newJCas();
		corpus.readLayer("b.txt", "alice", open);
		open.select(Entity.class).filter(e -> e.getCoveredText().equals("Kati")).findFirst().orElseThrow().setStatus("REJECTED");
		SuggestionQueue queue = SuggestionQueue.build(corpus, "alice", Map.of("b.txt", SuggestionQueue.items("b.txt", open)), new NullProgressMonitor());
		assertThat(queue.items()).extracting(SuggestionQueue.Item::text).containsExactly("Lima", "Amina Diallo");
	}
}
