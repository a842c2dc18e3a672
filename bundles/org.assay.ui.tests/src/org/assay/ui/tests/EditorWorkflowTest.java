package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.review.ReviewNavigator;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.AssayPerspective;
import org.assay.ui.editor.AssayDocumentProvider;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.ReviewAnnotation;
import org.assay.ui.editor.Tags;
import org.assay.ui.handlers.CompareLayersHandler;
import org.assay.ui.handlers.LabelMenu;
import org.assay.ui.handlers.LabelMenuItems;
import org.assay.ui.handlers.PreAnnotateDocumentHandler;
import org.assay.ui.views.AnnotationsView;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.texteditor.IDocumentProviderExtension3;
import org.eclipse.ui.views.properties.PropertySheet;
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

	/** Lets the views follow the annotation under review (they do once the annotator pauses). */
	static void followed() throws InterruptedException {
		long until = System.currentTimeMillis() + 3L * AssayEditor.FOLLOW_DELAY_MS;
		while (System.currentTimeMillis() < until) {
			flush();
			Thread.sleep(10);
		}
		flush();
	}

	private static Entity entity(JCas jcas, String text) {
		return jcas.select(Entity.class).filter(e -> e.getCoveredText().equals(text)).findFirst().orElse(null);
	}

	private static List<String> tokens(JCas jcas) {
		return jcas.select(Token.class).map(t -> t.getBegin() + "-" + t.getEnd() + "/" + t.getPos()).toList();
	}

	@Test
	void thatQSwitchesToMostUncertainFirstAndNextFollowsIt() throws Exception {
		AssayEditor editor = open();
		List<Reviewable> open = ReviewNavigator.reviewables(editor.jcas()).stream()
				.filter(r -> "SUGGESTED".equals(r.getStatus())).toList();
		Reviewable mostUncertain = open.stream()
				.max(Comparator.comparingDouble(ReviewNavigator::uncertainty)
						.thenComparing(r -> -r.getBegin()))
				.orElseThrow();
		run("toggleOrder");
		assertTrue(editor.session().isUncertainFirst());
		run("next");
		assertEquals(ReviewNavigator.uncertainty(mostUncertain),
				ReviewNavigator.uncertainty(editor.current()), 1e-9);
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
		List<String> engineTokens = tokens(engineLayer);
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
		c.writeLayer("kenya.txt", "tester", other, DocumentState.IN_PROGRESS);
		Files.setLastModifiedTime(corpus.layer("tester"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
		assertFalse(editor.getDocumentProvider() instanceof IDocumentProviderExtension3 p
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
		assertNotNull(CorpusFixture.page().showView(AssayPerspective.ERROR_LOG), "the Error Log is there");
		AssayEditor editor = open();
		AnnotationsView view = (AnnotationsView) CorpusFixture.page()
				.showView("org.assay.ui.views.annotations");
		CorpusFixture.page().activate(editor);
		flush();
		assertTrue(view.rowCount() > 5, "the Annotations view lists the document's annotations");
		run("next");
		run("next");
		followed();
		assertEquals(List.of(editor.current()), view.selectedRows(), "and follows the annotation under review");
		// opened again: the text is painted first, the table (a native row per annotation) is filled after
		CorpusFixture.page().closeEditor(editor, false);
		flush();
		editor = (AssayEditor) corpus.open();
		assertEquals(0, view.rowCount(), "no rows before the editor has painted");
		assertTrue(view.getContentDescription().startsWith("Listing the annotations of"), view.getContentDescription());
		flush();
		assertTrue(view.rowCount() > 5, "listed once the editor has painted");
	}

	@Test
	void thatPreAnnotatingADocumentAddsSuggestionsAsOneUndoableStep() throws Exception {
		// a corpus text nobody has pre-annotated yet
		Path text = corpus.root.resolve("texts/fresh.txt");
		Files.writeString(text, "President William Ruto met protesters in Mombasa on Friday, Reuters reported.");
		Corpus.open(corpus.root).putText("fresh.txt", Files.readString(text));
		corpus.project.refreshLocal(IResource.DEPTH_INFINITE, null);
		AssayEditor editor = assertInstanceOf(AssayEditor.class,
				IDE.openEditor(CorpusFixture.page(), corpus.project.getFile("texts/fresh.txt")));
		CorpusFixture.page().activate(editor);
		flush();
		assertEquals(0, editor.jcas().select(Entity.class).count());
		handlers().executeCommand("org.assay.ui.command.preannotateDocument", null);
		Job.getJobManager().join(PreAnnotateDocumentHandler.class, null);
		flush();
		assertNotNull(entity(editor.jcas(), "William Ruto"));
		assertNotNull(entity(editor.jcas(), "Mombasa"));
		handlers().executeCommand("org.eclipse.ui.edit.undo", null);
		flush();
		assertEquals(0, editor.jcas().select(Entity.class).count());
		CorpusFixture.page().closeEditor(editor, false);
	}

	/** Someone else rewrites the tester's layer on disk while the editor has it open. */
	private void rewriteOnDisk() throws Exception {
		JCas other = AssayTypeSystem.newJCas();
		Corpus c = Corpus.open(corpus.root);
		c.readLayer("kenya.txt", "tester", other);
		c.writeLayer("kenya.txt", "tester", other, DocumentState.IN_PROGRESS);
		Files.setLastModifiedTime(corpus.layer("tester"), FileTime.fromMillis(System.currentTimeMillis() + 5000 + (long) (Math.random() * 100000)));
	}

	private long acceptedOnDisk() throws Exception {
		JCas disk = AssayTypeSystem.newJCas();
		Corpus.open(corpus.root).readLayer("kenya.txt", "tester", disk);
		return disk.select(Reviewable.class).filter(r -> "ACCEPTED".equals(r.getStatus())).count();
	}

	@Test
	void thatSavingOverALayerChangedOnDiskOffersCompareOverwriteReloadAndCancel() throws Exception {
		AssayEditor editor = open();
		run("next");
		run("acceptAndNext");
		handlers().executeCommand("org.eclipse.ui.file.save", null);
		flush();
		long saved = acceptedOnDisk();
		rewriteOnDisk();
		run("acceptAndNext"); // one more decision, unsaved

		Dialogs.answer("Layer changed on disk", "Cancel");
		editor.doSave(new NullProgressMonitor());
		flush();
		assertTrue(editor.isDirty(), "cancelled: the edit is still there");
		assertEquals(saved, acceptedOnDisk(), "and the disk untouched");

		Dialogs.answer("Layer changed on disk", "Compare...");
		editor.doSave(new NullProgressMonitor());
		flush();
		IEditorPart compare = CorpusFixture.page().getActiveEditor();
		assertInstanceOf(CompareEditorInput.class, compare.getEditorInput(), "a Compare editor opened");
		assertTrue(compare.getTitle().contains("kenya.txt"), compare.getTitle());
		// back in the editor, Eclipse asks as for any file changed on disk; keeping the edits
		Dialogs.answer("File Changed", "Ignore file change");
		CorpusFixture.page().closeEditor(compare, false);
		flush();
		assertTrue(editor.isDirty());

		Dialogs.answer("Layer changed on disk", "Overwrite");
		editor.doSave(new NullProgressMonitor());
		flush();
		assertFalse(editor.isDirty(), "overwritten");
		assertEquals(saved + 1, acceptedOnDisk());

		CorpusFixture.page().activate(editor);
		flush();
		rewriteOnDisk();
		run("acceptAndNext");
		Dialogs.answer("Layer changed on disk", "Reload");
		editor.doSave(new NullProgressMonitor());
		flush();
		assertFalse(editor.isDirty(), "reloaded: the version on disk is shown");
		assertEquals(saved + 1, editor.jcas().select(Reviewable.class).filter(r -> "ACCEPTED".equals(r.getStatus())).count());
		assertTrue(editor.isSaveAsAllowed(), "Save As is a way out too");
		CorpusFixture.page().closeEditor(editor, false);
	}

	@Test
	void thatTwoLayersOpenSideBySideInTheCompareEditor() throws Exception {
		AssayEditor editor = open();
		run("next");
		run("acceptAndNext");
		CompareLayersHandler.compare(editor, "engine");
		flush();
		IEditorPart compare = CorpusFixture.page().getActiveEditor();
		CompareEditorInput input = assertInstanceOf(CompareEditorInput.class,
				compare.getEditorInput());
		assertEquals("kenya.txt: tester and engine", input.getTitle());
		var node = (DiffNode) input.getCompareResult();
		String mine = new String(((IStreamContentAccessor) node.getLeft()).getContents().readAllBytes());
		String engine = new String(((IStreamContentAccessor) node.getRight()).getContents().readAllBytes());
		assertTrue(mine.lines().anyMatch(l -> l.contains("] ACCEPTED ")), mine);
		assertFalse(engine.lines().anyMatch(l -> l.contains("] ACCEPTED ")), engine);
		assertEquals(mine.lines().count(), engine.lines().count(), "the same annotations, one decided differently");
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Point size = shell.getSize();
		shell.setSize(1600, 1000);
		for (int i = 0; i < 10; i++) {
			flush();
			Thread.sleep(50);
		}
		Screenshots.save(shell, "compare");
		shell.setSize(size);
		CorpusFixture.page().closeEditor(compare, false);
		CorpusFixture.page().closeEditor(editor, false);
	}

	@Test
	void thatLongParagraphsArePaintedCompletelyAtEveryWidth() throws Exception {
		// three paragraphs of some 4,000 characters each, an entity on every third word and a claim per sentence
		StringBuilder b = new StringBuilder();
		String sentence = "Officials in Nairobi said that at least 40 people were detained after protests near Kisumu on Tuesday. ";
		for (int p = 0; p < 3; p++) {
			for (int k = 0; k < 40; k++) {
				b.append(sentence);
			}
			b.append("\n\n");
		}
		String text = b.toString();
		Corpus c = Corpus.open(corpus.root);
		c.putText("long.txt", text);
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		Matcher words = Pattern.compile("\\p{L}+|\\d+").matcher(text);
		for (int n = 0; words.find(); n++) {
			if (n % 3 == 0) {
				Entity e = new Entity(jcas, words.start(), words.end());
				e.setLabel(n % 2 == 0 ? "PERSON" : "QUANTITY");
				e.setStatus(n % 4 == 0 ? "ACCEPTED" : "SUGGESTED");
				e.addToIndexes();
			}
		}
		for (int at = text.indexOf("that"); at >= 0; at = text.indexOf("that", at + 1)) {
			Claim claim = new Claim(jcas, at + 5, text.indexOf(" on Tuesday", at));
			claim.setStatus("SUGGESTED");
			claim.setKind("INDIRECT");
			claim.addToIndexes();
		}
		c.writeLayer("long.txt", Corpus.ENGINE_LAYER, jcas, DocumentState.NEW);
		c.save();
		corpus.project.refreshLocal(IResource.DEPTH_INFINITE, null);
		AssayEditor editor = assertInstanceOf(AssayEditor.class,
				IDE.openEditor(CorpusFixture.page(), corpus.project.getFile("texts/long.txt")));
		CorpusFixture.page().activate(editor);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Point size = shell.getSize();
		StyledText widget = editor.textWidget();
		try {
			for (int width : new int[] { 700, 1100, 1600, 2400 }) {
				shell.setSize(width, 1000);
				for (int offset : new int[] { 0, 650, 5000, text.length() - 200 }) {
					editor.selectAndReveal(offset, 0);
					widget.redraw();
					widget.update();
					flush();
					assertTrue(editor.paintCounts()[0] > 5, "annotations drawn at width " + width + " around offset " + offset + ": "
							+ editor.paintCounts()[0]);
				}
			}
			shell.setMaximized(true);
			widget.redraw();
			widget.update();
			flush();
			assertEquals(0, editor.paintCounts()[1], "no annotation failed to paint");
		} finally {
			shell.setMaximized(false);
			shell.setSize(size);
			CorpusFixture.page().closeEditor(editor, false);
		}
	}

	@Test
	void thatLabelsReadWithoutKnowingTheColours() throws Exception {
		AssayEditor editor = open();
		// the Assay menu names the labels
		CorpusFixture.page().activate(editor);
		flush();
		List<String> items = Arrays.stream(new LabelMenuItems() {
			IContributionItemsAccess access() {
				return this::getContributionItems;
			}
		}.access().items()).map(item -> ((CommandContributionItem) item).getData().label).toList();
		assertEquals(List.of("&1 PERSON", "&2 ORGANIZATION", "&3 LOCATION", "&4 DATE", "&5 QUANTITY"), items);
		// a tag under each span, with room for it; a question mark while suggested
		assertEquals(AssayEditor.TAG_SPACE, editor.textWidget().getLineSpacing());
		run("next");
		Reviewable current = editor.current();
		String tag = Tags.of(current);
		assertTrue(tag.endsWith("?"), tag);
		run("accept");
		assertFalse(Tags.of(current).endsWith("?"));
		// the status line counts suggestions reviewed, and one's own spans apart
		String status = editor.statusMessage();
		assertTrue(status.startsWith("1 of "), status);
		int suggestions = Integer.parseInt(status.split(" ")[2]);
		editor.selectAndReveal(0, 3);
		label(1); // a span made by hand
		flush();
		assertTrue(editor.statusMessage().startsWith("1 of " + suggestions + " suggestions reviewed \u00B7 1 made by hand"),
				editor.statusMessage());
		// no "Read-Only" field: the text is fixed, the annotations are not
		List<String> labels = new ArrayList<>();
		statusLabels(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), labels);
		assertTrue(labels.contains(AssayEditor.ELEMENT_STATE), labels.toString());
		assertFalse(labels.contains("Read-Only"), labels.toString());
		assertFalse(labels.contains("Insert"), "nothing is typed into the text: " + labels);
		// the progress is never cut, even in a 1000-pixel window
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Point was = window.getSize();
		try {
			window.setSize(1000, 700);
			flush();
			List<CLabel> fields = new ArrayList<>();
			statusFields(window, fields);
			CLabel progress = fields.stream().filter(l -> editor.statusMessage().equals(l.getText())).findFirst()
					.orElseThrow(() -> new AssertionError("no status field says " + editor.statusMessage()));
			GC gc = new GC(progress);
			int needed = gc.textExtent(progress.getText()).x;
			gc.dispose();
			assertTrue(progress.getSize().x >= needed, "the progress is cut: " + progress.getSize().x + " < " + needed);
			Screenshots.save(window, "status-1000");
		} finally {
			window.setSize(was);
			flush();
		}
		// and a legend
		handlers().executeCommand("org.assay.ui.command.legend", null);
		flush();
		Shell legend = Arrays.stream(Display.getCurrent().getShells())
				.filter(sh -> "Assay Legend".equals(sh.getText()) && sh.isVisible()).findFirst().orElseThrow();
		Screenshots.save(legend, "legend");
		legend.close();
		Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "editor-tags");

		// H shows rejected suggestions (struck through)
		CorpusFixture.page().activate(editor);
		run("next");
		Reviewable rejected = editor.current();
		run("reject");
		editor.selectAndReveal(rejected.getBegin(), 0);
		editor.textWidget().redraw();
		editor.textWidget().update();
		flush();
		assertEquals(0, editor.paintCounts()[2], "rejected ones are hidden");
		run("toggleRejected");
		for (int i = 0; i < 20 && editor.paintCounts()[2] == 0; i++) {
			CorpusFixture.page().bringToTop(editor);
			editor.selectAndReveal(rejected.getBegin(), 0);
			editor.textWidget().redraw();
			editor.textWidget().update();
			flush();
			Thread.sleep(20);
		}
		try {
			assertEquals(1, editor.paintCounts()[2], "H draws the rejected one (struck through)");
		} finally {
			run("toggleRejected");
		}
		CorpusFixture.page().closeEditor(editor, false);
	}

	@Test
	void thatShiftCyclesAClaimsKindAndFactualityBackward() throws Exception {
		AssayEditor editor = open();
		Claim claim = editor.jcas().select(Claim.class).findFirst().orElseThrow();
		editor.reveal(claim);
		String kind = claim.getKind();
		String factuality = claim.getFactuality();
		run("claimKind");
		assertFalse(kind.equals(claim.getKind()));
		run("claimKindBack");
		assertEquals(kind, claim.getKind(), "Shift+K goes back");
		run("claimFactualityBack");
		assertFalse(factuality.equals(claim.getFactuality()));
		run("claimFactuality");
		assertEquals(factuality, claim.getFactuality(), "Shift+F and F undo each other");
		CorpusFixture.page().closeEditor(editor, false);
	}

	@Test
	void thatSmallCommandsDoWhatTheySayOrSayWhy() throws Exception {
		AssayEditor editor = open();
		String text = editor.jcas().getDocumentText();
		// E takes its label from the last relabel that still holds, not from an undone one
		Entity entity = editor.jcas().select(Entity.class).filter(e -> "SUGGESTED".equals(e.getStatus())).findFirst().orElseThrow();
		editor.reveal(entity);
		String before = editor.session().lastLabel();
		String other = "LOCATION".equals(entity.getLabel()) ? "DATE" : "LOCATION";
		label("LOCATION".equals(other) ? 3 : 4);
		assertEquals(other, entity.getLabel());
		CorpusFixture.page().activate(editor);
		handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		flush();
		int student = text.indexOf("student");
		editor.selectAndReveal(student, "student".length());
		flush();
		run("newEntity");
		Entity made = entity(editor.jcas(), "student");
		assertNotNull(made, "E made an entity of the selection");
		assertEquals(before, made.getLabel(), "E used the label of an undone relabel");

		// shrinking a one-token span says why it did nothing, and the message stays
		editor.reveal(made);
		flush();
		run("shrinkEnd");
		flush();
		Thread.sleep(50);
		flush();
		List<String> status = new ArrayList<>();
		statusLabels(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), status);
		assertTrue(status.stream().anyMatch(s -> s.contains("cannot shrink")), status.toString());

		// L opens the label menu where it can be seen, even with the caret scrolled out of view
		StyledText widget = editor.textWidget();
		Point size = widget.getShell().getSize();
		try {
			widget.getShell().setSize(size.x, 300);
			flush();
			editor.reveal(editor.jcas().select(Entity.class).findFirst().orElseThrow());
			widget.setTopIndex(widget.getLineCount() - 1);
			flush();
			run("labelMenu");
			Menu menu = (Menu) widget.getData(LabelMenu.class.getName());
			assertNotNull(menu, "L opened no menu");
			assertEquals(5, menu.getItemCount());
			Point at = LabelMenu.location(editor);
			Rectangle shown = widget.getDisplay().map(widget, null, widget.getClientArea());
			menu.setVisible(false);
			assertTrue(shown.contains(at), "the menu opens at " + at + ", outside the text at " + shown);
		} finally {
			widget.getShell().setSize(size);
			flush();
		}

		// tags of spans that start together do not print over each other
		int nairobi = text.indexOf("Nairobi");
		if (entity(editor.jcas(), "Nairobi") == null) {
			editor.selectAndReveal(nairobi, "Nairobi".length());
			label(3);
		}
		editor.selectAndReveal(nairobi, "Nairobi on Tuesday".length());
		run("newClaim");
		editor.selectAndReveal(nairobi, 0);
		widget.redraw();
		widget.update();
		flush();
		List<Rectangle> boxes = editor.tagBoxes();
		assertTrue(boxes.size() >= 2, boxes.toString());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(boxes.get(i).intersects(boxes.get(j)), "tags overlap: " + boxes.get(i) + " " + boxes.get(j));
			}
		}
		CorpusFixture.page().closeEditor(editor, false);
	}

	/** The value the Properties view shows for {@code property}, or null. */
	private static String property(String property) throws Exception {
		PropertySheet sheet = (PropertySheet) CorpusFixture.page()
				.findView(IPageLayout.ID_PROP_SHEET);
		Tree tree = (Tree) sheet.getCurrentPage().getControl();
		for (TreeItem item : tree.getItems()) {
			if (property.equals(item.getText(0))) {
				return item.getText(1);
			}
		}
		return null;
	}

	@Test
	void thatThePropertiesViewFollowsUndo() throws Exception {
		AssayEditor editor = open();
		CorpusFixture.page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		CorpusFixture.page().activate(editor);
		run("next");
		Entity entity = editor.jcas().select(Entity.class).filter(e -> "SUGGESTED".equals(e.getStatus()))
				.findFirst().orElseThrow();
		editor.reveal(entity);
		followed();
		String before = entity.getLabel();
		assertEquals(before, property("Label"));
		String other = before.equals("ORGANIZATION") ? "PERSON" : "ORGANIZATION";
		label(other.equals("PERSON") ? 1 : 2);
		flush();
		assertEquals(other, property("Label"));
		CorpusFixture.page().activate(editor);
		handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		flush();
		assertEquals(before, entity.getLabel());
		assertEquals(before, property("Label"), "the Properties view shows the undone label no longer");
		CorpusFixture.page().closeEditor(editor, false);
	}

	/** Spins the event loop until the editor's layer, read in the background, is there (at most a minute). */
	private static void untilRead(AssayEditor editor) throws InterruptedException {
		long until = System.currentTimeMillis() + 60_000;
		while (editor.isLoading() && System.currentTimeMillis() < until) {
			flush();
			Thread.sleep(5);
		}
		flush();
		assertFalse(editor.isLoading(), "the layer was not read within a minute");
	}

	@Test
	void thatALargeLayerShowsItsTextAtOnceAndItsAnnotationsOnceRead() throws Exception {
		CorpusFixture large = CorpusFixture.large("large", 200_000, 8_000, true);
		try {
			Path xmi = large.root.resolve("annotations/big.txt/" + Corpus.ENGINE_LAYER + ".xmi");
			assertTrue(Files.size(xmi) > AssayDocumentProvider.BACKGROUND_READ_BYTES, "the layer is large");
			AnnotationsView view = (AnnotationsView) CorpusFixture.page()
					.showView("org.assay.ui.views.annotations");
			AssayEditor editor = (AssayEditor) IDE.openEditor(CorpusFixture.page(), large.project.getFile("texts/big.txt"));
			// the editor is there with its text before the layer is: nothing has run the UI loop yet
			assertTrue(editor.isLoading(), "a layer of several megabytes is read in the background");
			assertEquals(Files.readString(large.root.resolve("texts/big.txt")).length(), editor.textWidget().getCharCount());
			assertEquals(AssayEditor.READING, editor.statusMessage());
			assertNull(editor.jcas());
			// a key pressed meanwhile decides nothing and says why
			handlers().executeCommand("org.assay.ui.command.acceptAndNext", null);
			List<String> status = new ArrayList<>();
			statusLabels(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), status);
			assertTrue(status.contains(AssayEditor.STILL_READING), "status line says " + status);

			assertEquals(0, view.rowCount());
			untilRead(editor);
			assertEquals(8_000, editor.model().shownCount());
			assertEquals(8_000, view.rowCount(), "the Annotations view lists the layer once it is read");
			assertEquals("big.txt", view.getContentDescription());
			assertEquals("2000 of 8000 suggestions reviewed", editor.statusMessage(), "the key pressed while reading decided nothing");
			assertEquals(0, editor.jcas().select(Token.class).count(), "tokens held outside the CAS, as for any layer");
			assertTrue(editor.model().tokens().size() > 30_000);
			run("next");
			run("acceptAndNext");
			assertEquals("2001 of 8000 suggestions reviewed", editor.statusMessage());
			assertTrue(editor.isDirty());
			CorpusFixture.page().closeEditor(editor, false);
		} finally {
			large.delete();
		}
	}

	@Test
	void thatALargeLayerThatCannotBeReadClosesItsEditorAndSaysWhy() throws Exception {
		CorpusFixture large = CorpusFixture.large("large", 200_000, 8_000, true);
		try {
			Path text = large.root.resolve("texts/big.txt");
			Files.writeString(text, Files.readString(text).replace("Nairobi", "Mombasa"));
			large.project.refreshLocal(IResource.DEPTH_INFINITE, null);
			List<String> logged = new CopyOnWriteArrayList<>();
			ILogListener log = (status, plugin) -> logged.add(status.getMessage());
			Platform.addLogListener(log);
			boolean[] shown = { false };
			long until = System.currentTimeMillis() + 60_000;
			Display.getCurrent().timerExec(50, new Runnable() {
				@Override
				public void run() {
					for (Shell shell : Display.getCurrent().getShells()) {
						if (AssayEditor.CANNOT_OPEN.equals(shell.getText()) && shell.isVisible() && Dialogs.press(shell, "OK")) {
							shown[0] = true; // read, and closed as a person would
						}
					}
					if (!shown[0] && System.currentTimeMillis() < until) {
						Display.getCurrent().timerExec(50, this);
					}
				}
			});
			AssayEditor editor = (AssayEditor) IDE.openEditor(CorpusFixture.page(), large.project.getFile("texts/big.txt"));
			assertTrue(editor.isLoading());
			while (CorpusFixture.page().getEditorReferences().length > 0 && System.currentTimeMillis() < until) {
				flush();
				Thread.sleep(5);
			}
			while (!shown[0] && System.currentTimeMillis() < until) {
				flush();
				Thread.sleep(5);
			}
			flush();
			Platform.removeLogListener(log);
			assertEquals(0, CorpusFixture.page().getEditorReferences().length, "the editor of a layer that cannot be read closes");
			assertTrue(shown[0], "a message says why");
			assertTrue(logged.stream().anyMatch(m -> m.startsWith("Could not open big.txt: ") && m.contains("its text differs")),
					"the Error Log says why: " + logged);
			assertTrue(Files.exists(large.root.resolve("annotations/big.txt/" + Corpus.ENGINE_LAYER + ".xmi")), "nothing was deleted");
			assertFalse(Files.exists(large.root.resolve("annotations/big.txt/tester.xmi")), "nothing was written");
		} finally {
			large.delete();
		}
	}

	private static void statusLabels(Composite parent, List<String> out) {
		for (Control c : parent.getChildren()) {
			if (c instanceof CLabel l && l.getText() != null) {
				out.add(l.getText());
			} else if (c instanceof Composite inner) {
				statusLabels(inner, out);
			}
		}
	}

	private static void statusFields(Composite parent, List<CLabel> out) {
		for (Control c : parent.getChildren()) {
			if (c instanceof CLabel l) {
				out.add(l);
			} else if (c instanceof Composite inner) {
				statusFields(inner, out);
			}
		}
	}

	/** Access to a protected method for the test. */
	interface IContributionItemsAccess {
		IContributionItem[] items();
	}
}
