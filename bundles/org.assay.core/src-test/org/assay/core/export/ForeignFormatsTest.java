package org.assay.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Sentence;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brat and WebAnno TSV 3 in and out: round trips keep every span, label and link Assay models. */
class ForeignFormatsTest {

	/** An emoji first: brat counts code points, Java UTF-16 units, so every later offset differs by one. */
	static final String TEXT = "\uD83D\uDE00 \"Troops arrived,\" General Abass Dembele told AFP in Kati.\n"
			+ "At least 20 people were held, police said.\n";

	@TempDir
	Path dir;

	/** brat's offsets of {@code s} in {@code TEXT} (code points). */
	private static String at(String s) {
		int i = TEXT.indexOf(s);
		return TEXT.codePointCount(0, i) + " " + TEXT.codePointCount(0, i + s.length());
	}

	/** The collection as Assay's brat export writes it. */
	static String ann() {
		return String.join("\n",
				"T1\tPERSON " + at("Abass Dembele") + "\tAbass Dembele",
				"T2\tORGANIZATION " + at("AFP") + "\tAFP",
				"T3\tLOCATION " + at("Kati") + "\tKati",
				"T4\tQUANTITY " + at("At least 20") + "\tAt least 20",
				"T5\tClaim " + at("Troops arrived") + "\tTroops arrived",
				"T6\tSource " + at("General Abass Dembele") + "\tGeneral Abass Dembele",
				"R1\tSource Arg1:T5 Arg2:T6",
				"T7\tCue " + at("told") + "\ttold",
				"R2\tCue Arg1:T5 Arg2:T7",
				"A1\tKind T5 DIRECT_QUOTE",
				"A2\tFactuality T5 ASSERTED",
				"T8\tClaim " + at("Kati.") + ";" + at("At least 20 people were held") + "\tKati. At least 20 people were held",
				"T9\tSource " + at("police") + "\tpolice",
				"R3\tSource Arg1:T8 Arg2:T9",
				"T10\tCue " + at("said") + "\tsaid",
				"R4\tCue Arg1:T8 Arg2:T10",
				"T11\tQuantity " + at("At least 20") + "\tAt least 20",
				"R5\tQuantity Arg1:T8 Arg2:T11",
				"#1\tAnnotatorNotes T11\tlow=20 measure=people approximate=false",
				"A3\tKind T8 INDIRECT",
				"A4\tFactuality T8 HEDGED") + "\n";
	}

	private Corpus corpus() throws CorpusException {
		return Corpus.openOrCreate(dir.resolve("corpus"));
	}

	private JCas layer(Corpus corpus, String id, String layer) throws CorpusException {
		JCas jcas = AssayTypeSystem.newJCas();
		corpus.readLayer(id, layer, jcas);
		return jcas;
	}

	@Test
	void thatBratToAssayToBratKeepsEverySpanLabelAndLink() throws Exception {
		Path brat = Files.createDirectories(dir.resolve("brat/news"));
		Files.writeString(brat.resolve("doc.txt"), TEXT);
		Files.writeString(brat.resolve("doc.ann"), ann());
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(dir.resolve("brat")).format(ExportOperation.Format.BRAT).layer("gold")
				.execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).isEmpty();
		assertThat(r.imported()).isEqualTo(1);

		JCas jcas = layer(corpus, "news/doc.txt", "gold");
		assertThat(jcas.getDocumentText()).isEqualTo(TEXT);
		assertThat(jcas.select(Entity.class).map(e -> e.getCoveredText() + "/" + e.getLabel()).toList())
				.containsExactly("Abass Dembele/PERSON", "AFP/ORGANIZATION", "Kati/LOCATION", "At least 20/QUANTITY");
		List<Claim> claims = jcas.select(Claim.class).toList();
		assertThat(claims).hasSize(2);
		assertThat(claims.get(0).getCoveredText()).isEqualTo("Troops arrived");
		assertThat(claims.get(0).getSource().getCoveredText()).isEqualTo("General Abass Dembele");
		assertThat(claims.get(0).getCue().getCoveredText()).isEqualTo("told");
		assertThat(claims.get(0).getKind()).isEqualTo("DIRECT_QUOTE");
		Claim across = claims.get(1);
		assertThat(across.getCoveredText()).isEqualTo("Kati.\nAt least 20 people were held"); // brat's line-break fragments joined again
		assertThat(ClaimParts.content(across)).hasSize(1);
		assertThat(across.getFactuality()).isEqualTo("HEDGED");
		Quantity q = across.getQuantity();
		assertThat(q.getLow()).isEqualTo(20.0);
		assertThat(q.getHigh()).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(q.getMeasure()).isEqualTo("people");
		assertThat(jcas.select(Claim.class).allMatch(c -> c.getStatus().equals("MANUAL"))).isTrue();

