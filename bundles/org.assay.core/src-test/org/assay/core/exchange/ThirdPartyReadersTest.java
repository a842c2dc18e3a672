package org.assay.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.formats.Format;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Sentence;
import org.assay.type.Source;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.formats.Conll02NameSampleStream;
import opennlp.tools.formats.Conll03NameSampleStream;
import opennlp.tools.formats.brat.AnnotationConfiguration;
import opennlp.tools.formats.brat.AttributeAnnotation;
import opennlp.tools.formats.brat.BratAnnotation;
import opennlp.tools.formats.brat.BratDocument;
import opennlp.tools.formats.brat.RelationAnnotation;
import opennlp.tools.formats.brat.SpanAnnotation;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.Span;

/** Exports are read back by readers no one here wrote: OpenNLP's CoNLL-03 and brat readers. */
class ThirdPartyReadersTest {

	static final String TEXT = "\"Troops arrived,\" General Abass Dembele told AFP in Kati.\nAt least 20 people were held.";

	@TempDir
	Path dir;

	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		int nl = TEXT.indexOf('\n');
		new Sentence(jcas, 0, nl).addToIndexes();
		new Sentence(jcas, nl + 1, TEXT.length()).addToIndexes();
		Matcher m = Pattern.compile("\\w+|[^\\w\\s]").matcher(TEXT);
		while (m.find()) {
			Token t = new Token(jcas, m.start(), m.end());
			t.setPos(Character.isUpperCase(TEXT.charAt(m.start())) ? "PROPN" : "NOUN");
			t.addToIndexes();
		}
		entity(jcas, "Abass Dembele", "PERSON", "ACCEPTED");
		entity(jcas, "AFP", "ORGANIZATION", "MANUAL");
		entity(jcas, "Kati", "LOCATION", "CORRECTED");
		entity(jcas, "At least 20", "QUANTITY", "ACCEPTED");
		entity(jcas, "Troops", "ORGANIZATION", "REJECTED");
		Source s = new Source(jcas, TEXT.indexOf("General"), TEXT.indexOf(" told"));
		s.setStatus("ACCEPTED");
		s.addToIndexes();
		Cue c = new Cue(jcas, TEXT.indexOf("told"), TEXT.indexOf(" in"));
		c.setStatus("ACCEPTED");
		c.addToIndexes();
		Claim claim = new Claim(jcas, 1, TEXT.indexOf(",\""));
		claim.setSource(s);
		claim.setCue(c);
		claim.setKind("DIRECT_QUOTE");
		claim.setFactuality("ASSERTED");
		claim.setStatus("ACCEPTED");
		claim.addToIndexes();
		// a claim across the line break, to exercise brat fragments
		Claim wide = new Claim(jcas, TEXT.indexOf("Kati"), TEXT.length() - 1);
		wide.setKind("UNATTRIBUTED");
		wide.setFactuality("HEDGED");
		wide.setStatus("MANUAL");
		wide.addToIndexes();
		corpus.putText("a.txt", TEXT);
		corpus.writeLayer("a.txt", "alice", jcas, DocumentState.FINISHED);
		corpus.save();
		return corpus;
	}

	private static void entity(JCas jcas, String text, String label, String status) {
		int b = TEXT.indexOf(text);
		Entity e = new Entity(jcas, b, b + text.length());
		e.setLabel(label);
		e.setStatus(status);
		e.addToIndexes();
	}

	@Test
	void thatOpenNlpReadsTheConll2003ExportWithTheGoldNames() throws Exception {
		Path out = dir.resolve("gold.conll");
		ExportOperation.Result r = new ExportOperation(corpus()).format(Format.CONLL2003).to(out).execute(new NullProgressMonitor());
		assertThat(r.exported()).isEqualTo(1);
		assertThat(Files.readAllLines(out).get(0)).isEqualTo("-DOCSTART- -X- -X- O");
		List<NameSample> samples = new ArrayList<>();
		try (Conll03NameSampleStream stream = new Conll03NameSampleStream(Conll03NameSampleStream.LANGUAGE.EN,
				new MarkableFileInputStreamFactory(out.toFile()), Conll02NameSampleStream.GENERATE_PERSON_ENTITIES
						| Conll02NameSampleStream.GENERATE_ORGANIZATION_ENTITIES
						| Conll02NameSampleStream.GENERATE_LOCATION_ENTITIES
						| Conll02NameSampleStream.GENERATE_MISC_ENTITIES)) {
			NameSample s;
			while ((s = stream.read()) != null) {
				samples.add(s);
			}
		}
		assertThat(samples).hasSize(2);
		NameSample first = samples.get(0);
		List<String> names = new ArrayList<>();
		for (Span span : first.getNames()) {
			names.add(span.getType() + ":" + String.join(" ", Arrays.copyOfRange(first.getSentence(), span.getStart(), span.getEnd())));
		}
		assertThat(names).containsExactly("person:Abass Dembele", "organization:AFP", "location:Kati");
	}

	@Test
	void thatOpenNlpReadsTheBratExportWithEntitiesClaimLinksAndAttributes() throws Exception {
		Path out = dir.resolve("brat");
		new ExportOperation(corpus()).format(Format.BRAT).to(out).execute(new NullProgressMonitor());
		AnnotationConfiguration conf;
		try (InputStream in = Files.newInputStream(out.resolve("annotation.conf"))) {
			conf = AnnotationConfiguration.parse(in);
		}
		BratDocument doc;
		try (InputStream txt = Files.newInputStream(out.resolve("a.txt")); InputStream ann = Files.newInputStream(out.resolve("a.ann"))) {
			doc = BratDocument.parseDocument(conf, "a", txt, ann);
		}
		assertThat(doc.getText()).isEqualTo(TEXT);
		List<String> spans = new ArrayList<>();
		List<String> relations = new ArrayList<>();
		List<String> attributes = new ArrayList<>();
		for (BratAnnotation a : doc.getAnnotations()) {
			if (a instanceof SpanAnnotation s) {
				spans.add(a.getType() + ":" + s.getCoveredText());
			} else if (a instanceof RelationAnnotation rel) {
				relations.add(rel.getType() + ":" + ((SpanAnnotation) doc.getAnnotation(rel.getArg2())).getCoveredText());
			} else if (a instanceof AttributeAnnotation at) {
				attributes.add(at.getType() + "=" + at.getValue());
			}
		}
		assertThat(spans).contains("PERSON:Abass Dembele", "ORGANIZATION:AFP", "LOCATION:Kati", "QUANTITY:At least 20",
				"Claim:Troops arrived", "Source:General Abass Dembele", "Cue:told AFP").doesNotContain("ORGANIZATION:Troops");
		assertThat(relations).containsExactlyInAnyOrder("Source:General Abass Dembele", "Cue:told AFP");
		assertThat(attributes).contains("Kind=DIRECT_QUOTE", "Factuality=ASSERTED", "Kind=UNATTRIBUTED", "Factuality=HEDGED");
		assertThat(spans.stream().filter(s -> s.startsWith("Claim:Kati")).findFirst()).as("claim across a line break")
				.hasValueSatisfying(s -> assertThat(s).contains("people were held"));
	}

	@Test
	void thatUimaReadsTheXmiExportWithOnlyTheExportedTypeSystem() throws Exception {
		Path out = dir.resolve("xmi");
		new ExportOperation(corpus()).format(Format.XMI).to(out).execute(new NullProgressMonitor());
		TypeSystemDescription tsd = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(out.resolve("TypeSystem.xml").toFile()));
		CAS cas = CasCreationUtils.createCas(tsd, null, null);
		try (InputStream in = Files.newInputStream(out.resolve("a.txt.xmi"))) {
			XmiCasDeserializer.deserialize(in, cas);
		}
		assertThat(cas.getDocumentText()).isEqualTo(TEXT);
		Type entity = cas.getTypeSystem().getType("org.assay.type.Entity");
		Feature label = entity.getFeatureByBaseName("label");
		List<String> labels = new ArrayList<>();
		for (AnnotationFS a : cas.getAnnotationIndex(entity)) {
			labels.add(a.getStringValue(label) + ":" + a.getCoveredText());
		}
		assertThat(labels).containsExactly("PERSON:Abass Dembele", "ORGANIZATION:AFP", "LOCATION:Kati", "QUANTITY:At least 20");
	}
}
