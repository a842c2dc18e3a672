package org.assay.core.formats.tsv3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.Span;
import org.assay.core.corpus.Corpus;
import org.assay.core.exchange.ExportOperation;
import org.assay.core.exchange.ImportOperation;
import org.assay.core.formats.Format;
import org.assay.core.formats.FormatFixtures;
import org.assay.core.formats.StatusFilter;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Sentence;
import org.assay.type.Token;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebAnno TSV 3 in and out: round trips give the same file, INCEpTION's published files import, what does not map is reported. */
class Tsv3FormatTest {

	@TempDir
	Path dir;

	private Corpus corpus() throws CorpusException {
		return Corpus.openOrCreate(dir.resolve("corpus"));
	}

	@Test
	void thatTsv3ToAssayToTsv3GivesTheSameFile() throws Exception {
		String tsv = new Tsv3Writer(StatusFilter.GOLD).write(FormatFixtures.sample());
		assertThat(tsv).startsWith("#FORMAT=WebAnno TSV 3.3\n#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n");
		assertThat(tsv).contains("\tU.S.\t", "\t-backed\t"); // the token cut where the entity ends
		Path in = Files.createDirectories(dir.resolve("tsv"));
		Files.writeString(in.resolve("story.tsv"), tsv);
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(Format.TSV3).layer("gold")
				.execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).isEmpty();
		JCas jcas = FormatFixtures.read(corpus, "story.txt", "gold");
		Claim talks = jcas.select(Claim.class).toList().get(1);
		assertThat(ClaimParts.content(talks).stream().map(s -> s.of(jcas.getDocumentText())).toList()).containsExactly("talks will fail", "and soon");
		assertThat(talks.getSource().getCoveredText()).isEqualTo("he");
		Claim died = jcas.select(Claim.class).toList().get(0);
		assertThat(died.getQuantity().getLow()).isEqualTo(20.0);
		assertThat(died.getQuantity().getHigh()).isEqualTo(30.0);
		assertThat(died.getQuantity().getMeasure()).isEqualTo("people died");
		assertThat(died.getCue().getCoveredText()).isEqualTo("said");

