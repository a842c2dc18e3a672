package org.assay.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.assay.cli.AssayCommand;
import org.assay.engines.AssayPipeline;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Wiring: the engines, their models and the command line work as OSGi bundles inside Equinox. */
class PipelineInOsgiTest {

	private static final String ARTICLE = "\"The situation is a bit complex,\" one European diplomat stationed in Nairobi told AFP on Monday. "
			+ "Police arrested at least 30 protesters in Kenya's capital, according to Human Rights Watch.";

	@TempDir
	Path dir;

	@Test
	void thatThePipelineRunsInsideEquinoxWithJCasClassesAndModelsFromBundles() throws Exception {
		Bundle self = FrameworkUtil.getBundle(getClass());
		assertNotNull(self, "this test must run inside an OSGi framework");
		AnalysisEngine engine = AssayPipeline.create();
		JCas jcas = engine.newJCas();
		jcas.setDocumentText(ARTICLE);
		engine.process(jcas);
		List<Entity> entities = jcas.select(Entity.class).asList();
		assertTrue(entities.stream().anyMatch(e -> e.getCoveredText().equals("Nairobi") && e.getLabel().equals("LOCATION")),
				entities::toString);
		assertTrue(entities.stream().anyMatch(e -> e.getCoveredText().equals("Human Rights Watch")));
		Claim first = jcas.select(Claim.class).get(0);
		assertEquals("The situation is a bit complex", first.getCoveredText());
		assertEquals("one European diplomat stationed in Nairobi", first.getSource().getCoveredText());
		assertEquals("told AFP", first.getCue().getCoveredText());
		engine.destroy();
	}

	@Test
	void thatTheCommandLineAnnotatesAndExportsInsideEquinox() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("a.txt"), ARTICLE);
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		AssayCommand command = new AssayCommand(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
		assertEquals(0, command.run("annotate", in.toString(), "--out", dir.resolve("corpus").toString()),
				err.toString(StandardCharsets.UTF_8));
		assertEquals(0, command.run("export", dir.resolve("corpus").toString(), "--format", "jsonl", "--status", "all",
				"--out", dir.resolve("out.jsonl").toString()));
		String line = Files.readString(dir.resolve("out.jsonl"));
		assertTrue(line.contains("\"label\":\"ORGANIZATION\""), line);
		assertTrue(line.contains("\"low\":30,\"high\":null"), line);
	}

	@Test
	void thatHeadlessBundlesImportNoUserInterface() {
		Bundle[] bundles = FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles();
		Set<String> checked = Set.of("org.assay.types", "org.assay.core", "org.assay.engines", "org.assay.cli");
		List<Bundle> headless = java.util.Arrays.stream(bundles).filter(b -> checked.contains(b.getSymbolicName()))
				.collect(Collectors.toList());
		assertEquals(checked.size(), headless.size(), "all headless bundles are installed");
		for (Bundle b : headless) {
			for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
				String value = b.getHeaders().get(header);
				if (value == null) {
					continue;
				}
				for (String forbidden : List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui")) {
					assertFalse(value.contains(forbidden), b.getSymbolicName() + " " + header + " names " + forbidden);
				}
			}
		}
	}
}
