package org.assay.cli;

import java.io.PrintWriter;

/**
 * Progress where standard error is not a terminal (a log file, a CI job): a line every ten
 * seconds — "assay: Exporting demo as jsonl: 40%, 0:12 left (d3.txt)" — and, when there was one,
 * a last line saying it is done. A command done within ten seconds prints none.
 */
final class PlainLines implements ProgressView {

	private static final long SECONDS = 1_000_000_000L;

	private final PrintWriter err;

	/** Lines on {@code err}. */
	PlainLines(PrintWriter err) {
		this.err = err;
	}

	@Override
	public long firstAfter() {
		return 10 * SECONDS;
	}

	@Override
	public long every() {
		return 10 * SECONDS;
	}

	@Override
	public void draw(ProgressState state) {
		StringBuilder b = new StringBuilder("assay: ").append(state.task()).append(": ");
		if (!state.percent().isEmpty()) {
			b.append(state.percent().strip()).append(", ");
		}
		b.append(state.time());
		if (!state.subTask().isEmpty()) {
			b.append(" (").append(state.subTask()).append(')');
		}
		err.println(b);
	}

	@Override
	public void finish(ProgressState state) {
		err.println("assay: " + state.task() + ": done in " + ProgressState.clock(state.elapsedNanos()));
	}
}
