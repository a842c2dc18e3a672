package org.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmiFilesTest {

	@TempDir
	Path dir;

	@Test
	void thatAnXmiRoundTripsEntitiesAndProvenance() throws Exception {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText("Abass Dembele was arrested in Kati.");
		Entity e = new Entity(jcas, 0, 13);
		e.setLabel("PERSON");
		e.setStatus("ACCEPTED");
		e.setOrigin("alice");
		e.setConfidence(1.0);
		e.addToIndexes();
		Path file = dir.resolve("doc.xmi");
		XmiFiles.write(jcas.getCas(), file);
		JCas back = AssayTypeSystem.newJCas();
		XmiFiles.read(file, back.getCas());
		Entity read = back.select(Entity.class).single();
		assertThat(read.getCoveredText()).isEqualTo("Abass Dembele");
		assertThat(read.getStatus()).isEqualTo("ACCEPTED");
		assertThat(read.getOrigin()).isEqualTo("alice");
	}

	@Test
	void thatAnXmiWithAnExternalEntityIsRefusedAndNothingIsRead() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
		Path file = dir.resolve("evil.xmi");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri()
				+ "\">]>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" xmlns:cas=\"http:///uima/cas.ecore\">"
				+ "<cas:Sofa xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"&xxe;\"/></xmi:XMI>");
		JCas jcas = AssayTypeSystem.newJCas();
		assertThatThrownBy(() -> XmiFiles.read(file, jcas.getCas())).isInstanceOf(CorpusException.class)
				.hasMessageStartingWith(file + ": is refused: it declares a DOCTYPE");
		assertThat(jcas.getDocumentText()).isNull();
	}

	@Test
	void thatABrokenXmiNamesTheFileAndTheLine() throws Exception {
		Path file = dir.resolve("broken.xmi");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\">\n<oops");
		assertThatThrownBy(() -> XmiFiles.read(file, AssayTypeSystem.newJCas().getCas()))
				.hasMessageStartingWith(file + ": is not valid XMI (line 3");
	}

	@Test
	void thatABrokenXmiPrintsNothingOfItsOwnAndSaysNoLineMinusOne() throws Exception {
		Path file = dir.resolve("broken.xmi");
		Files.writeString(file, "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"><cas:NULL xmlns:cas");
		PrintStream was = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThatThrownBy(() -> XmiFiles.read(file, AssayTypeSystem.newJCas().getCas())).isInstanceOf(CorpusException.class)
					.hasMessageStartingWith(file + ": is not valid XMI (line 1,").hasMessageNotContaining("line -1");
		} finally {
			System.setErr(was);
		}
		assertThat(captured.toString(StandardCharsets.UTF_8)).as("the parser's own '[Fatal Error]' line").isEmpty();
	}
}
