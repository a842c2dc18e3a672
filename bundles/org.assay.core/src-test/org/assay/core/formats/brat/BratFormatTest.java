package org.assay.core.formats.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.exchange.ExportOperation;
import org.assay.core.exchange.ImportOperation;
import org.assay.core.formats.Format;
import org.assay.core.formats.FormatFixtures;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Source;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brat in and out: round trips keep every span, label and link Assay models; attribution events and bad lines as brat corpora have them. */
class BratFormatTest {

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

	@Test
	void thatBratToAssayToBratKeepsEverySpanLabelAndLink() throws Exception {
		Path brat = Files.createDirectories(dir.resolve("brat/news"));
		Files.writeString(brat.resolve("doc.txt"), TEXT);
		Files.writeString(brat.resolve("doc.ann"), ann());
		Corpus corpus = corpus();
		ImportOperation.Result r = new ImportOperation(corpus).from(dir.resolve("brat")).format(Format.BRAT).layer("gold")
				.execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).isEmpty();
		assertThat(r.imported()).isEqualTo(1);

		JCas jcas = FormatFixtures.read(corpus, "news/doc.txt", "gold");
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
		new ExportOperation(corpus).format(Format.BRAT).to(out).execute(new NullProgressMonitor());
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
		assertThatThrownBy(() -> new ImportOperation(corpus).from(brat).format(Format.BRAT).execute(new NullProgressMonitor()))
				.isInstanceOf(CorpusException.class).hasMessageContaining("Organisation (1)").hasMessageContaining("--map")
				.hasMessageContaining("nothing was imported");
		assertThat(corpus.documentIds()).isEmpty();

		ImportOperation.Result r = new ImportOperation(corpus).from(brat).format(Format.BRAT)
				.map(List.of("Organisation=ORGANIZATION")).execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		assertThat(r.notes()).containsExactly("type Person was imported as PERSON (the tagset's name for it)",
				"not imported, no Assay counterpart: normalizations (N) (1)",
				"not imported, no Assay counterpart: relations of type 'Agrees' (1)");
		JCas jcas = FormatFixtures.read(corpus, "a.txt", "import");
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
		ImportOperation.Result r = new ImportOperation(corpus).from(brat).format(Format.BRAT).execute(new NullProgressMonitor());
		assertThat(r.imported()).isEqualTo(1);
		assertThat(r.failures()).extracting(Throwable::getMessage).containsExactlyInAnyOrder(
				brat.resolve("garbage.ann") + ": line 2: 'X9 what is this' is not a brat annotation line (T, R, E, A, M, N, #, *)",
				brat.resolve("lonely.ann") + ": has no lonely.txt beside it (brat keeps the text in a .txt of the same name)",
				brat.resolve("offsets.ann") + ": line 2: T2: offset 400 is outside the text (16 characters)",
				brat.resolve("shifted.ann") + ": line 1: T1: its text 'Kati' is not the text at its offsets ('ati '); are the .txt and the .ann"
						+ " from the same version?");
		assertThat(corpus.documentIds()).containsExactly("good.txt");
	}
}
