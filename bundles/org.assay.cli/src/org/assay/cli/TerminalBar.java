package org.assay.cli;

import java.io.PrintWriter;

/**
 * Progress on a terminal: one line redrawn in place ({@code \r}), at most ten times a second —
 * "Exporting demo as jsonl [########------------]  40%  0:12 left  d3.txt" — cut to the width of
 * the terminal, and wiped when the operation is done, so what the command prints next starts on a
 * clean line.
 */
final class TerminalBar implements ProgressView {

	private static final long MILLIS = 1_000_000L;
	private static final int BAR = 24;

	private final PrintWriter err;
	private final int columns;
	private int shown;

	/** A bar on {@code err}, a terminal {@code columns} characters wide. */
	TerminalBar(PrintWriter err, int columns) {
		this.err = err;
		this.columns = Math.max(40, columns);
	}

	@Override
	public long firstAfter() {
		return 300 * MILLIS;
	}

	@Override
	public long every() {
		return 100 * MILLIS;
	}

	@Override
	public void draw(ProgressState state) {
		String line = line(state);
		// the terminal's last column is left free: writing into it wraps the line on some terminals
		line = line.length() > columns - 1 ? line.substring(0, columns - 1) : line;
		err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
		err.flush();
		shown = line.length();
	}

	@Override
	public void finish(ProgressState state) {
		err.print("\r" + " ".repeat(shown) + "\r");
		err.flush();
		shown = 0;
	}

	private String line(ProgressState state) {
		StringBuilder b = new StringBuilder(state.task()).append(' ');
		if (Double.isNaN(state.fraction())) {
			b.append("[working]");
		} else {
			// narrower on a narrow terminal, so the percentage stays in view
			int width = Math.max(8, Math.min(BAR, columns - 1 - state.task().length() - 20));
			int full = (int) Math.round(width * Math.min(1, Math.max(0, state.fraction())));
			b.append('[').append("#".repeat(full)).append("-".repeat(width - full)).append("] ").append(state.percent());
		}
		b.append("  ").append(state.time());
		if (!state.subTask().isEmpty()) {
			b.append("  ").append(state.subTask());
		}
		return b.toString();
	}
}
