package org.assay.core.formats.huggingface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.exchange.ExportOperation;
import org.assay.core.formats.DatasetSplit;
import org.assay.core.formats.Format;
import org.assay.core.formats.FormatFixtures;
import org.assay.type.Entity;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Hugging Face export: splits by document with a seed, IOB2 tags and label indexes that agree, every label kept. */
class HuggingFaceWriterTest {

	@TempDir
	Path dir;

	private Corpus corpus() throws CorpusException {
		return Corpus.openOrCreate(dir.resolve("corpus"));
	}

	@Test
	void thatTheHuggingFaceExportSplitsByDocumentWithASeedAndKeepsEveryLabel() throws Exception {
		Corpus corpus = corpus();
		corpus.addLabel("WEAPON");
		for (int d = 0; d < 20; d++) {
			JCas jcas = FormatFixtures.sample();
			if (d == 3) {
				int talks = jcas.getDocumentText().indexOf("talks");
				Entity custom = new Entity(jcas, talks, talks + 5);
				custom.setLabel("WEAPON");
				custom.setStatus("MANUAL");
				custom.addToIndexes();
			}
			String id = "d" + d + ".txt";
			corpus.putText(id, jcas.getDocumentText());
			corpus.writeLayer(id, "gold", jcas, DocumentState.FINISHED);
		}
		Path out = dir.resolve("hf");
		ExportOperation.Result r = new ExportOperation(corpus).format(Format.HUGGINGFACE).split(DatasetSplit.parse("80/10/10", 7))
				.to(out).execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.exported()).isEqualTo(20);
		ObjectMapper json = new ObjectMapper();
		List<String> labels = List.of(json.readValue(out.resolve("labels.json").toFile(), String[].class));
		assertThat(labels).startsWith("O").contains("B-DATE", "I-QUANTITY", "B-WEAPON");
		Map<String, String> splitOfDocument = new HashMap<>();
		int sentences = 0;
		for (String split : List.of("train", "validation", "test")) {
			List<String> strings = Files.readAllLines(out.resolve(split + ".jsonl"), StandardCharsets.UTF_8);
			List<String> ints = Files.readAllLines(out.resolve("ids").resolve(split + ".jsonl"), StandardCharsets.UTF_8);
			List<String> iob = Files.readAllLines(out.resolve(split + ".iob"), StandardCharsets.UTF_8);
			assertThat(ints).hasSameSizeAs(strings);
			assertThat(iob).hasSameSizeAs(strings);
			for (int i = 0; i < strings.size(); i++) {
				JsonNode s = json.readTree(strings.get(i));
				JsonNode n = json.readTree(ints.get(i));
				assertThat(s.fieldNames()).toIterable().containsExactly("id", "document", "tokens", "ner_tags");
				assertThat(s.get("tokens").size()).isEqualTo(s.get("ner_tags").size()).isPositive();
				String previous = "O";
				for (int k = 0; k < s.get("ner_tags").size(); k++) {
					String tag = s.get("ner_tags").get(k).asText();
					assertThat(labels.get(n.get("ner_tags").get(k).asInt())).isEqualTo(tag);
					if (tag.startsWith("I-")) { // IOB2: an inside tag continues its own label
						assertThat(previous).isIn("B-" + tag.substring(2), tag);
					}
					previous = tag;
				}
				String document = s.get("document").asText();
				assertThat(splitOfDocument.put(document, split)).isIn(null, split); // a document lies in one split only
				sentences++;
			}
		}
		assertThat(splitOfDocument).hasSize(20);
		assertThat(splitOfDocument.values().stream().filter("train"::equals).count()).isEqualTo(16);
		assertThat(splitOfDocument.values().stream().filter("test"::equals).count()).isEqualTo(2);
		assertThat(sentences).isEqualTo(40);
		String first = Files.readAllLines(out.resolve("train.jsonl")).get(0);
		assertThat(first).contains("\"tokens\":[\"Police\",\"said\",\"20-30\",\"people\",\"died\",\"in\",\"Nairobi.\"]");
		assertThat(first).contains("\"ner_tags\":[\"B-ORGANIZATION\",\"O\",\"B-QUANTITY\",\"I-QUANTITY\",\"O\",\"O\",\"B-LOCATION\"]");

		// the same seed gives the same splits; another seed others
		Path again = dir.resolve("hf2");
		new ExportOperation(corpus).format(Format.HUGGINGFACE).split(DatasetSplit.parse("80/10/10", 7)).to(again)
				.execute(new NullProgressMonitor());
		assertThat(Files.readString(again.resolve("test.jsonl"))).isEqualTo(Files.readString(out.resolve("test.jsonl")));
		assertThat(DatasetSplit.parse("80/10/10", 8).assign(List.copyOf(splitOfDocument.keySet())))
				.isNotEqualTo(DatasetSplit.parse("80/10/10", 7).assign(List.copyOf(splitOfDocument.keySet())));
		assertThatThrownBy(() -> DatasetSplit.parse("80/10", 1)).hasMessageContaining("train/validation/test");
		assertThatThrownBy(() -> DatasetSplit.parse("80/10/20", 1)).hasMessageContaining("adds up to 110%");
	}
}
