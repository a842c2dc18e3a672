package org.assay.ui.tests;

import static org.assay.ui.tests.TestWorkbench.flush;
import static org.assay.ui.tests.TestWorkbench.handlers;
import static org.assay.ui.tests.TestWorkbench.run;
import static org.assay.ui.tests.TestWorkbench.statusTexts;
import static org.assay.ui.tests.TestWorkbench.untilRead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assay.core.corpus.Corpus;
import org.assay.type.Token;
import org.assay.ui.editor.AssayDocumentProvider;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.views.AnnotationsView;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A layer of several megabytes: its text shows at once and its annotations once read in the
 * background; one that cannot be read closes its editor and says why.
 */
class LargeLayerTest {

	@BeforeEach
	void setUp() {
		System.setProperty("assay.annotator", "tester");
	}

	@AfterEach
	void tearDown() {
		CorpusFixture.page().closeAllEditors(false);
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
			List<String> status = statusTexts();
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
}
