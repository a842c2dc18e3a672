package org.assay.ui.tests;

import static org.assay.ui.tests.TestWorkbench.flush;
import static org.assay.ui.tests.TestWorkbench.handlers;
import static org.assay.ui.tests.TestWorkbench.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.type.Reviewable;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.handlers.CompareLayersHandler;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.IDocumentProviderExtension3;
import org.junit.jupiter.api.Test;

/**
 * A layer someone else changed on disk while the editor has it open is never overwritten
 * silently; two layers of a document compare side by side in Eclipse's Compare editor.
 */
class LayerOnDiskTest extends KenyaReview {

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
}
