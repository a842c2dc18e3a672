package org.assay.ui.tests;

import static org.assay.ui.tests.TestWorkbench.flush;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.assay.core.curation.Curation;
import org.assay.core.problems.CorpusProblems;
import org.assay.core.review.Review;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.OpenWork;
import org.assay.ui.problems.ProblemMarkers;
import org.assay.ui.views.AgreementView;
import org.assay.ui.views.ConflictsView;
import org.assay.ui.views.CurationView;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/** The corpus-wide views in the workbench: conflicts between sources, problems, agreement, curation. */
class CorpusViewsTest extends TwoReviewers {

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
		Job.getJobManager().join(ProblemMarkers.FAMILY, null); // the markers of the corpus as it is now, written once
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
}