		Path out = dir.resolve("out");
		ExportOperation.Result e = new ExportOperation(corpus).format(Format.TSV3).to(out).execute(new NullProgressMonitor());
		assertThat(e.failures()).isEmpty();
		assertThat(Files.readString(out.resolve("story.tsv"))).isEqualTo(tsv);
	}

	@Test
	void thatTsv3LayersWithoutCounterpartAreReportedAndPartsOfSpeechKept() throws Exception {
		String tsv = String.join("\n", "#FORMAT=WebAnno TSV 3.3",
				"#T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS|PosValue|coarseValue",
				"#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value",
				"#T_SP=webanno.custom.Sentiment|polarity",
				"#T_RL=de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency|DependencyType|flavor|BT_de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS",
				"", "",
				"#Text=Barack Obama visited Paris .",
				"1-1\t0-6\tBarack\tNNP\tPROPN\t*[1]\tPER[1]\t_\t_\t_\t_\t",
				"1-2\t7-12\tObama\tNNP\tPROPN\t*[1]\tPER[1]\t_\tflat\tbasic\t1-1\t",
				"1-3\t13-20\tvisited\tVBD\tVERB\t_\t_\tpositive\t_\t_\t_\t",
				"1-4\t21-26\tParis\tNNP\tPROPN\t*\tLOC\t_\t_\t_\t_\t",
				"1-5\t27-28\t.\t.\tPUNCT\t_\t_\t_\t_\t_\t_\t",
				"",
				"#Text=It rained .",
				"2-1\t30-32\tIt\tPRP\tPRON\t_\t_\t_\t_\t_\t_\t",
				"2-2\t33-39\trained\tVBD\tVERB\t_\t_\t_\t_\t_\t_\t",
				"2-3\t40-41\t.\t.\tPUNCT\t_\t_\t_\t_\t_\t_\t", "");
		Path in = Files.createDirectories(dir.resolve("inception"));
		Files.writeString(in.resolve("obama.tsv"), tsv);
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(Format.TSV3).execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).containsExactly("type LOC was imported as LOCATION (the tagset's name for it)",
				"type PER was imported as PERSON (the tagset's name for it)",
				"not imported, no Assay counterpart: layer webanno.custom.Sentiment (1)",
				"not imported, no Assay counterpart: relation layer de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency (1)");
		JCas jcas = FormatFixtures.read(corpus, "obama.txt", "import");
		assertThat(jcas.getDocumentText()).isEqualTo("Barack Obama visited Paris .\n It rained .\n"); // as TSV readers rebuild it
		assertThat(jcas.select(Entity.class).map(e -> e.getCoveredText() + "/" + e.getLabel()).toList())
				.containsExactly("Barack Obama/PERSON", "Paris/LOCATION");
		assertThat(jcas.select(Token.class).map(Token::getPos).toList()).containsExactly("NNP", "NNP", "VBD", "NNP", ".", "PRP", "VBD", ".");
		assertThat(jcas.select(Sentence.class).map(Sentence::getCoveredText).toList()).containsExactly("Barack Obama visited Paris .", "It rained .");
	}

	@Test
	void thatMalformedTsv3IsRefusedNamingFileAndLine() throws Exception {
		Path in = Files.createDirectories(dir.resolve("badtsv"));
		String header = "#FORMAT=WebAnno TSV 3.3\n#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\n\n#Text=Kati is far\n";
		Files.writeString(in.resolve("a.tsv"), "#FORMAT=CoNLL\n");
		Files.writeString(in.resolve("b.tsv"), header + "1-1\t0-4\tKati\t*\n");
		Files.writeString(in.resolve("c.tsv"), header + "1-1\t0-4\tKate\t*\tLOCATION\t\n");
		Files.writeString(in.resolve("d.tsv"), header + "1-1\t0-99\tKati\t*\tLOCATION\t\n");
		Files.writeString(in.resolve("e.tsv"), header + "1-1\t0-4\tKati\t*\tLOCATION\t\n1-2\t5-7\tis\t_\t_\t\n1-3\t8-11\tfar\t_\t_\t\n");
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(Format.TSV3).execute(new NullProgressMonitor());
		assertThat(r.imported()).isEqualTo(1);
		assertThat(r.failures()).extracting(Throwable::getMessage).containsExactly(
				in.resolve("a.tsv") + ": line 1: not a WebAnno TSV 3 file (expected '#FORMAT=WebAnno TSV 3.3', or 3.2, 3.1)",
				in.resolve("b.tsv") + ": line 6: 4 fields, expected 5 (token, offsets, text and one per column of the header)",
				in.resolve("c.tsv") + ": line 6: token 'Kate' is not the text at 0-4 ('Kati')",
				in.resolve("d.tsv") + ": line 6: offsets 0-99 are outside the sentence's text");
	}

	private Path suite() throws Exception {
		return Path.of(Tsv3FormatTest.class.getResource("inception-tsv3").toURI());
	}

	@Test
	void thatAFilePublishedByInceptionComesBackByteForByte() throws Exception {
		// INCEpTION's reference file for two stacked multi-token spans: read, then written by Assay as it was
		Path in = Files.createDirectories(dir.resolve("suite"));
		String name = "testMultiTokenStackedSpanWithFeatureValue.tsv";
		Files.copy(suite().resolve(name), in.resolve(name));
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(Format.TSV3).entityLayer("webanno.custom.Span:value")
				.layer("gold").execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).isEmpty();
		JCas jcas = FormatFixtures.read(corpus, "testMultiTokenStackedSpanWithFeatureValue.txt", "gold");
		assertThat(jcas.select(Entity.class).map(e -> e.getCoveredText() + "/" + e.getLabel()).toList())
				.containsExactlyInAnyOrder("This is a test ./PERSON", "This is a test ./LOCATION");
		Path out = dir.resolve("out");
		new ExportOperation(corpus).format(Format.TSV3).entityLayer("webanno.custom.Span:value").to(out)
				.execute(new NullProgressMonitor());
		assertThat(Files.readString(out.resolve("testMultiTokenStackedSpanWithFeatureValue.tsv"))).isEqualTo(Files.readString(suite().resolve(name)));
	}

	@Test
	void thatInceptionsPublishedFilesImportWithSubTokensSentenceIdsAndWhatDoesNotMapReported() throws Exception {
		Path in = Files.createDirectories(dir.resolve("suite"));
		for (String name : List.of("testSubTokenRelation.tsv", "testSingleStackedNonTokenRelationWithoutFeatureValue.tsv",
				"testSimpleSlotFeatureWithoutValues.tsv", "testSimpleChain.tsv", "testSentenceId.tsv")) {
			Files.copy(suite().resolve(name), in.resolve(name));
		}
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(Format.TSV3).entityLayer("webanno.custom.Span:value")
				.map(List.of("OTH=MISC")).addLabels(true).execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.imported()).isEqualTo(5);
		assertThat(r.notes()).containsExactlyInAnyOrder(
				"not imported, no Assay counterpart: chain layer webanno.custom.SimpleLink (not read) (1)",
				"not imported, no Assay counterpart: layer webanno.custom.SimpleLink (3)",
				"not imported, no Assay counterpart: layer webanno.custom.SimpleLinkHost (1)",
				"not imported, no Assay counterpart: layer webanno.custom.SimpleSpan (2)",
				"not imported, no Assay counterpart: named entities without a value (4)",
				"not imported, no Assay counterpart: relation layer webanno.custom.Relation (1)",
				"not imported, no Assay counterpart: slot feature links of webanno.custom.SimpleLinkHost (1)");
		JCas sub = FormatFixtures.read(corpus, "testSubTokenRelation.txt", "import");
		assertThat(sub.select(Entity.class).map(e -> e.getBegin() + "-" + e.getEnd() + "/" + e.getLabel()).toList()).containsExactly("0-1/MISC",
				"3-4/MISC");
		assertThat(sub.select(Token.class).map(Token::getCoveredText).toList()).containsExactly("Test");
		JCas ids = FormatFixtures.read(corpus, "testSentenceId.txt", "import");
		assertThat(ids.getDocumentText()).isEqualTo("He loves her .\nShe loves him not .\n");
		assertThat(ids.select(Sentence.class).map(Sentence::getCoveredText).toList()).containsExactly("He loves her .", "She loves him not .");
	}
}
