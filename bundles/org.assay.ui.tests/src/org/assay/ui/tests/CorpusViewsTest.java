package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.conflicts.ClaimGroup;
import org.assay.core.conflicts.ClaimRef;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.curation.CurateOperation;
import org.assay.core.curation.Curation;
import org.assay.core.export.ExportOperation;
import org.assay.core.export.StatusFilter;
import org.assay.core.problems.CorpusProblems;
import org.assay.core.review.Review;
import org.assay.core.review.ReviewNavigator;
import org.assay.engines.AnnotateOperation;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.OpenWork;
import org.assay.ui.handlers.ExportHandler;
import org.assay.ui.handlers.ImportHandler;
import org.assay.ui.problems.ProblemMarkers;
import org.assay.ui.views.AgreementView;
import org.assay.ui.views.ConflictsView;
import org.assay.ui.views.CurationView;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The corpus-wide views in the workbench: conflicts between sources, and agreement. */
class CorpusViewsTest {

	IProject project;
	Path root;

	@BeforeEach
	void setUp() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("views");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		root = project.getLocation().toFile().toPath();
		Path in = Files.createTempDirectory("assay-views");
		Files.writeString(in.resolve("a.txt"), "Officials said that 55 people were arrested in Lagos on Monday.\n");
		Files.writeString(in.resolve("b.txt"), "Rights groups said 36 to 40 people had been detained in Lagos.\n");
		Corpus corpus = Corpus.openOrCreate(root);
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
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	@AfterEach
	void tearDown() throws Exception {
		CorpusFixture.page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	private static void flush() {
		while (Display.getCurrent().readAndDispatch()) {
			// run async updates
		}
	}

	@Test
	void thatTheConflictsViewListsDisagreeingSourcesAndOpensTheClaim() throws Exception {
		ConflictsView view = (ConflictsView) CorpusFixture.page().showView(ConflictsView.ID);
		List<ClaimGroup> groups = ConflictsView.compute(root, new NullProgressMonitor());
		view.show(root, groups);
		flush();
		assertEquals(1, view.groups().size(), view.groups().toString());
		ClaimGroup group = view.groups().get(0);
		assertTrue(group.isConflict(), "55 and 36 to 40 cannot both be true");
		// which pairs contradict and why
		assertEquals(List.of("2 (Rights groups): the figures do not overlap", "1 (Officials): the figures do not overlap"), view.contradictions(0));
		// the figures on one axis: 55 a point, 36 to 40 a bar left of it, both red
		List<String> bars = view.chartBars();
		assertEquals(2, bars.size(), bars.toString());
		Matcher m55 = Pattern.compile("Officials: .* (\\d+)\\.\\.(\\d+) conflicting").matcher(bars.get(0));
		Matcher m36 = Pattern.compile("Rights groups: .* (\\d+)\\.\\.(\\d+) conflicting").matcher(bars.get(1));
		assertTrue(m55.matches() && m36.matches(), bars.toString());
		assertEquals(m55.group(1), m55.group(2), "a single figure is a point");
		assertTrue(Integer.parseInt(m36.group(1)) < Integer.parseInt(m36.group(2)), "a range is a bar");
		assertTrue(Integer.parseInt(m36.group(2)) < Integer.parseInt(m55.group(1)), "36 to 40 lies left of 55, apart");
		// open ends are arrows
		ClaimRef atLeast = new ClaimRef("c.txt", 0, 5, "at least 20 people", "Police", "ASSERTED",
				20, Double.POSITIVE_INFINITY, "at least 20 people");
		List<ClaimRef> members = new ArrayList<>(group.claims());
		members.add(atLeast);
		view.show(root, List.of(new ClaimGroup(group.kind(), group.subject(), members, group.conflicts())));
		flush();
		assertTrue(view.chartBars().get(2).startsWith("Police: at least 20 people") && view.chartBars().get(2).endsWith(" ->"),
				view.chartBars().toString());
		Screenshots.save(view.getSite().getShell(), "conflicts");
		view.show(root, groups);
		flush();
		AssayEditor editor = view.open(0, 1);
		flush();
		assertNotNull(editor);
		Claim claim = assertInstanceOf(Claim.class, editor.current());
		assertEquals(group.claims().get(1).content(), claim.getCoveredText());
	}

	/** The Assay markers of a text, once the background job has written them (empty after 30 s). */
	private List<IMarker> markers(String document, Predicate<List<IMarker>> ready)
			throws Exception {
		List<IMarker> found = List.of();
		for (int i = 0; i < 300; i++) {
			flush();
			found = List.of(project.getFile("texts/" + document).findMarkers(ProblemMarkers.TYPE, false, 0));
			if (ready.test(found)) {
				return found;
			}
			Thread.sleep(100);
		}
		return found;
	}

	private static IMarker kind(List<IMarker> markers, CorpusProblems.Kind kind) {
		return markers.stream().filter(m -> kind.name().equals(m.getAttribute(ProblemMarkers.KIND, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + kind + " marker in " + markers.stream().map(m -> m.getAttribute("message", "")).toList()));
	}

	@Test
	void thatTheProblemsViewListsOpenWorkDifferencesAndConflictsWithQuickFixes() throws Exception {
		System.setProperty("assay.annotator", "alice");
		Corpus corpus = Corpus.open(root);
		// bob rejected Lagos in a.txt (a difference to curate); alice has not reviewed b.txt's entities
		JCas bob = AssayTypeSystem.newJCas();
		corpus.readLayer("a.txt", "bob", bob);
		bob.select(Entity.class).filter(e -> e.getCoveredText().equals("Lagos")).forEach(e -> e.setStatus("REJECTED"));
		corpus.writeLayer("a.txt", "bob", bob, DocumentState.FINISHED);
		JCas alice = AssayTypeSystem.newJCas();
		corpus.readLayer("b.txt", "alice", alice);
		String origin = alice.select(Entity.class).get().getOrigin();
		for (Entity e : alice.select(Entity.class)) {
			e.setStatus("SUGGESTED");
			e.setConfidence(0.95);
		}
		corpus.writeLayer("b.txt", "alice", alice, DocumentState.IN_PROGRESS);
		corpus.save();
		long entities = alice.select(Entity.class).filter(e -> origin.equals(e.getOrigin())).count();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		PlatformUI.getWorkbench().getService(ProblemMarkers.class).refresh(project);
		CorpusFixture.page().showView(IPageLayout.ID_PROBLEM_VIEW);

		List<IMarker> a = markers("a.txt", list -> list.size() >= 3);
		List<IMarker> b = markers("b.txt", list -> list.size() >= 3);
		IMarker open = kind(b, CorpusProblems.Kind.OPEN_SUGGESTIONS);
		assertTrue(open.getAttribute("message", "").contains("not reviewed in layer alice"), open.getAttribute("message", ""));
		assertEquals(IMarker.SEVERITY_INFO, open.getAttribute(IMarker.SEVERITY, -1));
		IMarker differences = kind(a, CorpusProblems.Kind.CURATION_DIFFERENCES);
		assertEquals("1 difference between alice, bob not curated (1 decided differently)", differences.getAttribute("message", ""));
		assertEquals(IMarker.SEVERITY_WARNING, differences.getAttribute(IMarker.SEVERITY, -1));
		IMarker conflict = kind(a, CorpusProblems.Kind.SOURCE_CONFLICT);
		assertTrue(conflict.getAttribute("message", "").contains("36 to 40"), conflict.getAttribute("message", ""));
		kind(b, CorpusProblems.Kind.SOURCE_CONFLICT);

		// double-click: the claim opens under review
		AssayEditor editor = (AssayEditor) IDE.openEditor(CorpusFixture.page(), conflict);
		flush();
		Claim claim = assertInstanceOf(Claim.class, editor.current());
		assertEquals(conflict.getAttribute(IMarker.CHAR_START, -1), claim.getBegin());

		// quick fixes: curate, show the conflict, accept the confident suggestions of one origin
		List<String> fixes = new ArrayList<>();
		for (IMarker m : a) {
			for (IMarkerResolution r : IDE.getMarkerHelpRegistry().getResolutions(m)) {
				fixes.add(r.getLabel());
			}
		}
		assertTrue(fixes.contains("Curate a.txt"), fixes.toString());
		assertTrue(fixes.contains("Show in the Conflicts view"), fixes.toString());
		String accept = "Accept the " + entities + " suggestions of " + origin + " with confidence \u2265 0.9 in b.txt";
		IMarkerResolution fix = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(open))
				.filter(r -> r.getLabel().equals(accept)).findFirst().orElseThrow(() -> new AssertionError(accept + " not in " + fixes));
		String openMessage = open.getAttribute("message", "");
		fix.run(open);
		flush();
		editor = (AssayEditor) CorpusFixture.page().getActiveEditor();
		assertTrue(editor.getTitle().startsWith("b.txt"), editor.getTitle());
		assertEquals(0, editor.jcas().select(Entity.class).filter(e -> origin.equals(e.getOrigin()) && "SUGGESTED".equals(e.getStatus())).count(),
				"all of that origin accepted");
		assertTrue(editor.isDirty(), "accepted in the editor, saved when the annotator saves");
		editor.doSave(null);
		List<IMarker> after = markers("b.txt", list -> list.stream()
				.noneMatch(m -> m.getAttribute("message", "").equals(openMessage)));
		assertTrue(after.stream().noneMatch(m -> m.getAttribute("message", "").equals(openMessage)),
				"the marker follows the saved layer: " + after.stream().map(m -> m.getAttribute("message", "")).toList());
	}

	@Test
	void thatTheAgreementViewShowsThePairMatrix() throws Exception {
		AgreementView view = (AgreementView) CorpusFixture.page().showView(AgreementView.ID);
		view.computeInBackground(root).join();
		flush();
		// what the curator reads: annotators on both axes, kappa 1 where identical layers meet
		assertEquals(List.of(List.of("", "alice", "bob"), List.of("alice", "\u2014", "1.000"), List.of("bob", "1.000", "\u2014")),
				view.matrixCells());
		assertTrue(view.getContentDescription().contains("computed in"), view.getContentDescription());
		// computing again: the view says so and keeps the last result in view until the new one is there
		List<List<String>> last = view.matrixCells();
		Job again = view.computeInBackground(root);
		assertTrue(view.getContentDescription().startsWith("Computing agreement in "), view.getContentDescription());
		assertTrue(view.getContentDescription().contains("shown: the last result"), view.getContentDescription());
		assertEquals(last, view.matrixCells());
		again.join();
		flush();
		// a second request cancels the first rather than racing it: with the job manager held,
		// the first has not started when the second is asked for
		IJobManager jobs = Job.getJobManager();
		Job first;
		Job second;
		jobs.suspend();
		try {
			first = view.computeInBackground(root);
			second = view.computeInBackground(root);
		} finally {
			jobs.resume();
		}
		first.join();
		second.join();
		flush();
		assertEquals(null, first.getResult(), "the first request was cancelled before it ran");
		assertTrue(second.getResult().isOK(), String.valueOf(second.getResult()));
		assertEquals(last, view.matrixCells());
		assertTrue(view.getContentDescription().contains("computed in"), view.getContentDescription());
		// five annotators' matrix fits the view where the perspective puts it, not maximised
		Corpus corpus = Corpus.open(root);
		for (String id : corpus.documentIds()) {
			JCas jcas = AssayTypeSystem.newJCas();
			corpus.readLayer(id, "alice", jcas);
			for (String other : List.of("carol", "dave", "erin")) {
				corpus.writeLayer(id, other, jcas, DocumentState.FINISHED);
			}
		}
		corpus.save();
		Shell shell = view.getSite().getShell();
		Point size = shell.getSize();
		try {
			shell.setSize(1600, 1000); // the window the issue was seen in
			view.computeInBackground(root).join();
			flush();
			assertEquals(6, view.matrixCells().size());
			Screenshots.save(shell, "agreement");
			assertTrue(view.matrixFits(), "the pair matrix needs scrolling at " + shell.getSize());
		} finally {
			shell.setSize(size);
		}
	}

	/** Opens a.txt, shows the Curation view and curates it. */
	private CurationView curateA() throws Exception {
		AssayEditor own = (AssayEditor) IDE.openEditor(CorpusFixture.page(), project.getFile("texts/a.txt"));
		CurationView view = (CurationView) CorpusFixture.page()
				.showView(CurationView.ID);
		view.curate(own).join();
		flush();
		return view;
	}

	@Test
	void thatCurationTellsARejectionFromANotReviewedSpanAndFiltersToRealDisagreements() throws Exception {
		System.setProperty("assay.annotator", "carol");
		// in a.txt bob rejected Lagos, and has not reviewed Monday yet
		Corpus corpus = Corpus.open(root);
		JCas bob = AssayTypeSystem.newJCas();
		corpus.readLayer("a.txt", "bob", bob);
		for (Entity e : bob.select(Entity.class).asList()) {
			if (e.getCoveredText().equals("Lagos")) {
				e.setStatus("REJECTED");
			} else if (e.getCoveredText().equals("Monday")) {
				e.setStatus("SUGGESTED");
			}
		}
		corpus.writeLayer("a.txt", "bob", bob, DocumentState.IN_PROGRESS);
		corpus.save();
		CurationView view = curateA();
		List<List<String>> rows = view.rows();
		int bobColumn = rows.get(0).size() - 1;
		assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("Lagos") && r.get(bobColumn).equals("(rejected by bob)")), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("Monday") && r.get(bobColumn).equals("(not reviewed)")), rows.toString());
		view.showDecidedDifferentlyOnly(true);
		flush();
		assertEquals(List.of("Lagos"), view.rows().stream().map(r -> r.get(1)).toList(), "only where they decided differently");
		view.showDecidedDifferentlyOnly(false);
	}

	@Test
	void thatACuratorTakesAVersionAndTheDocumentBecomesCurated() throws Exception {
		System.setProperty("assay.annotator", "carol");
		// bob calls Lagos an organisation in a.txt; alice keeps it a location
		Corpus corpus = Corpus.open(root);
		JCas bob = AssayTypeSystem.newJCas();
		corpus.readLayer("a.txt", "bob", bob);
		Entity lagos = bob.select(Entity.class).filter(e -> e.getCoveredText().equals("Lagos")).findFirst().orElseThrow();
		new Review(bob, "bob").relabel(lagos, "ORGANIZATION").apply();
		corpus.writeLayer("a.txt", "bob", bob, DocumentState.FINISHED);
		corpus.save();

		CurationView view = curateA();
		AssayEditor curated = view.curatedEditor();
		assertTrue(curated.getEditorInput().getName().endsWith("[curation]"), curated.getEditorInput().getName());
		assertEquals(1, view.differences().size());
		Curation.Difference d = view.differences().get(0);
		assertEquals("Lagos", d.text());
		assertFalse(Curation.curatedVersion(curated.jcas(), d).isPresent(), "disagreement is not merged");
		// with the difference open, Mark Curated asks first; cancelled, nothing is marked
		Runnable stop = Dialogs.answer(OpenWork.TITLE, "Cancel");
		try {
			assertEquals(null, view.markCurated());
		} finally {
			stop.run();
		}
		assertFalse(Corpus.open(root).state("a.txt", "curation") == DocumentState.CURATED, "cancelled");
		view.take(d, 1);
		assertEquals("ORGANIZATION", Curation.curatedVersion(curated.jcas(), d).value());
		stop = Dialogs.answer(OpenWork.TITLE, OpenWork.MARK_ANYWAY); // suggestions may be open
		try {
			view.markCurated().join();
		} finally {
			stop.run();
		}
		flush();
		Corpus after = Corpus.open(root);
		assertEquals(DocumentState.CURATED, after.state("a.txt", "curation"));
		JCas read = AssayTypeSystem.newJCas();
		after.readLayer("a.txt", "curation", read);
		assertEquals("ORGANIZATION", read.select(Entity.class).filter(e -> e.getCoveredText().equals("Lagos"))
				.findFirst().orElseThrow().getLabel());
	}

	@Test
	void thatEveryExportFormatRunsFromTheWorkbench() throws Exception {
		Path out = Files.createTempDirectory("assay-exports");
		// both annotators agree, so curation settles every document and export reads the curated layers
		new CurateOperation(Corpus.open(root)).execute(new NullProgressMonitor());
		for (ExportOperation.Format f : ExportOperation.Format.values()) {
			Path target = out.resolve("out-" + f.name().toLowerCase());
			ExportHandler.schedule(root,
					new ExportHandler.Choice(f, StatusFilter.ALL, target)).join();
			assertTrue(Files.exists(target), f + " wrote " + target);
		}
		assertEquals(2, Files.readAllLines(out.resolve("out-jsonl")).size());
		assertTrue(Files.readString(out.resolve("out-conll2003")).contains("B-LOC"));
		assertTrue(Files.exists(out.resolve("out-brat/annotation.conf")));
	}

	@Test
	void thatExportAsksBeforeReplacingAFileAndSaysWhenItIsDone() throws Exception {
		Path existing = Files.createTempDirectory("assay-exports").resolve("keep.jsonl");
		Files.writeString(existing, "someone's earlier export\n");
		ExportHandler.ExportDialog dialog = new ExportHandler.ExportDialog(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), root);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.targetField().setText(existing.toString());
			Runnable stop = Dialogs.answer(ExportHandler.ExportDialog.REPLACE_TITLE, "No");
			try {
				pressOk(dialog);
			} finally {
				stop.run();
			}
			assertEquals(null, dialog.choice(), "not replaced: the dialog stays open for another name");
			assertEquals("someone's earlier export\n", Files.readString(existing));
			stop = Dialogs.answer(ExportHandler.ExportDialog.REPLACE_TITLE, "Yes");
			try {
				pressOk(dialog);
			} finally {
				stop.run();
			}
			assertEquals(existing, dialog.choice().target());
		} finally {
			dialog.close();
		}
		new CurateOperation(Corpus.open(root)).execute(new NullProgressMonitor());
		Job job = ExportHandler.schedule(root,
				new ExportHandler.Choice(ExportOperation.Format.JSONL,
						StatusFilter.ALL, existing));
		job.join();
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		assertTrue(job.getResult().getMessage().contains("exported to " + existing), job.getResult().getMessage());
	}

	private static void pressOk(Dialog dialog) {
		assertTrue(Dialogs.press(dialog.getShell(), "OK"), "an OK button");
		flush();
	}

	@Test
	void thatAnImportFromTheWorkbenchAddsALayerAndListsBadRecords() throws Exception {
		Path jsonl = Files.createTempDirectory("assay-import").resolve("in.jsonl");
		new CurateOperation(Corpus.open(root)).execute(new NullProgressMonitor()); // export reads the curated layers
		ExportHandler.schedule(root, new ExportHandler.Choice(
				ExportOperation.Format.JSONL, StatusFilter.ALL, jsonl)).join();
		Files.writeString(jsonl, "{\"id\": \"broken.txt\", \"text\": \"x\", \"entities\": [{\"begin\": 0, \"end\": 9}]}\n",
				StandardOpenOption.APPEND);

		Job job = ImportHandler.schedule(root,
				new ImportHandler.Choice(ExportOperation.Format.JSONL, jsonl, "erin"));
		job.join();

		IStatusAssert.warningNaming(job.getResult(), "line 3");
		Corpus after = Corpus.open(root);
		JCas imported = AssayTypeSystem.newJCas();
		after.readLayer("a.txt", "erin", imported);
		JCas curated = AssayTypeSystem.newJCas();
		after.readLayer("a.txt", "curation", curated);
		assertTrue(curated.select(Entity.class).count() > 0);
		assertEquals(curated.select(Entity.class).map(e -> e.getCoveredText() + "/" + e.getLabel()).toList(),
				imported.select(Entity.class).map(e -> e.getCoveredText() + "/" + e.getLabel()).toList());
		assertTrue(project.getFile("annotations/b.txt/erin.xmi").exists(), "the workspace sees the new layer");
	}

	@Test
	void thatImportNeverReplacesAFinishedReviewUnlessAskedAndThenKeepsABackup() throws Exception {
		// dave finished his review of a.txt
		Corpus corpus = Corpus.open(root);
		JCas dave = AssayTypeSystem.newJCas();
		corpus.readLayer("a.txt", Corpus.ENGINE_LAYER, dave);
		dave.select(Entity.class).forEach(e -> e.setStatus("ACCEPTED"));
		long decided = dave.select(Entity.class).count();
		corpus.writeLayer("a.txt", "dave", dave, DocumentState.FINISHED);
		corpus.save();
		byte[] finished = Files.readAllBytes(corpus.layerPath("a.txt", "dave"));
		FileTime textTime = Files.getLastModifiedTime(corpus.textPath("a.txt"));
		System.setProperty("assay.annotator", "dave");

		// the dialog offers a new layer, not dave's, and replacing is not ticked
		ImportHandler.ImportDialog dialog = new ImportHandler.ImportDialog(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), root);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			String offered = dialog.layerField().getText();
			assertTrue(!offered.equals("dave") && !Corpus.open(root).layers("a.txt").contains(offered), offered);
			assertTrue(!dialog.replaceBox().getSelection());
		} finally {
			dialog.close();
		}

		Path jsonl = Files.createTempDirectory("assay-import").resolve("in.jsonl");
		new CurateOperation(Corpus.open(root)).execute(new NullProgressMonitor());
		ExportHandler.schedule(root, new ExportHandler.Choice(
				ExportOperation.Format.JSONL, StatusFilter.ALL, jsonl)).join();
		assertTrue(Files.readString(jsonl).contains("\"a.txt\""), "the export holds a.txt");
		// importing into dave's layer anyway: refused for that document, said, nothing touched
		Job job = ImportHandler.schedule(root,
				new ImportHandler.Choice(ExportOperation.Format.JSONL, jsonl, "dave"));
		job.join();
		IStatusAssert.warningNaming(job.getResult(), "layer 'dave' holds " + decided + " decisions, FINISHED");
		assertTrue(Arrays.equals(finished, Files.readAllBytes(corpus.layerPath("a.txt", "dave"))), "the review survives");
		assertEquals(DocumentState.FINISHED, Corpus.open(root).state("a.txt", "dave"));
		assertEquals(textTime, Files.getLastModifiedTime(corpus.textPath("a.txt")), "an unchanged text is not rewritten");

		// replacing when asked keeps the finished review as a backup
		job = ImportHandler.schedule(root,
				new ImportHandler.Choice(ExportOperation.Format.JSONL, jsonl, "dave", true));
		job.join();
		assertTrue(job.getResult().getMessage().contains(".assay-backups") || Arrays.stream(job.getResult().getChildren())
				.anyMatch(c -> c.getMessage().contains(".assay-backups")), job.getResult().toString());
		try (var backups = Files.walk(root.resolve(".assay-backups"))) {
			assertTrue(backups.filter(p -> p.endsWith("a.txt/dave.xmi")).anyMatch(p -> {
				try {
					return Arrays.equals(finished, Files.readAllBytes(p));
				} catch (IOException e) {
					return false;
				}
			}));
		}
	}

	/** Checks a job's multi-status: a warning whose children name the bad record. */
	private static final class IStatusAssert {
		static void warningNaming(IStatus status, String text) {
			assertEquals(IStatus.WARNING, status.getSeverity(), status.toString());
			assertTrue(Arrays.stream(status.getChildren()).anyMatch(c -> c.getMessage().contains(text)),
					status + " names " + text);
		}
	}

	/** Runs Mark Finished in {@code editor}, answering its question with {@code button}. */
	private static void finish(AssayEditor editor, String button) throws Exception {
		CorpusFixture.page().activate(editor);
		flush();
		Runnable stop = Dialogs.answer(OpenWork.TITLE, button);
		try {
			PlatformUI.getWorkbench().getService(IHandlerService.class)
					.executeCommand("org.assay.ui.command.finish", null);
		} finally {
			stop.run();
		}
		Job.getJobManager().join(AssayEditor.JOBS, null);
		flush();
	}

	@Test
	void thatMarkFinishedRecordsTheAnnotatorsLayerState() throws Exception {
		System.setProperty("assay.annotator", "dave");
		AssayEditor editor = (AssayEditor) IDE.openEditor(CorpusFixture.page(), project.getFile("texts/b.txt"));
		CorpusFixture.page().activate(editor);
		flush();
		int open = ReviewNavigator.progress(editor.jcas()).open();
		assertTrue(open > 0);
		var handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		// suggestions are open: it asks, with the count; cancelled, the layer is not marked
		finish(editor, "Cancel");
		assertFalse(DocumentState.FINISHED == Corpus.open(root).state("b.txt", "dave"), "cancelled");
		finish(editor, OpenWork.MARK_ANYWAY);
		assertEquals(DocumentState.FINISHED, Corpus.open(root).state("b.txt", "dave"));
		// edited and saved afterwards, the layer is in progress again, not FINISHED
		CorpusFixture.page().activate(editor);
		flush();
		handlers.executeCommand("org.assay.ui.command.next", null);
		handlers.executeCommand("org.assay.ui.command.accept", null);
		handlers.executeCommand("org.eclipse.ui.file.save", null);
		flush();
		assertEquals(DocumentState.IN_PROGRESS, Corpus.open(root).state("b.txt", "dave"));
	}
}
