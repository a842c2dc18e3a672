package org.assay.ui.tests;

import static org.assay.ui.tests.TestWorkbench.flush;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.engines.AnnotateOperation;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.preferences.AssayPreferences;
import org.assay.ui.problems.ProblemMarkers;
import org.assay.ui.recommend.Recommending;
import org.assay.ui.views.RecommendersView;
import org.assay.ui.views.SuggestionQueueView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recommenders learn while the annotator works: accepting spans of a custom label in two
 * documents is all it takes for that label to be suggested in a third.
 */
class RecommendingTest {

	private static final List<String> TEXTS = List.of(
			"Gunmen fired a Dragunov at the checkpoint near Gao. The Dragunov was later found in a ditch.",
			"Soldiers seized an RPG-7 and a Dragunov after the raid. Police said the RPG-7 was stolen.",
			"Villagers said a sniper with a Dragunov had watched the road for days.");

	private IProject project;
	private Path root;

	@BeforeEach
	void setUp() throws Exception {
		System.setProperty("assay.annotator", "tester");
		AssayPreferences.store().setValue(AssayPreferences.RETRAIN_AFTER, 5);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("recommending");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		root = project.getLocation().toFile().toPath();
		Path input = Files.createTempDirectory("assay-input");
		for (int i = 0; i < TEXTS.size(); i++) {
			Files.writeString(input.resolve("doc" + i + ".txt"), TEXTS.get(i));
		}
		Corpus corpus = Corpus.openOrCreate(root);
		new AnnotateOperation(input, corpus).execute(new NullProgressMonitor());
		corpus.addLabel("WEAPON");
		// an earlier import suggested the weapons of the first two documents; nothing suggests them in the third
		for (int i = 0; i < 2; i++) {
			JCas jcas = AssayTypeSystem.newJCas();
			corpus.readLayer("doc" + i + ".txt", Corpus.ENGINE_LAYER, jcas);
			for (String weapon : List.of("Dragunov", "RPG-7")) {
				int at = -1;
				while ((at = jcas.getDocumentText().indexOf(weapon, at + 1)) >= 0) {
					Entity e = new Entity(jcas, at, at + weapon.length());
					e.setLabel("WEAPON");
					e.setStatus("SUGGESTED");
					e.setOrigin("import");
					e.setConfidence(0.5);
					e.addToIndexes();
				}
			}
			corpus.writeLayer("doc" + i + ".txt", Corpus.ENGINE_LAYER, jcas, DocumentState.NEW);
		}
		corpus.save();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	@AfterEach
	void tearDown() throws Exception {
		waitForRecommenders();
		CorpusFixture.page().closeAllEditors(false);
		// the problem markers' scan reads (and caches) every layer of the corpus in the background: let it end first
		Job.getJobManager().join(ProblemMarkers.FAMILY, null);
		project.delete(true, true, null);
	}

	private AssayEditor open(int i) throws Exception {
		AssayEditor editor = assertInstanceOf(AssayEditor.class, IDE.openEditor(CorpusFixture.page(), project.getFile("texts/doc" + i + ".txt")));
		CorpusFixture.page().activate(editor);
		flush();
		return editor;
	}

	private static void acceptWeapons(AssayEditor editor) throws Exception {
		for (Entity e : editor.jcas().select(Entity.class).filter(e -> e.getLabel().equals("WEAPON")).toList()) {
			editor.reveal(e);
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.assay.ui.command.accept", null);
			flush();
			assertEquals("ACCEPTED", e.getStatus());
		}
	}

	/** With -Dassay.screenshots=DIR, saves the workbench window as DIR/name.png (for people to look at). */
	private static void screenshot(String name) {
		Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
	}

	/** Waits for retraining and suggesting Jobs, letting their UI updates run. */
	private static void waitForRecommenders() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		do {
			flush();
			Thread.sleep(50);
			flush();
		} while (Job.getJobManager().find(Recommending.JOBS).length > 0 && System.currentTimeMillis() < deadline);
		flush();
	}

