package org.assay.ui.tests;

import static org.assay.ui.tests.TestWorkbench.flush;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.curation.CurateOperation;
import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;
import org.assay.core.review.ReviewNavigator;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.OpenWork;
import org.assay.ui.handlers.ExportHandler;
import org.assay.ui.handlers.ImportHandler;
import org.assay.ui.workspace.WorkspaceRefresh;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/** The corpus commands of the workbench: export, import and Mark Finished, each a Job as the command line runs it. */
class CorpusCommandsTest extends TwoReviewers {

	@Test
	void thatEveryExportFormatRunsFromTheWorkbench() throws Exception {
		Path out = Files.createTempDirectory("assay-exports");
		// both annotators agree, so curation settles every document and export reads the curated layers
		new CurateOperation(Corpus.open(root)).execute(new NullProgressMonitor());
		for (Format f : Format.values()) {
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
				new ExportHandler.Choice(Format.JSONL,
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
				Format.JSONL, StatusFilter.ALL, jsonl)).join();
		Files.writeString(jsonl, "{\"id\": \"broken.txt\", \"text\": \"x\", \"entities\": [{\"begin\": 0, \"end\": 9}]}\n",
				StandardOpenOption.APPEND);

		Job job = ImportHandler.schedule(root,
				new ImportHandler.Choice(Format.JSONL, jsonl, "erin"));
		job.join();
		Job.getJobManager().join(WorkspaceRefresh.FAMILY, null); // the workspace is told afterwards

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
				Format.JSONL, StatusFilter.ALL, jsonl)).join();
		assertTrue(Files.readString(jsonl).contains("\"a.txt\""), "the export holds a.txt");
		// importing into dave's layer anyway: refused for that document, said, nothing touched
		Job job = ImportHandler.schedule(root,
				new ImportHandler.Choice(Format.JSONL, jsonl, "dave"));
		job.join();
		IStatusAssert.warningNaming(job.getResult(), "layer 'dave' holds " + decided + " decisions, FINISHED");
		assertTrue(Arrays.equals(finished, Files.readAllBytes(corpus.layerPath("a.txt", "dave"))), "the review survives");
		assertEquals(DocumentState.FINISHED, Corpus.open(root).state("a.txt", "dave"));
		assertEquals(textTime, Files.getLastModifiedTime(corpus.textPath("a.txt")), "an unchanged text is not rewritten");

		// replacing when asked keeps the finished review as a backup
		job = ImportHandler.schedule(root,
				new ImportHandler.Choice(Format.JSONL, jsonl, "dave", true));
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
