package org.assay.ui.tests;

import static org.assay.ui.tests.TestWorkbench.flush;
import static org.assay.ui.tests.TestWorkbench.followed;
import static org.assay.ui.tests.TestWorkbench.property;
import static org.assay.ui.tests.TestWorkbench.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.core.conflicts.ClaimGroup;
import org.assay.core.review.ReviewNavigator;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;
import org.assay.ui.AssayPerspective;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.views.AnnotationsView;
import org.assay.ui.views.ClaimsView;
import org.assay.ui.views.ConflictsView;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.junit.jupiter.api.Test;

/** The Assay perspective: its views are there and show the open document. */
class PerspectiveTest extends KenyaReview {

	/** The Assay perspective shown, the kenya text open in it and active. */
	private AssayEditor openInPerspective() throws Exception {
		PlatformUI.getWorkbench().showPerspective(AssayPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		return open();
	}

	/**
	 * The view {@code id} as the perspective lays it out, brought to the top of its folder, once
	 * it has listed what it shows (a table of the editor's annotations is filled once the editor
	 * has painted, else a second later).
	 */
	private static <V extends ViewPart> V shown(String id, Class<V> type) throws InterruptedException {
		IViewPart view = CorpusFixture.page().findView(id);
		assertNotNull(view, "the perspective has the view " + id);
		CorpusFixture.page().bringToTop(view);
		V shown = assertInstanceOf(type, view);
		for (int i = 0; i < 300 && (i == 0 || shown.getContentDescription().startsWith("Listing the annotations of")); i++) {
			flush();
			Thread.sleep(10);
		}
		return shown;
	}

	@Test
	void thatEachViewOfThePerspectiveShowsTheOpenDocument() throws Exception {
		AssayEditor editor = openInPerspective();
		JCas layer = editor.jcas();
		for (String id : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET,
				AssayPerspective.ERROR_LOG)) {
			assertNotNull(CorpusFixture.page().findView(id), "the perspective has the view " + id);
		}

		// Annotations: a row per entity and claim of the layer (rejected ones hidden): label, text, ..., offset
		AnnotationsView annotations = shown(AnnotationsView.ID, AnnotationsView.class);
		List<String> listed = annotations.rows().stream().map(r -> r.get(0) + " " + r.get(1) + " @" + r.get(5)).toList();
		List<String> inLayer = ReviewNavigator.reviewables(layer).stream().filter(r -> r instanceof Entity || r instanceof Claim)
				.filter(PerspectiveTest::notRejected)
				.map(r -> (r instanceof Entity e ? e.getLabel() : "CLAIM") + " " + oneLine(r) + " @" + r.getBegin()).toList();
		assertTrue(inLayer.size() > 5, inLayer.toString());
		assertEquals(inLayer, listed);
		assertTrue(listed.contains("PERSON Mercy Wanjiru @" + CorpusFixture.TEXT.indexOf("Mercy Wanjiru")), listed.toString());

		// Claims: who, with which words, what
		ClaimsView claims = shown(ClaimsView.ID, ClaimsView.class);
		List<String> claimRows = claims.rows().stream().map(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(2)).toList();
		List<String> claimsInLayer = layer.select(Claim.class).filter(PerspectiveTest::notRejected)
				.map(c -> text(c.getSource()) + " | " + text(c.getCue()) + " | " + oneLine(c)).toList();
		assertFalse(claimsInLayer.isEmpty(), "the engines found the claims of the text");
		assertEquals(claimsInLayer, claimRows);
		assertTrue(claimRows.stream().anyMatch(r -> r.startsWith("Mercy Wanjiru") && r.contains(" | said | We are not going to back down")),
				claimRows.toString());

		// Conflicts: Find Conflicts groups the claims of the editor's corpus
		ConflictsView conflicts = shown(ConflictsView.ID, ConflictsView.class);
		press(conflicts, "Find Conflicts");
		String corpusName = corpus.root.getFileName().toString();
		for (int i = 0; i < 300 && !conflicts.getContentDescription().startsWith(corpusName + ": "); i++) {
			flush();
			Thread.sleep(20);
		}
		List<ClaimGroup> groups = ConflictsView.compute(corpus.root, new NullProgressMonitor());
		assertEquals(corpusName + ": " + groups.size() + " groups, " + groups.stream().filter(ClaimGroup::isConflict).count()
				+ " with conflicting sources", conflicts.getContentDescription());
		assertEquals(groups, conflicts.groups());

		// Properties: the annotation under review
		CorpusFixture.page().activate(editor);
		run("next");
		followed();
		Reviewable current = editor.current();
		assertNotNull(current);
		assertEquals(current.getCoveredText(), property("Text"));
		assertEquals(ReviewStatus.SUGGESTED.name(), property("Status"));
	}

	@Test
	void thatTheAnnotationsViewFollowsTheReviewAndIsFilledOnceTheTextIsPainted() throws Exception {
		AssayEditor editor = openInPerspective();
		AnnotationsView view = shown(AnnotationsView.ID, AnnotationsView.class);
		CorpusFixture.page().activate(editor);
		run("next");
		run("next");
		followed();
		assertEquals(List.of(editor.current()), view.selectedRows(), "the row of the annotation under review is selected");
		// opened again: the text is painted first, the table (a native row per annotation) is filled after
		CorpusFixture.page().closeEditor(editor, false);
		flush();
		corpus.open();
		assertEquals(0, view.rowCount(), "no rows before the editor has painted");
		assertTrue(view.getContentDescription().startsWith("Listing the annotations of"), view.getContentDescription());
		flush();
		assertTrue(view.rowCount() > 5, "listed once the editor has painted");
	}

	private static boolean notRejected(Reviewable r) {
		return !ReviewStatus.REJECTED.name().equals(r.getStatus());
	}

	private static String text(Annotation a) {
		return a == null ? "" : a.getCoveredText();
	}

	private static String oneLine(Reviewable r) {
		return r.getCoveredText().replace('\n', ' ');
	}

	/** Presses the tool bar button {@code text} of {@code view}. */
	private static void press(IViewPart view, String text) {
		ActionContributionItem item = Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
				.filter(i -> i instanceof ActionContributionItem a && text.equals(a.getAction().getText()))
				.map(ActionContributionItem.class::cast).findFirst().orElseThrow(() -> new AssertionError("no button " + text));
		item.getAction().run();
		flush();
	}
}
