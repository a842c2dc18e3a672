package org.assay.ui.tests;

import static org.assay.ui.tests.CorpusFixture.entity;
import static org.assay.ui.tests.TestWorkbench.flush;
import static org.assay.ui.tests.TestWorkbench.followed;
import static org.assay.ui.tests.TestWorkbench.handlers;
import static org.assay.ui.tests.TestWorkbench.label;
import static org.assay.ui.tests.TestWorkbench.property;
import static org.assay.ui.tests.TestWorkbench.run;
import static org.assay.ui.tests.TestWorkbench.statusTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.review.ReviewNavigator;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.ReviewAnnotation;
import org.assay.ui.handlers.LabelMenu;
import org.assay.ui.handlers.PreAnnotateDocumentHandler;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * The annotator's day in a real workbench: open a corpus text, review it through the real
 * commands (as the key bindings run them), undo, save, close, reopen.
 */
class EditorWorkflowTest extends KenyaReview {

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
		List<String> status = statusTexts();
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
}
