package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.ReviewAnnotation;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The annotator's day in a real workbench: open a corpus text, review it through the real
 * commands (as the key bindings run them), undo, save, close, reopen.
 */
class EditorWorkflowTest {

	CorpusFixture corpus;

	@BeforeEach
	void setUp() throws Exception {
		System.setProperty("assay.annotator", "tester");
		corpus = CorpusFixture.create("workflow");
	}

	@AfterEach
	void tearDown() throws Exception {
		corpus.delete();
	}

	private AssayEditor open() throws CoreException {
		IEditorPart part = corpus.open();
		AssayEditor editor = assertInstanceOf(AssayEditor.class, part, "corpus texts open in the Assay editor");
		CorpusFixture.page().activate(editor);
		flush();
		return editor;
	}

	private static void run(String command) throws Exception {
		handlers().executeCommand("org.assay.ui.command." + command, null);
		flush();
	}

	private static void label(int n) throws Exception {
		Command cmd = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.assay.ui.command.label");
		handlers().executeCommand(ParameterizedCommand.generateCommand(cmd, Map.of("org.assay.ui.labelIndex", Integer.toString(n))), null);
		flush();
	}

	private static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getService(IHandlerService.class);
	}

	private static void flush() {
		Display d = Display.getCurrent();
		while (d.readAndDispatch()) {
			// let async refreshes run
		}
	}

	private static Entity entity(JCas jcas, String text) {
		return jcas.select(Entity.class).filter(e -> e.getCoveredText().equals(text)).findFirst().orElse(null);
	}

	private static java.util.List<String> tokens(JCas jcas) {
		return jcas.select(org.assay.type.Token.class).map(t -> t.getBegin() + "-" + t.getEnd() + "/" + t.getPos()).toList();
	}

	@Test
	void thatQSwitchesToMostUncertainFirstAndNextFollowsIt() throws Exception {
		AssayEditor editor = open();
		java.util.List<Reviewable> open = org.assay.core.review.ReviewNavigator.reviewables(editor.jcas()).stream()
				.filter(r -> "SUGGESTED".equals(r.getStatus())).toList();
		Reviewable mostUncertain = open.stream()
				.max(java.util.Comparator.comparingDouble(org.assay.core.review.ReviewNavigator::uncertainty)
						.thenComparing(r -> -r.getBegin()))
				.orElseThrow();
		run("toggleOrder");
		assertTrue(editor.session().isUncertainFirst());
		run("next");
		assertEquals(org.assay.core.review.ReviewNavigator.uncertainty(mostUncertain),
				org.assay.core.review.ReviewNavigator.uncertainty(editor.current()), 1e-9);
		run("toggleOrder");
		assertFalse(editor.session().isUncertainFirst());
	}

	@Test
	void thatAReviewSurvivesSaveCloseAndReopen() throws Exception {
		AssayEditor editor = open();
		JCas jcas = editor.jcas();
		assertTrue(editor.model().shownCount() > 5, "suggestions are drawn");

		run("next");
		Reviewable first = editor.current();
		assertNotNull(first, "next suggestion selects one");
		run("acceptAndNext");
		assertEquals("ACCEPTED", first.getStatus());
		Reviewable second = editor.current();
		assertTrue(second != first && "SUGGESTED".equals(second.getStatus()), "accept-and-next advances");
		run("reject");
		assertEquals("REJECTED", second.getStatus());
		assertNull(editor.model().shown(second), "rejected suggestions are hidden");

		// relabel Amnesty International (ORGANIZATION) as LOCATION (key 3), then undo it
		Entity amnesty = entity(jcas, "Amnesty International");
		editor.reveal(amnesty);
		label(3);
		assertEquals("LOCATION", amnesty.getLabel());
		assertEquals("CORRECTED", amnesty.getStatus());
		assertTrue(editor.model().shown(amnesty).getType().startsWith(ReviewAnnotation.PREFIX + "entity.location"));
		handlers().executeCommand("org.eclipse.ui.edit.undo", null);
		flush();
		assertEquals("ORGANIZATION", amnesty.getLabel());
		assertEquals("SUGGESTED", amnesty.getStatus());
		handlers().executeCommand("org.eclipse.ui.edit.redo", null);
		flush();
		assertEquals("LOCATION", amnesty.getLabel());

		// grow "Mercy Wanjiru" by one token at the end, then shrink it back
		Entity mercy = entity(jcas, "Mercy Wanjiru");
		editor.reveal(mercy);
		run("growEnd");
		assertEquals("Mercy Wanjiru,", mercy.getCoveredText());
		run("shrinkEnd");
		assertEquals("Mercy Wanjiru", mercy.getCoveredText());

		// a new entity from a selection inside a word snaps to whole tokens
		int b = CorpusFixture.TEXT.indexOf("tear gas");
		editor.selectAndReveal(b + 2, 6);
		label(1);
		Entity created = entity(jcas, "tear gas");
		assertNotNull(created, "selection snapped to 'tear gas'");
		assertEquals("MANUAL", created.getStatus());
		assertEquals("tester", created.getOrigin());

		assertTrue(editor.isDirty());
		handlers().executeCommand("org.eclipse.ui.file.save", null);
		flush();
		assertFalse(editor.isDirty());
		assertTrue(Files.isRegularFile(corpus.layer("tester")), "the annotator's layer is written");
		// tokens are held outside the CAS while the layer is open; the saved layer has every one
		Corpus onDisk = Corpus.open(corpus.root);
		JCas engineLayer = AssayTypeSystem.newJCas();
		onDisk.readLayer("kenya.txt", Corpus.ENGINE_LAYER, engineLayer);
		JCas savedLayer = AssayTypeSystem.newJCas();
		onDisk.readLayer("kenya.txt", "tester", savedLayer);
		java.util.List<String> engineTokens = tokens(engineLayer);
		assertTrue(engineTokens.size() > 20, "the engine layer has tokens: " + engineTokens.size());
		assertEquals(engineTokens, tokens(savedLayer));
		CorpusFixture.page().closeEditor(editor, false);

		AssayEditor reopened = open();
		JCas again = reopened.jcas();
		assertEquals("PERSON", entity(again, "tear gas").getLabel());
		assertEquals("MANUAL", entity(again, "tear gas").getStatus());
		assertEquals("LOCATION", entity(again, "Amnesty International").getLabel());
		assertEquals("CORRECTED", entity(again, "Amnesty International").getStatus());
		long accepted = again.select(Reviewable.class).filter(r -> "ACCEPTED".equals(r.getStatus())).count();
		long rejected = again.select(Reviewable.class).filter(r -> "REJECTED".equals(r.getStatus())).count();
		assertTrue(accepted >= 1 && rejected >= 1, "accepted " + accepted + ", rejected " + rejected);
		assertEquals("IN_PROGRESS", Corpus.open(corpus.root).state("kenya.txt", "tester").name());
	}

	@Test
	void thatALayerChangedOnDiskIsNotOverwrittenSilently() throws Exception {
		AssayEditor editor = open();
		run("next");
		run("acceptAndNext");
		handlers().executeCommand("org.eclipse.ui.file.save", null);
		flush();
		// someone else rewrites the layer while the editor is open
		JCas other = AssayTypeSystem.newJCas();
		Corpus c = Corpus.open(corpus.root);
		c.readLayer("kenya.txt", "tester", other);
		c.writeLayer("kenya.txt", "tester", other, org.assay.core.corpus.DocumentState.IN_PROGRESS);
		Files.setLastModifiedTime(corpus.layer("tester"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
		assertFalse(editor.getDocumentProvider() instanceof org.eclipse.ui.texteditor.IDocumentProviderExtension3 p
				&& p.isSynchronized(editor.getEditorInput()), "the editor sees the change");
		run("acceptAndNext");
		CoreException refused = assertThrows(CoreException.class, () -> editor.getDocumentProvider()
				.saveDocument(null, editor.getEditorInput(), editor.getDocumentProvider().getDocument(editor.getEditorInput()), false));
		assertEquals(IResourceStatus.OUT_OF_SYNC_LOCAL, refused.getStatus().getCode());
		CorpusFixture.page().closeEditor(editor, false);
	}

	@Test
	void thatTheViewsAndPerspectiveExist() throws Exception {
		PlatformUI.getWorkbench().showPerspective("org.assay.ui.perspective", PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		assertNotNull(CorpusFixture.page().findView("org.assay.ui.views.annotations"));
		assertNotNull(CorpusFixture.page().findView("org.assay.ui.views.claims"));
		AssayEditor editor = open();
		org.assay.ui.views.AnnotationsView view = (org.assay.ui.views.AnnotationsView) CorpusFixture.page()
				.showView("org.assay.ui.views.annotations");
		CorpusFixture.page().activate(editor);
		flush();
		assertTrue(view.rowCount() > 5, "the Annotations view lists the document's annotations");
	}

	@Test
	void thatPreAnnotatingADocumentAddsSuggestionsAsOneUndoableStep() throws Exception {
		// a corpus text nobody has pre-annotated yet
		java.nio.file.Path text = corpus.root.resolve("texts/fresh.txt");
		Files.writeString(text, "President William Ruto met protesters in Mombasa on Friday, Reuters reported.");
		Corpus.open(corpus.root).putText("fresh.txt", Files.readString(text));
		corpus.project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
		AssayEditor editor = assertInstanceOf(AssayEditor.class,
				org.eclipse.ui.ide.IDE.openEditor(CorpusFixture.page(), corpus.project.getFile("texts/fresh.txt")));
		CorpusFixture.page().activate(editor);
		flush();
		assertEquals(0, editor.jcas().select(Entity.class).count());
		handlers().executeCommand("org.assay.ui.command.preannotateDocument", null);
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.assay.ui.handlers.PreAnnotateDocumentHandler.class, null);
		flush();
		assertNotNull(entity(editor.jcas(), "William Ruto"));
		assertNotNull(entity(editor.jcas(), "Mombasa"));
		handlers().executeCommand("org.eclipse.ui.edit.undo", null);
		flush();
		assertEquals(0, editor.jcas().select(Entity.class).count());
		CorpusFixture.page().closeEditor(editor, false);
	}
}
