package org.assay.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.type.Entity;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The operation reads documents ahead on other threads and still gives what one document after another gives. */
class AgreementOperationTest {

	@TempDir
	Path dir;

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES) // reads ahead must never wait for each other's CASes
	void thatReadingAheadGivesTheFiguresOfReadingInOrder() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("c"));
		Random random = new Random(5);
		String[] labels = { "PERSON", "LOCATION", "ORGANIZATION" };
		List<String> ids = new ArrayList<>();
		List<List<JCas>> layers = new ArrayList<>();
		List<JCas> engines = new ArrayList<>();
		for (int d = 0; d < 60; d++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 20 + random.nextInt(200); w++) {
				text.append("word").append(w).append(' ');
			}
			String id = String.format("d%02d.txt", d);
			corpus.putText(id, text.toString());
			List<JCas> mine = new ArrayList<>();
			for (String annotator : List.of("alice", "bob", "carol")) {
				JCas jcas = AssayTypeSystem.newJCas();
				jcas.setDocumentText(text.toString());
				for (int pos = 0; pos + 12 < text.length(); pos += 20 + random.nextInt(40)) {
					if (random.nextInt(5) > 0) {
						Entity e = new Entity(jcas, pos, pos + 5 + random.nextInt(6));
						e.setLabel(labels[random.nextInt(4) == 0 ? random.nextInt(3) : d % 3]);
						e.setStatus("ACCEPTED");
						e.addToIndexes();
					}
				}
				corpus.writeLayer(id, annotator, jcas, DocumentState.FINISHED);
				mine.add(jcas);
			}
			// every other document has an engine layer whose tokens (not the text's own split: each
			// "wordN" is two tokens) make the items; it is read for its tokens only
			JCas engine = null;
			if (d % 2 == 0) {
				engine = AssayTypeSystem.newJCas();
				engine.setDocumentText(text.toString());
				Matcher m = Pattern.compile("word|\\d+").matcher(text);
				while (m.find()) {
					Token t = new Token(engine, m.start(), m.end());
					t.setPos(m.group().startsWith("w") ? "NOUN" : "NUM");
					t.addToIndexes();
				}
				corpus.writeLayer(id, Corpus.ENGINE_LAYER, engine, DocumentState.NEW);
			}
			engines.add(engine);
			ids.add(id);
			layers.add(mine);
		}
		corpus.save();
		// a document that cannot be read is reported and the others still count
		Files.writeString(corpus.layerPath("d07.txt", "bob"), "<not xmi");
		Files.deleteIfExists(corpus.cachePath("d07.txt", "bob"));
		// an engine layer without its binary form is read from its XMI
		Files.deleteIfExists(corpus.cachePath("d10.txt", Corpus.ENGINE_LAYER));

		AgreementOperation.Result result = new AgreementOperation(Corpus.open(dir.resolve("c"))).execute(new NullProgressMonitor());

		AgreementCalculator inOrder = new AgreementCalculator(List.of("alice", "bob", "carol"));
		for (int d = 0; d < ids.size(); d++) {
			if (d != 7) {
				inOrder.addDocument(ids.get(d), layers.get(d), engines.get(d));
			}
		}
		AgreementFigures expected = inOrder.corpus();
		assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("d07.txt"));
		assertThat(result.documents()).extracting(AgreementFigures::scope).containsExactlyElementsOf(
				ids.stream().filter(id -> !id.equals("d07.txt")).toList());
		assertThat(result.corpus().unitizingAlpha()).isEqualTo(expected.unitizingAlpha());
		assertThat(result.corpus().alpha()).isEqualTo(expected.alpha());
		assertThat(result.corpus().cohen()).isEqualTo(expected.cohen());
		assertThat(result.corpus().tokens()).isEqualTo(expected.tokens());
	}
}
