package org.assay.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.type.Entity;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.assay.ui.editor.AssayEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.custom.StyledText;
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
	static final String[] LABELS = org.assay.core.corpus.Manifest.DEFAULT_TAGSET.toArray(new String[0]);

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
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("bench");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		java.nio.file.Path root = project.getLocation().toFile().toPath();
		String text = makeCorpus(root, withTokens);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		// the Problems view's markers of the new corpus are computed in the background: not during the measurements
		org.assay.ui.problems.ProblemMarkers.refresh(project);
		org.assay.ui.problems.ProblemMarkers.join();
		IFile file = project.getFile("texts/big.txt");
		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Display display = Display.getCurrent();

		// first open of the layer as Assay wrote it (annotate, import, save): its binary form lies
		// beside the XMI and is what is read — also after a copy or a clone of the corpus
		double firstMs = toFirstPaint(display, () -> IDE.openEditor(page, file));
		page.closeEditor(page.getActiveEditor(), false);
		idle(display);

		// first open of an XMI another tool wrote (no binary form): parsed, the binary form written
		try (var walk = Files.walk(root.resolve("annotations"))) {
			for (java.nio.file.Path bin : walk.filter(p -> p.toString().endsWith(".bin")).toList()) {
				Files.delete(bin);
			}
		}
		double coldMs = toFirstPaint(display, () -> IDE.openEditor(page, file));
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
		idle(display);
		double settledMs = (System.nanoTime() - warm.start()) / 1e6;
		long heapAfter = usedHeapAfterGc();

		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand("org.assay.ui.command.next", null);
		idle(display);
		int steps = 200;
		var preferences = org.assay.ui.internal.AssayUiPlugin.getDefault().getPreferenceStore();
		preferences.setValue(org.assay.ui.internal.AssayUiPlugin.PREF_RETRAIN_AFTER, 0);
		double[] latency = acceptAndAdvance(handlers, display, editor, steps);
		// scrolling through the document as specified (the retraining below adds the learned
		// recommender's suggestions to it)
		StyledText widget = editor.getAdapter(org.eclipse.swt.widgets.Control.class) instanceof StyledText st ? st
				: (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
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
		preferences.setValue(org.assay.ui.internal.AssayUiPlugin.PREF_RETRAIN_AFTER, 5);
		long retrainStart = System.nanoTime();
		double[] whileRetraining = acceptAndAdvance(handlers, display, editor, steps);
		int retrainJobs = org.eclipse.core.runtime.jobs.Job.getJobManager().find(org.assay.ui.internal.Recommending.JOBS).length;
		while (org.eclipse.core.runtime.jobs.Job.getJobManager().find(org.assay.ui.internal.Recommending.JOBS).length > 0) {
			idle(display);
			Thread.sleep(20);
		}
		double retrainSeconds = (System.nanoTime() - retrainStart) / 1e9;
		preferences.setToDefault(org.assay.ui.internal.AssayUiPlugin.PREF_RETRAIN_AFTER);


		System.out.println();
		System.out.println("Editor benchmark: " + text.length() + " chars, " + shown
				+ " annotations shown" + (withTokens ? " + " + editor.model().tokens().size() + " tokens (held outside the CAS while open)" : "")
				+ ", " + lines + " lines, ~" + visible + " lines per page");
		System.out.printf(Locale.ROOT, "  first open to first paint, the layer as Assay wrote it (binary form beside the XMI), first in this JVM: %.1f ms  (target <= 500)%n", firstMs);
		System.out.printf(Locale.ROOT, "  first open to first paint, an XMI without binary form (parsed, binary form written): %.1f ms%n", coldMs);
		System.out.printf(Locale.ROOT, "  open to first paint, plain text editor: %8.1f ms%n", plainOpenMs);
		System.out.printf(Locale.ROOT, "  open to first paint, Assay editor:      %8.1f ms  (%.1fx the plain text editor, target <= 2x; openEditor returned at %.1f ms, views settled at %.1f ms)%n",
				openMs, openMs / plainOpenMs, returnedMs, settledMs);
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

	/** A 1 MB article of news-like sentences with 50,000 entity suggestions on its tokens. */
	private static String makeCorpus(java.nio.file.Path root, boolean withTokens) throws Exception {
		Random random = new Random(7);
		String[] sentences = {
				"Officials in Nairobi said on Tuesday that at least 40 people were detained after the protests.",
				"\"We will not stop,\" said Amina Diallo, a student leader at the University of Lagos.",
				"The United Nations estimated that around 2,000 families had fled to neighbouring Chad.",
				"According to Reuters, the army denied that soldiers had fired on the crowd in Bamako.",
				"President Carlos Mendes met the African Union envoy in Lima on Monday." };
		StringBuilder b = new StringBuilder(TARGET_CHARS + 200);
		while (b.length() < TARGET_CHARS) {
			for (int k = 0; k < 4; k++) {
				b.append(sentences[random.nextInt(sentences.length)]).append(' ');
			}
			b.setLength(b.length() - 1);
			b.append("\n\n");
		}
		String text = b.toString();
		Corpus corpus = Corpus.openOrCreate(root);
		corpus.putText("big.txt", text);
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		java.util.List<org.assay.core.Span> tokens = org.assay.core.FallbackTokens.of(text);
		if (withTokens) {
			tokens.forEach(t -> new Token(jcas, t.begin(), t.end()).addToIndexes());
		}
		int stride = Math.max(1, tokens.size() / ANNOTATIONS);
		for (int i = 0, n = 0; i < tokens.size() && n < ANNOTATIONS; i += stride, n++) {
			org.assay.core.Span t = tokens.get(i);
			org.assay.core.Span end = tokens.get(Math.min(tokens.size() - 1, i + (n % 3 == 0 ? 1 : 0)));
			Entity e = new Entity(jcas, t.begin(), end.end());
			e.setLabel(LABELS[n % LABELS.length]);
			e.setStatus(n % 4 == 0 ? "ACCEPTED" : "SUGGESTED");
			e.setOrigin("assay-entities@0.1.0");
			e.setConfidence(0.8);
			e.setChangedAt("2026-11-21T00:00:00Z");
			e.addToIndexes();
		}
		corpus.writeLayer("big.txt", Corpus.ENGINE_LAYER, jcas, DocumentState.NEW);
		corpus.save();
		Files.deleteIfExists(root.resolve("annotations/big.txt/bench.xmi"));
		return text;
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

	/** An editor opened: when the opening started, when openEditor returned and when the text was first painted. */
	private record Opened(IEditorPart editor, long start, double returnedMs, double paintedMs) {
	}

	/** Opens an editor and returns the milliseconds until its text is first painted. */
	private static double toFirstPaint(Display display, java.util.concurrent.Callable<IEditorPart> open) throws Exception {
		double ms = open(display, open).paintedMs();
		idle(display);
		return ms;
	}

	/** Opens an editor, waits for the first paint of its text (nothing else), and says when each happened. */
	private static Opened open(Display display, java.util.concurrent.Callable<IEditorPart> open) throws Exception {
		long t0 = System.nanoTime();
		IEditorPart editor = open.call();
		double returned = (System.nanoTime() - t0) / 1e6;
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		long[] painted = { 0 };
		text.addPaintListener(e -> {
			if (painted[0] == 0) {
				painted[0] = System.nanoTime();
			}
		});
		while (painted[0] == 0) {
			if (!display.readAndDispatch()) {
				text.redraw();
				text.update();
			}
		}
		return new Opened(editor, t0, returned, (painted[0] - t0) / 1e6);
	}

	private static void paintAndIdle(Display display, IEditorPart editor) {
		org.eclipse.swt.widgets.Control c = editor.getAdapter(org.eclipse.swt.widgets.Control.class);
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
