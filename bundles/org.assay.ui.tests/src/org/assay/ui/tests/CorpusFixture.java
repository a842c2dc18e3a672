package org.assay.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.uima.jcas.JCas;
import org.assay.core.FallbackTokens;
import org.assay.core.Span;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.Manifest;
import org.assay.core.review.Review;
import org.assay.engines.AnnotateOperation;
import org.assay.type.Entity;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** A workspace project holding a pre-annotated corpus, as the Project Explorer shows it. */
final class CorpusFixture {

	static final String TEXT = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.\n\n"
			+ "\"We are not going to back down,\" said Mercy Wanjiru, a student leader.\n\n"
			+ "At least 23 people have been killed since the protests began, according to Amnesty International.\n";

	final IProject project;
	final Path root;

	private CorpusFixture(IProject project) {
		this.project = project;
		this.root = project.getLocation().toFile().toPath();
	}

	static CorpusFixture create(String name) throws Exception {
		CorpusFixture f = emptyProject(name);
		Path input = Files.createTempDirectory("assay-input");
		Files.writeString(input.resolve("kenya.txt"), TEXT);
		new AnnotateOperation(input, Corpus.openOrCreate(f.root)).execute(new NullProgressMonitor());
		f.project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return f;
	}

	/** A project holding an empty corpus. */
	static CorpusFixture empty(String name) throws Exception {
		CorpusFixture f = emptyProject(name);
		Corpus.openOrCreate(f.root).save();
		f.project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return f;
	}

	/**
	 * A project whose corpus holds two pre-annotated articles that contradict each other ("55
	 * people were arrested" against "36 to 40"), each reviewed by alice and bob, who accepted every
	 * entity and finished.
	 */
	static CorpusFixture reviewedByTwo(String name) throws Exception {
		CorpusFixture f = emptyProject(name);
		Path in = Files.createTempDirectory("assay-views");
		Files.writeString(in.resolve("a.txt"), "Officials said that 55 people were arrested in Lagos on Monday.\n");
		Files.writeString(in.resolve("b.txt"), "Rights groups said 36 to 40 people had been detained in Lagos.\n");
		Corpus corpus = Corpus.openOrCreate(f.root);
		new AnnotateOperation(in, corpus).execute(new NullProgressMonitor());
		for (String id : corpus.documentIds()) {
			for (String annotator : List.of("alice", "bob")) {
				JCas jcas = AssayTypeSystem.newJCas();
				corpus.readLayer(id, Corpus.ENGINE_LAYER, jcas);
				Review review = new Review(jcas, annotator);
				for (Entity e : jcas.select(Entity.class).asList()) {
					review.accept(e).apply();
				}
				corpus.writeLayer(id, annotator, jcas, DocumentState.FINISHED);
			}
		}
		corpus.save();
		f.project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return f;
	}

	/**
	 * A project holding one long article, {@code texts/big.txt}, of news-like sentences (at
	 * least {@code chars} characters) whose engine layer has {@code annotations} entity
	 * suggestions spread over its tokens, and the tokens themselves if {@code withTokens}.
	 */
	static CorpusFixture large(String name, int chars, int annotations, boolean withTokens) throws Exception {
		CorpusFixture f = emptyProject(name);
		Random random = new Random(7);
		String[] sentences = {
				"Officials in Nairobi said on Tuesday that at least 40 people were detained after the protests.",
				"\"We will not stop,\" said Amina Diallo, a student leader at the University of Lagos.",
				"The United Nations estimated that around 2,000 families had fled to neighbouring Chad.",
				"According to Reuters, the army denied that soldiers had fired on the crowd in Bamako.",
				"President Carlos Mendes met the African Union envoy in Lima on Monday." };
		StringBuilder b = new StringBuilder(chars + 200);
		while (b.length() < chars) {
			for (int k = 0; k < 4; k++) {
				b.append(sentences[random.nextInt(sentences.length)]).append(' ');
			}
			b.setLength(b.length() - 1);
			b.append("\n\n");
		}
		String text = b.toString();
		Corpus corpus = Corpus.openOrCreate(f.root);
		corpus.putText(BIG, text);
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		List<Span> tokens = FallbackTokens.of(text);
		if (withTokens) {
			tokens.forEach(t -> new Token(jcas, t.begin(), t.end()).addToIndexes());
		}
		String[] labels = Manifest.DEFAULT_TAGSET.toArray(new String[0]);
		int stride = Math.max(1, tokens.size() / annotations);
		for (int i = 0, n = 0; i < tokens.size() && n < annotations; i += stride, n++) {
			Span t = tokens.get(i);
			Span end = tokens.get(Math.min(tokens.size() - 1, i + (n % 3 == 0 ? 1 : 0)));
			Entity e = new Entity(jcas, t.begin(), end.end());
			e.setLabel(labels[n % labels.length]);
			e.setStatus(n % 4 == 0 ? "ACCEPTED" : "SUGGESTED");
			e.setOrigin("assay-entities@0.1.0");
			e.setConfidence(0.8);
			e.setChangedAt("2026-11-21T00:00:00Z");
			e.addToIndexes();
		}
		corpus.writeLayer(BIG, Corpus.ENGINE_LAYER, jcas, DocumentState.NEW);
		corpus.save();
		f.project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return f;
	}

	/** A new, empty, open workspace project (an old one of that name deleted). */
	private static CorpusFixture emptyProject(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		return new CorpusFixture(project);
	}

	/** The document of {@link #large}. */
	static final String BIG = "big.txt";

	IFile text() {
		return project.getFile("texts/kenya.txt");
	}

	Path layer(String annotator) {
		return root.resolve("annotations/kenya.txt/" + annotator + ".xmi");
	}

	/** The entity of {@code jcas} covering exactly {@code text}, or null. */
	static Entity entity(JCas jcas, String text) {
		return jcas.select(Entity.class).filter(e -> e.getCoveredText().equals(text)).findFirst().orElse(null);
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	IEditorPart open() throws CoreException {
		return IDE.openEditor(page(), text());
	}

	void delete() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}
}
