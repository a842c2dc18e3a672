package org.assay.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.assay.ui.editor.AssayEditor;
import org.assay.ui.preferences.AssayPreferences;
import org.assay.ui.problems.ProblemMarkers;
import org.assay.ui.recommend.Recommending;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.Test;

/**
 * Editor speed and memory on a 1 MB article carrying 50,000 annotations: time to first paint,
 * accept-and-advance latency, paging through the text, heap added. Run with
 * {@code xvfb-run -a ./mvnw -B verify -Pbenchmark}; it prints figures and asserts nothing.
 */
class EditorBenchmark {

	static final int TARGET_CHARS = 1_000_000;
	static final int ANNOTATIONS = 50_000;

	/** The file as specified: 50,000 annotations. */
	@Test
	void fiftyThousandAnnotations() throws Exception {
		run(false);
	}

	/** A realistic engine layer of the same text: the 50,000 annotations plus ~200,000 tokens. */
	@Test
	void fiftyThousandAnnotationsAndEveryToken() throws Exception {
		run(true);
	}

	private void run(boolean withTokens) throws Exception {
		System.setProperty("assay.annotator", "bench");
		CorpusFixture bench = CorpusFixture.large("bench", TARGET_CHARS, ANNOTATIONS, withTokens);
		IProject project = bench.project;
		Path root = bench.root;
		String text = Files.readString(root.resolve("texts").resolve(CorpusFixture.BIG));
		Files.deleteIfExists(root.resolve("annotations/big.txt/bench.xmi"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		// the Problems view's markers of the new corpus are computed in the background: not during the measurements
		PlatformUI.getWorkbench().getService(ProblemMarkers.class).refresh(project);
		Job.getJobManager().join(ProblemMarkers.FAMILY, null);
		IFile file = project.getFile("texts/big.txt");
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = Display.getCurrent();

		// first open of the layer as Assay wrote it (annotate, import, save): its binary form lies
		// beside the XMI and is what is read — also after a copy or a clone of the corpus
		Opened first = open(display, () -> IDE.openEditor(page, file));
		idle(display);
		long closing = System.nanoTime();
		page.closeEditor(page.getActiveEditor(), false);
		idle(display);
		double closeMs = (System.nanoTime() - closing) / 1e6;

		// first open of an XMI another tool wrote (no binary form): parsed, the binary form written
		try (var walk = Files.walk(root.resolve("annotations"))) {
			for (Path bin : walk.filter(p -> p.toString().endsWith(".bin")).toList()) {
				Files.delete(bin);
			}
		}
		Opened cold = open(display, () -> IDE.openEditor(page, file));
		idle(display);
		page.closeEditor(page.getActiveEditor(), false);
		idle(display);

		// plain text editor for scale
		double plainOpenMs = toFirstPaint(display, () -> page.openEditor(new FileEditorInput(file), "org.eclipse.ui.DefaultTextEditor"));
		page.closeEditor(page.getActiveEditor(), false);
		idle(display);

		long heapBefore = usedHeapAfterGc();
		Opened warm = open(display, () -> IDE.openEditor(page, file));
		AssayEditor editor = (AssayEditor) warm.editor();
		double returnedMs = warm.returnedMs();
		double openMs = warm.paintedMs();
		double annotatedMs = warm.annotatedMs();
		idle(display);
		double settledMs = (System.nanoTime() - warm.start()) / 1e6;
		long heapAfter = usedHeapAfterGc();

		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand("org.assay.ui.command.next", null);
		idle(display);
		int steps = 200;
		IPreferenceStore preferences = AssayPreferences.store();
		preferences.setValue(AssayPreferences.RETRAIN_AFTER, 0);
		double[] latency = acceptAndAdvance(handlers, display, editor, steps);
		// scrolling through the document as specified (the retraining below adds the learned
		// recommender's suggestions to it)
		StyledText widget = editor.getAdapter(Control.class) instanceof StyledText st ? st
				: (StyledText) editor.getAdapter(Control.class);
		int lines = widget.getLineCount();
		int pages = 200;
		int visible = Math.max(1, widget.getClientArea().height / Math.max(1, widget.getLineHeight()));
		long s = System.nanoTime();
		for (int p = 0; p < pages; p++) {
			widget.setTopIndex((int) ((long) p * lines / pages));
			widget.redraw();
			widget.update();
			idle(display);
		}
		double pageMs = (System.nanoTime() - s) / 1e6 / pages;
		int shown = editor.model().shownCount();
		// the same again while the recommenders retrain in the background after every 5 decisions
		preferences.setValue(AssayPreferences.RETRAIN_AFTER, 5);
		long retrainStart = System.nanoTime();
		double[] whileRetraining = acceptAndAdvance(handlers, display, editor, steps);
		int retrainJobs = Job.getJobManager().find(Recommending.JOBS).length;
		while (Job.getJobManager().find(Recommending.JOBS).length > 0) {
			idle(display);
			Thread.sleep(20);
		}
		double retrainSeconds = (System.nanoTime() - retrainStart) / 1e9;
		preferences.setToDefault(AssayPreferences.RETRAIN_AFTER);


		System.out.println();
		System.out.println("Editor benchmark: " + text.length() + " chars, " + shown
				+ " annotations shown" + (withTokens ? " + " + editor.model().tokens().size() + " tokens (held outside the CAS while open)" : "")
				+ ", " + lines + " lines, ~" + visible + " lines per page");
		System.out.printf(Locale.ROOT, "  first open, the layer as Assay wrote it (binary form beside the XMI), first in this JVM: text painted %.1f ms  (target <= 500), annotations painted %.1f ms%n",
				first.paintedMs(), first.annotatedMs());
		System.out.printf(Locale.ROOT, "  first open, an XMI without binary form (parsed, binary form written): text painted %.1f ms, annotations painted %.1f ms%n",
				cold.paintedMs(), cold.annotatedMs());
		System.out.printf(Locale.ROOT, "  open to first paint, plain text editor: %8.1f ms%n", plainOpenMs);
		System.out.printf(Locale.ROOT, "  open to first paint, Assay editor:      %8.1f ms  (%.1fx the plain text editor, target <= 2x; openEditor returned at %.1f ms)%n",
				openMs, openMs / plainOpenMs, returnedMs);
		System.out.printf(Locale.ROOT, "  open to annotations painted:            %8.1f ms  (%.1fx the plain text editor's first paint; views settled at %.1f ms)%n",
				annotatedMs, annotatedMs / plainOpenMs, settledMs);
		System.out.printf(Locale.ROOT, "  closing the editor, its views emptied: %.1f ms%n", closeMs);
		System.out.printf(Locale.ROOT, "  accept-and-advance: median %.1f ms, p95 %.1f ms, max %.1f ms over %d steps  (target < 30)%n",
				latency[steps / 2], latency[(int) (steps * 0.95)], latency[steps - 1], steps);
		System.out.printf(Locale.ROOT,
				"  accept-and-advance while the recommenders retrain every 5 decisions: median %.1f ms, p95 %.1f ms, max %.1f ms over %d steps"
						+ " (%d retraining job(s) still queued at the end; all done %.1f s after the first step; %d suggestions added)%n",
				whileRetraining[steps / 2], whileRetraining[(int) (steps * 0.95)], whileRetraining[steps - 1], steps, retrainJobs,
				retrainSeconds, editor.model().shownCount() - shown);
		System.out.printf(Locale.ROOT, "  scrolling: %.1f ms per page over %d jumps through the document%n", pageMs, pages);
		System.out.printf(Locale.ROOT, "  heap added by the open editor: %.1f MB  (target <= 25)%n",
				(heapAfter - heapBefore) / 1048576.0);
		page.closeEditor(editor, false);
		project.delete(true, true, null);
	}

	/** Accept-and-advance {@code steps} times; the sorted latencies in ms. */
	private static double[] acceptAndAdvance(IHandlerService handlers, Display display, IEditorPart editor, int steps) throws Exception {
		double[] latency = new double[steps];
		for (int i = 0; i < steps; i++) {
			long s = System.nanoTime();
			handlers.executeCommand("org.assay.ui.command.acceptAndNext", null);
			paintAndIdle(display, editor);
			latency[i] = (System.nanoTime() - s) / 1e6;
		}
		Arrays.sort(latency);
		return latency;
	}

	/**
	 * An editor opened: when the opening started, when openEditor returned, when the text was
	 * first painted and when the first annotations were (the same for the plain text editor).
	 */
	private record Opened(IEditorPart editor, long start, double returnedMs, double paintedMs, double annotatedMs) {
	}

	/** Opens an editor and returns the milliseconds until its text is first painted. */
	private static double toFirstPaint(Display display, Callable<IEditorPart> open) throws Exception {
		double ms = open(display, open).paintedMs();
		idle(display);
		return ms;
	}

	/** Opens an editor, waits for the first paint of its text (nothing else), and says when each happened. */
	private static Opened open(Display display, Callable<IEditorPart> open) throws Exception {
		long t0 = System.nanoTime();
		IEditorPart editor = open.call();
		double returned = (System.nanoTime() - t0) / 1e6;
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		long[] painted = { 0, 0 };
		// the Assay editor's painter is the text's first paint listener: when this one runs, the
		// painter has drawn this paint's annotations (a large layer is read in the background and
		// its annotations arrive after the text)
		text.addPaintListener(e -> {
			long now = System.nanoTime();
			if (painted[0] == 0) {
				painted[0] = now;
			}
			if (painted[1] == 0 && (!(editor instanceof AssayEditor a) || a.paintCounts()[0] > 0)) {
				painted[1] = now;
			}
		});
		while (painted[1] == 0) {
			if (!display.readAndDispatch()) {
				if (painted[0] == 0) {
					text.redraw();
					text.update();
				} else {
					display.sleep(); // woken by the layer's arrival (asyncExec) and its repaint
				}
			}
		}
		return new Opened(editor, t0, returned, (painted[0] - t0) / 1e6, (painted[1] - t0) / 1e6);
	}

	private static void paintAndIdle(Display display, IEditorPart editor) {
		Control c = editor.getAdapter(Control.class);
		if (c != null) {
			c.redraw();
			c.update();
		}
		idle(display);
	}

	private static void idle(Display display) {
		while (display.readAndDispatch()) {
			// drain pending events and async runnables
		}
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}
}