		Path out = dir.resolve("out");
		new ExportOperation(corpus).format(ExportOperation.Format.BRAT).to(out).execute(new NullProgressMonitor());
		assertThat(Files.readString(out.resolve("news/doc.ann"))).isEqualTo(ann());
		assertThat(Files.readString(out.resolve("news/doc.txt"))).isEqualTo(TEXT);
	}

	@Test
	void thatAttributionEventsWithDiscontinuousContentBecomeClaimsAndUnknownTypesRefuseTheImport() throws Exception {
		String text = "\"We will not resign,\" the minister told reporters, \"whatever the unions say.\" Orange Telecom agreed.\n";
		String ann = String.join("\n",
				"T1\tAttribution " + span(text, "told") + "\ttold",
				"T2\tSource " + span(text, "the minister") + "\tthe minister",
				"T3\tContent " + span(text, "We will not resign") + "\tWe will not resign",
				"T4\tContent " + span(text, "whatever the unions say") + "\twhatever the unions say",
				"E1\tAttribution:T1 Source:T2 Content:T3 Content2:T4",
				"A1\tFactuality E1 DENIED",
				"T5\tOrganisation " + span(text, "Orange Telecom") + "\tOrange Telecom",
				"T6\tPerson " + span(text, "minister") + "\tminister",
				"N1\tReference T5 Wikidata:Q1431486\tOrange",
				"R1\tAgrees Arg1:T5 Arg2:T3") + "\n";
		Path brat = Files.createDirectories(dir.resolve("parc"));
		Files.writeString(brat.resolve("a.txt"), text);
		Files.writeString(brat.resolve("a.ann"), ann);
		Corpus corpus = corpus();
		assertThatThrownBy(() -> new ImportOperation(corpus).from(brat).format(ExportOperation.Format.BRAT).execute(new NullProgressMonitor()))
				.isInstanceOf(CorpusException.class).hasMessageContaining("Organisation (1)").hasMessageContaining("--map")
				.hasMessageContaining("nothing was imported");
		assertThat(corpus.documentIds()).isEmpty();

		ImportOperation.Result r = new ImportOperation(corpus).from(brat).format(ExportOperation.Format.BRAT)
				.map(List.of("Organisation=ORGANIZATION")).execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).containsExactly("type Person was imported as PERSON (the tagset's name for it)",
				"not imported, no Assay counterpart: normalizations (N) (1)",
				"not imported, no Assay counterpart: relations of type 'Agrees' (1)");
		JCas jcas = layer(corpus, "a.txt", "import");
		Claim claim = jcas.select(Claim.class).single();
		assertThat(ClaimParts.content(claim).stream().map(s -> s.of(text)).toList()).containsExactly("We will not resign", "whatever the unions say");
		assertThat(claim.getSource().getCoveredText()).isEqualTo("the minister");
		assertThat(claim.getCue().getCoveredText()).isEqualTo("told"); // the event's trigger
		assertThat(claim.getFactuality()).isEqualTo("DENIED");
		assertThat(claim.getKind()).isEqualTo("DIRECT_QUOTE"); // content in quotation marks, with a source
		assertThat(jcas.select(Entity.class).map(e -> e.getCoveredText() + "/" + e.getLabel()).toList())
				.containsExactly("minister/PERSON", "Orange Telecom/ORGANIZATION");
	}

	private static String span(String text, String s) {
		int i = text.indexOf(s);
		return i + " " + (i + s.length());
	}

	@Test
	void thatBadBratLinesAreReportedWithFileAndLineAndTheOtherDocumentsImported() throws Exception {
		Path brat = Files.createDirectories(dir.resolve("bad"));
		Files.writeString(brat.resolve("good.txt"), "Kati is a town.\n");
		Files.writeString(brat.resolve("good.ann"), "T1\tLOCATION 0 4\tKati\n");
		Files.writeString(brat.resolve("offsets.txt"), "Kati is a town.\n");
		Files.writeString(brat.resolve("offsets.ann"), "T1\tLOCATION 0 4\tKati\nT2\tLOCATION 10 400\ttown\n");
		Files.writeString(brat.resolve("shifted.txt"), "Kati is a town.\n");
		Files.writeString(brat.resolve("shifted.ann"), "T1\tLOCATION 1 5\tKati\n");
		Files.writeString(brat.resolve("garbage.txt"), "Kati is a town.\n");
		Files.writeString(brat.resolve("garbage.ann"), "T1\tLOCATION 0 4\tKati\nX9 what is this\n");
		Files.writeString(brat.resolve("lonely.ann"), "T1\tLOCATION 0 4\tKati\n");
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(brat).format(ExportOperation.Format.BRAT).execute(new NullProgressMonitor());
		assertThat(r.imported()).isEqualTo(1);
		assertThat(r.failures()).extracting(Throwable::getMessage).containsExactlyInAnyOrder(
				brat.resolve("garbage.ann") + ": line 2: 'X9 what is this' is not a brat annotation line (T, R, E, A, M, N, #, *)",
				brat.resolve("lonely.ann") + ": has no lonely.txt beside it (brat keeps the text in a .txt of the same name)",
				brat.resolve("offsets.ann") + ": line 2: T2: offset 400 is outside the text (16 characters)",
				brat.resolve("shifted.ann") + ": line 1: T1: its text 'Kati' is not the text at its offsets ('ati '); are the .txt and the .ann"
						+ " from the same version?");
		assertThat(corpus.documentIds()).containsExactly("good.txt");
	}

	/** A layer with tokens, sentences, entities (one inside a token), claims with every kind of part. */
	static JCas sample() {
		String text = "Police said 20-30 people died in Nairobi.\nThe U.S.-backed \"talks will fail\", he added, \"and soon\".\n";
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\w.-]+|[^\\w\\s]").matcher(text);
		while (m.find()) {
			new Token(jcas, m.start(), m.end()).addToIndexes();
		}
		int nl = text.indexOf('\n');
		new Sentence(jcas, 0, nl).addToIndexes();
		new Sentence(jcas, nl + 1, text.length() - 1).addToIndexes();
		entity(jcas, text, "Police", "ORGANIZATION");
		entity(jcas, text, "20-30 people", "QUANTITY");
		entity(jcas, text, "Nairobi", "LOCATION");
		entity(jcas, text, "U.S.", "LOCATION"); // inside the token "U.S.-backed"
		Claim died = new Claim(jcas, text.indexOf("20-30"), text.indexOf("."));
		died.setKind("INDIRECT");
		died.setFactuality("ASSERTED");
		died.setStatus("ACCEPTED");
		org.assay.type.Source police = new org.assay.type.Source(jcas, 0, 6);
		police.setStatus("ACCEPTED");
		police.addToIndexes();
		died.setSource(police);
		org.assay.type.Cue said = new org.assay.type.Cue(jcas, 7, 11);
		said.setStatus("ACCEPTED");
		said.addToIndexes();
		died.setCue(said);
		Quantity q = new Quantity(jcas, text.indexOf("20-30"), text.indexOf(" people"));
		q.setLow(20);
		q.setHigh(30);
		q.setUnit("");
		q.setMeasure("people died");
		q.setApproximate(false);
		q.setStatus("ACCEPTED");
		q.addToIndexes();
		died.setQuantity(q);
		died.addToIndexes();
		Claim talks = new Claim(jcas, text.indexOf("talks"), text.indexOf("soon") + 4);
		ClaimParts.setContent(talks, List.of(new org.assay.core.Span(text.indexOf("talks"), text.indexOf("fail") + 4),
				new org.assay.core.Span(text.indexOf("and soon"), text.indexOf("soon") + 4)));
		talks.setKind("DIRECT_QUOTE");
		talks.setFactuality("HEDGED");
		talks.setStatus("MANUAL");
		org.assay.type.Source he = new org.assay.type.Source(jcas, text.indexOf("he added"), text.indexOf("he added") + 2);
		he.setStatus("MANUAL");
		he.addToIndexes();
		talks.setSource(he);
		talks.addToIndexes();
		return jcas;
	}

	private static void entity(JCas jcas, String text, String s, String label) {
		Entity e = new Entity(jcas, text.indexOf(s), text.indexOf(s) + s.length());
		e.setLabel(label);
		e.setStatus("ACCEPTED");
		e.addToIndexes();
	}

	@Test
	void thatTsv3ToAssayToTsv3GivesTheSameFile() throws Exception {
		String tsv = new Tsv3Writer(StatusFilter.GOLD).write(sample());
		assertThat(tsv).startsWith("#FORMAT=WebAnno TSV 3.3\n#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n");
		assertThat(tsv).contains("\tU.S.\t", "\t-backed\t"); // the token cut where the entity ends
		Path in = Files.createDirectories(dir.resolve("tsv"));
		Files.writeString(in.resolve("story.tsv"), tsv);
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(ExportOperation.Format.TSV3).layer("gold")
				.execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).isEmpty();
		JCas jcas = layer(corpus, "story.txt", "gold");
		Claim talks = jcas.select(Claim.class).toList().get(1);
		assertThat(ClaimParts.content(talks).stream().map(s -> s.of(jcas.getDocumentText())).toList()).containsExactly("talks will fail", "and soon");
		assertThat(talks.getSource().getCoveredText()).isEqualTo("he");
		Claim died = jcas.select(Claim.class).toList().get(0);
		assertThat(died.getQuantity().getLow()).isEqualTo(20.0);
		assertThat(died.getQuantity().getHigh()).isEqualTo(30.0);
		assertThat(died.getQuantity().getMeasure()).isEqualTo("people died");
		assertThat(died.getCue().getCoveredText()).isEqualTo("said");

		Path out = dir.resolve("out");
		ExportOperation.Result e = new ExportOperation(corpus).format(ExportOperation.Format.TSV3).to(out).execute(new NullProgressMonitor());
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
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(ExportOperation.Format.TSV3).execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).containsExactly("type LOC was imported as LOCATION (the tagset's name for it)",
				"type PER was imported as PERSON (the tagset's name for it)",
				"not imported, no Assay counterpart: layer webanno.custom.Sentiment (1)",
				"not imported, no Assay counterpart: relation layer de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency (1)");
		JCas jcas = layer(corpus, "obama.txt", "import");
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
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(ExportOperation.Format.TSV3).execute(new NullProgressMonitor());
		assertThat(r.imported()).isEqualTo(1);
		assertThat(r.failures()).extracting(Throwable::getMessage).containsExactly(
				in.resolve("a.tsv") + ": line 1: not a WebAnno TSV 3 file (expected '#FORMAT=WebAnno TSV 3.3', or 3.2, 3.1)",
				in.resolve("b.tsv") + ": line 6: 4 fields, expected 5 (token, offsets, text and one per column of the header)",
				in.resolve("c.tsv") + ": line 6: token 'Kate' is not the text at 0-4 ('Kati')",
				in.resolve("d.tsv") + ": line 6: offsets 0-99 are outside the sentence's text");
	}

	@Test
	void thatTheHuggingFaceExportSplitsByDocumentWithASeedAndKeepsEveryLabel() throws Exception {
		Corpus corpus = corpus();
		corpus.addLabel("WEAPON");
		for (int d = 0; d < 20; d++) {
			JCas jcas = sample();
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
		ExportOperation.Result r = new ExportOperation(corpus).format(ExportOperation.Format.HUGGINGFACE).split(DatasetSplit.parse("80/10/10", 7))
				.to(out).execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.exported()).isEqualTo(20);
		com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
		List<String> labels = List.of(json.readValue(out.resolve("labels.json").toFile(), String[].class));
		assertThat(labels).startsWith("O").contains("B-DATE", "I-QUANTITY", "B-WEAPON");
		java.util.Map<String, String> splitOfDocument = new java.util.HashMap<>();
		int sentences = 0;
		for (String split : List.of("train", "validation", "test")) {
			List<String> strings = Files.readAllLines(out.resolve(split + ".jsonl"), StandardCharsets.UTF_8);
			List<String> ints = Files.readAllLines(out.resolve("ids").resolve(split + ".jsonl"), StandardCharsets.UTF_8);
			List<String> iob = Files.readAllLines(out.resolve(split + ".iob"), StandardCharsets.UTF_8);
			assertThat(ints).hasSameSizeAs(strings);
			assertThat(iob).hasSameSizeAs(strings);
			for (int i = 0; i < strings.size(); i++) {
				com.fasterxml.jackson.databind.JsonNode s = json.readTree(strings.get(i));
				com.fasterxml.jackson.databind.JsonNode n = json.readTree(ints.get(i));
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
		new ExportOperation(corpus).format(ExportOperation.Format.HUGGINGFACE).split(DatasetSplit.parse("80/10/10", 7)).to(again)
				.execute(new NullProgressMonitor());
		assertThat(Files.readString(again.resolve("test.jsonl"))).isEqualTo(Files.readString(out.resolve("test.jsonl")));
		assertThat(DatasetSplit.parse("80/10/10", 8).assign(List.copyOf(splitOfDocument.keySet())))
				.isNotEqualTo(DatasetSplit.parse("80/10/10", 7).assign(List.copyOf(splitOfDocument.keySet())));
		assertThatThrownBy(() -> DatasetSplit.parse("80/10", 1)).hasMessageContaining("train/validation/test");
		assertThatThrownBy(() -> DatasetSplit.parse("80/10/20", 1)).hasMessageContaining("adds up to 110%");
	}

	private Path suite() throws Exception {
		return Path.of(ForeignFormatsTest.class.getResource("inception-tsv3").toURI());
	}

	@Test
	void thatAFilePublishedByInceptionComesBackByteForByte() throws Exception {
		// INCEpTION's reference file for two stacked multi-token spans: read, then written by Assay as it was
		Path in = Files.createDirectories(dir.resolve("suite"));
		String name = "testMultiTokenStackedSpanWithFeatureValue.tsv";
		Files.copy(suite().resolve(name), in.resolve(name));
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(ExportOperation.Format.TSV3).entityLayer("webanno.custom.Span:value")
				.layer("gold").execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).isEmpty();
		JCas jcas = layer(corpus, "testMultiTokenStackedSpanWithFeatureValue.txt", "gold");
		assertThat(jcas.select(Entity.class).map(e -> e.getCoveredText() + "/" + e.getLabel()).toList())
				.containsExactlyInAnyOrder("This is a test ./PERSON", "This is a test ./LOCATION");
		Path out = dir.resolve("out");
		new ExportOperation(corpus).format(ExportOperation.Format.TSV3).entityLayer("webanno.custom.Span:value").to(out)
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
		ImportOperation.Result r = new ImportOperation(corpus).from(in).format(ExportOperation.Format.TSV3).entityLayer("webanno.custom.Span:value")
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
		JCas sub = layer(corpus, "testSubTokenRelation.txt", "import");
		assertThat(sub.select(Entity.class).map(e -> e.getBegin() + "-" + e.getEnd() + "/" + e.getLabel()).toList()).containsExactly("0-1/MISC",
				"3-4/MISC");
		assertThat(sub.select(Token.class).map(Token::getCoveredText).toList()).containsExactly("Test");
		JCas ids = layer(corpus, "testSentenceId.txt", "import");
		assertThat(ids.getDocumentText()).isEqualTo("He loves her .\nShe loves him not .\n");
		assertThat(ids.select(Sentence.class).map(Sentence::getCoveredText).toList()).containsExactly("He loves her .", "She loves him not .");
	}
}
