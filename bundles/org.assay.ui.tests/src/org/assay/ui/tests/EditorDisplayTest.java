package org.assay.ui.tests;

import static org.assay.ui.tests.TestWorkbench.flush;
import static org.assay.ui.tests.TestWorkbench.handlers;
import static org.assay.ui.tests.TestWorkbench.label;
import static org.assay.ui.tests.TestWorkbench.run;
import static org.assay.ui.tests.TestWorkbench.statusFields;
import static org.assay.ui.tests.TestWorkbench.statusTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.Tags;
import org.assay.ui.handlers.LabelMenuItems;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.menus.CommandContributionItem;
import org.junit.jupiter.api.Test;

/**
 * What the editor shows: every annotation painted at every width, labels readable without knowing
 * the colours (tags, the Assay menu, the legend), a status line that is never cut.
 */
class EditorDisplayTest extends KenyaReview {

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
		List<String> labels = statusTexts();
		assertTrue(labels.contains(AssayEditor.ELEMENT_STATE), labels.toString());
		assertFalse(labels.contains("Read-Only"), labels.toString());
		assertFalse(labels.contains("Insert"), "nothing is typed into the text: " + labels);
		// the progress is never cut, even in a 1000-pixel window
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Point was = window.getSize();
		try {
			window.setSize(1000, 700);
			flush();
			List<CLabel> fields = statusFields();
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

	/** Access to a protected method for the test. */
	interface IContributionItemsAccess {
		IContributionItem[] items();
	}
}