	@Test
	void thatAcceptingACustomLabelInTwoDocumentsMakesItSuggestedInAThird() throws Exception {
		AssayEditor first = open(0);
		assertTrue(first.jcas().select(Entity.class).filter(e -> e.getLabel().equals("WEAPON")).count() == 2);
		acceptWeapons(first);
		AssayEditor second = open(1);
		acceptWeapons(second); // the fifth and sixth decisions: the recommenders retrain in the background
		waitForRecommenders();
		assertTrue(Files.exists(root.resolve(".assay-models/strings.bin")), "retrained without a command");

		AssayEditor third = open(2);
		waitForRecommenders();
		Entity dragunov = third.jcas().select(Entity.class).filter(e -> e.getCoveredText().equals("Dragunov")).findFirst().orElse(null);
		assertNotNull(dragunov, "the learnt weapon is suggested in the third document");
		assertEquals("WEAPON", dragunov.getLabel());
		assertEquals("SUGGESTED", dragunov.getStatus());
		assertTrue(dragunov.getOrigin().contains("recommender:"), dragunov.getOrigin());
		assertNotNull(third.model().shown(dragunov), "and drawn");

		RecommendersView view = (RecommendersView) CorpusFixture.page()
				.showView(RecommendersView.ID);
		flush();
		List<List<String>> rows = view.rows();
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("strings") && r.get(1).equals("yes") && r.get(5).equals("5")),
				rows.toString());
		screenshot("recommenders");
	}

	@Test
	void thatTheRecommendersViewShowsScoresAndDrawsTheLearningCurve() throws Exception {
		Corpus corpus = Corpus.open(root);
		String[] weapons = { "AK-47", "RPG-7", "M16", "Dragunov", "PKM", "Uzi", "Glock 17", "FN FAL" };
		for (int i = 0; i < weapons.length; i++) {
			String text = "Police in town " + i + " said the attackers used a " + weapons[i] + " and fled.";
			JCas jcas = AssayTypeSystem.newJCas();
			jcas.setDocumentText(text);
			int at = text.indexOf(weapons[i]);
			Entity e = new Entity(jcas, at, at + weapons[i].length());
			e.setLabel("WEAPON");
			e.setStatus("ACCEPTED");
			e.addToIndexes();
			corpus.putText("extra" + i + ".txt", text);
			corpus.writeLayer("extra" + i + ".txt", "tester", jcas, DocumentState.FINISHED);
		}
		corpus.save();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		open(0);
		RecommendersView view = (RecommendersView) CorpusFixture.page()
				.showView(RecommendersView.ID);
		PlatformUI.getWorkbench().getService(Recommending.class).retrain(root);
		waitForRecommenders();
		List<List<String>> rows = view.rows();
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("sequence") && r.get(4).equals("8") && !r.get(7).equals("n/a")),
				rows.toString());
		screenshot("recommenders-curve");
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Point size = shell.getSize();
		shell.setSize(1600, 1000);
		screenshot("recommenders-curve-wide");
		shell.setSize(size);
	}

	@Test
	void thatClosingTheLastEditorOfTheCorpusCancelsItsRetraining() throws Exception {
		Corpus corpus = Corpus.open(root);
		for (int i = 0; i < 400; i++) { // enough to learn from for many seconds
			String text = "Police in town " + i + " said the attackers used a Dragunov and an AK-47 and fled to Gao on Monday.";
			JCas jcas = AssayTypeSystem.newJCas();
			jcas.setDocumentText(text);
			for (String w : List.of("Dragunov", "AK-47")) {
				Entity e = new Entity(jcas, text.indexOf(w), text.indexOf(w) + w.length());
				e.setLabel("WEAPON");
				e.setStatus("ACCEPTED");
				e.addToIndexes();
			}
			corpus.putText("many" + i + ".txt", text);
			corpus.writeLayer("many" + i + ".txt", "tester", jcas, DocumentState.FINISHED);
		}
		corpus.save();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		AssayEditor editor = open(0);
		PlatformUI.getWorkbench().getService(Recommending.class).retrain(root);
		Job[] jobs = Job.getJobManager().find(Recommending.JOBS);
		Job retraining = Arrays.stream(jobs).filter(j -> j.getName().startsWith("Retraining")).findFirst().orElseThrow();
		while (retraining.getState() != Job.RUNNING) {
			Thread.sleep(10);
		}
		Thread.sleep(500);
		CorpusFixture.page().closeEditor(editor, false);
		retraining.join(120_000, null);
		assertEquals(IStatus.CANCEL, retraining.getResult().getSeverity(),
				"nobody has the corpus open: the retraining stops");
		assertFalse(Files.exists(root.resolve(".assay-models/recommenders.json")), "and writes no state");
		assertFalse(Files.exists(root.resolve(".assay-models/strings.bin")), "and no model trained before it stopped");
	}

	private static void press(SuggestionQueueView view, char key) {
		Table table = view.table();
		Event e = new Event();
		e.character = key;
		e.keyCode = key;
		table.notifyListeners(SWT.KeyDown, e);
		flush();
	}

	@Test
	void thatTheCorpusQueueOffersTheMostUncertainSuggestionsFirstAndDecidesThemInTheirEditor() throws Exception {
		open(2);
		SuggestionQueueView view = (SuggestionQueueView) CorpusFixture.page()
				.showView(SuggestionQueueView.ID);
		long deadline = System.currentTimeMillis() + 30_000;
		while (view.rows().isEmpty() && System.currentTimeMillis() < deadline) {
			flush();
			Thread.sleep(20);
		}
		List<List<String>> rows = view.rows();
		// the imported weapons (confidence 0.5: the engine could not tell) of documents 0 and 1 lead the queue
		assertEquals(List.of("1.00", "doc0.txt", "Dragunov", "WEAPON"), rows.get(0).subList(0, 4), rows.toString());
		assertTrue(rows.stream().limit(5).allMatch(r -> r.get(3).equals("WEAPON")), rows.toString());
		int before = view.queue().size();

		press(view, 's'); // skipped: comes back last
		assertEquals(before, view.queue().size());
		assertEquals("Dragunov", view.rows().get(view.rows().size() - 1).get(2));
		assertEquals("doc0.txt", view.rows().get(view.rows().size() - 1).get(1));

		List<String> next = view.rows().get(0);
		press(view, 'a'); // accepted in its document's editor, which opens beside the queue
		assertEquals(before - 1, view.queue().size());
		AssayEditor editor = Arrays.stream(CorpusFixture.page().getEditorReferences()).map(r -> r.getEditor(false))
				.filter(e -> e instanceof AssayEditor && e.getTitle().equals(next.get(1))).map(AssayEditor.class::cast).findFirst()
				.orElseThrow();
		// and the next one is shown in its editor, ready for the next key
		assertEquals(view.rows().get(0).get(1), CorpusFixture.page().getActiveEditor().getTitle());
		Entity accepted = editor.jcas().select(Entity.class).filter(e -> e.getLabel().equals("WEAPON")
				&& ("ACCEPTED".equals(e.getStatus()))).findFirst().orElseThrow();
		assertEquals(next.get(2), accepted.getCoveredText());
		assertEquals("tester", accepted.getDecidedBy());
		assertTrue(editor.isDirty(), "an ordinary, undoable decision in the layer");
		assertEquals(view, CorpusFixture.page().getActivePart(), "the keys stay with the queue");

		press(view, 'r');
		assertEquals(before - 2, view.queue().size());
		screenshot("queue");
	}
}
