package org.assay.engines.ner.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllDocumentsTest {

	@TempDir
	Path dir;

	@Test
	void thatBioTweetsAreOneDocumentEachAndWhiteSpaceTokensAreSkipped() throws Exception {
		Path f = dir.resolve("t.conll");
		Files.writeString(f, "Met\tO\nAda\tB-PER\nLovelace\tI-PER\n \tO\nin\tO\nLondon\tB-LOC\n\nBBC\tB-ORG\nsaid\tO\n");
		List<ConllDocuments.Document> docs = ConllDocuments.read(f);
		assertThat(docs).hasSize(2);
		ConllDocuments.Sentence s = docs.get(0).sentences().get(0);
		assertThat(s.words()).containsExactly("Met", "Ada", "Lovelace", "in", "London");
		assertThat(s.names()).containsExactly(new ConllDocuments.Name(1, 3, "PERSON"), new ConllDocuments.Name(4, 5, "LOCATION"));
		assertThat(docs.get(1).sentences().get(0).names()).containsExactly(new ConllDocuments.Name(0, 1, "ORGANIZATION"));
	}

	@Test
	void thatIoArticlesSplitAtDocstartAndMiscIsOutside() throws Exception {
		Path f = dir.resolve("w.conll.txt");
		Files.writeString(f, "-DOCSTART- O\n\nThe I-ORG\nBeatles I-ORG\nvisited O\nGerman I-MISC\ncities O\n\n"
				+ "They O\nplayed O\n\n-DOCSTART- O\n\nParis I-LOC\nI-LOC I-LOC\n");
		List<ConllDocuments.Document> docs = ConllDocuments.read(f);
		assertThat(docs).hasSize(2);
		assertThat(docs.get(0).sentences()).hasSize(2);
		assertThat(docs.get(0).sentences().get(0).names()).containsExactly(new ConllDocuments.Name(0, 2, "ORGANIZATION"));
		assertThat(docs.get(1).sentences().get(0).names()).containsExactly(new ConllDocuments.Name(0, 2, "LOCATION"));
	}

	@Test
	void thatALineWithoutATagNamesFileAndLine() throws Exception {
		Path f = dir.resolve("bad.conll");
		Files.writeString(f, "word\tO\nlonely\n");
		assertThatThrownBy(() -> ConllDocuments.read(f)).hasMessageContaining("bad.conll: line 2");
	}
}
