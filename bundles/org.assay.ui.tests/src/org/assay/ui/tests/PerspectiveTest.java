package org.assay.ui.tests;

import static org.assay.ui.tests.TestWorkbench.flush;
import static org.assay.ui.tests.TestWorkbench.followed;
import static org.assay.ui.tests.TestWorkbench.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.ui.AssayPerspective;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.views.AnnotationsView;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The Assay perspective and its views, following the open document. */
class PerspectiveTest extends KenyaReview {

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
}
