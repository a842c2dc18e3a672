package org.assay.cli;

/** How {@link ConsoleProgress} shows progress: when it may draw, and what a draw writes. */
interface ProgressView {

	/** Nanoseconds from the start before the first draw: a command done sooner shows none. */
	long firstAfter();

	/** Nanoseconds at least between two draws. */
	long every();

	/** Shows {@code state}. */
	void draw(ProgressState state);

	/** The operation is done: what was drawn is finished (only called after a draw). */
	void finish(ProgressState state);
}
