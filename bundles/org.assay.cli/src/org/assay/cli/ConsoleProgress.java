package org.assay.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The progress a command's operation reports (beginTask, worked, subTask), shown on standard
 * error as a workbench Job's shows in the Progress view: a bar redrawn in place when standard
 * error is a terminal ({@link TerminalBar}), else a plain line now and then ({@link PlainLines}).
 * Draws are throttled, so an operation may report every document. Closing it finishes what was
 * drawn; use one per operation.
 */
final class ConsoleProgress implements IProgressMonitor, AutoCloseable {

	/**
	 * Where and how progress is shown.
	 *
	 * @param terminal whether standard error is a terminal (the launcher says so: a JVM cannot tell for standard error)
	 * @param columns  the terminal's width
	 * @param clock    nanoseconds, as {@link System#nanoTime()}
	 */
	record Settings(boolean terminal, int columns, LongSupplier clock) {

		/** The system property the {@code assay} launcher sets to "true" when standard error is a terminal. */
		static final String TERMINAL = "assay.stderr.tty";
		/** The system property the launcher sets to the terminal's width. */
		static final String COLUMNS = "assay.stderr.columns";

		/** As the launcher says; not a terminal when it says nothing (a test, another launcher). */
		static Settings fromSystem() {
			return new Settings(Boolean.getBoolean(TERMINAL), Integer.getInteger(COLUMNS, 80), System::nanoTime);
		}

		/** The monitor of one operation, drawing on {@code err}. */
		ConsoleProgress monitor(PrintWriter err) {
			return new ConsoleProgress(terminal ? new TerminalBar(err, columns) : new PlainLines(err), clock);
		}
	}

	private final ProgressView view;
	private final LongSupplier clock;
	private final long start;
	private String task = "";
	private String subTask = "";
	private double total;
	private double worked;
	private long drawnAt;
	private boolean drawn;
	private volatile boolean canceled;

	ConsoleProgress(ProgressView view, LongSupplier clock) {
		this.view = view;
		this.clock = clock;
		this.start = clock.getAsLong();
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork == UNKNOWN ? 0 : totalWork;
		worked = 0;
		update();
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name;
		update();
	}

	@Override
	public void subTask(String name) {
		subTask = name == null ? "" : name;
		update();
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		worked += work;
		update();
	}

	@Override
	public void done() {
		if (drawn) {
			view.finish(state(clock.getAsLong()));
			drawn = false;
		}
	}

	@Override
	public void close() {
		done();
	}

	@Override
	public boolean isCanceled() {
		return canceled;
	}

	@Override
	public void setCanceled(boolean value) {
		canceled = value;
	}

	/** Draws when the view's first delay has passed and the last draw is long enough ago. */
	private void update() {
		long now = clock.getAsLong();
		if (now - start < view.firstAfter() || drawn && now - drawnAt < view.every()) {
			return;
		}
		view.draw(state(now));
		drawn = true;
		drawnAt = now;
	}

	private ProgressState state(long now) {
		return new ProgressState(task, total > 0 ? Math.min(1, worked / total) : Double.NaN, subTask, now - start);
	}
}
