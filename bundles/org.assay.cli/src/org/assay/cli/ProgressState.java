package org.assay.cli;

import java.util.Locale;

/**
 * How far a command's operation is at one moment: its task, the part done (NaN while unknown),
 * what it works on now, and for how long it has been running.
 */
record ProgressState(String task, double fraction, String subTask, long elapsedNanos) {

	private static final long SECOND = 1_000_000_000L;

	/** "45%", or "" while the part done is unknown. */
	String percent() {
		return Double.isNaN(fraction) ? "" : String.format(Locale.ROOT, "%3d%%", (int) Math.floor(100 * fraction));
	}

	/**
	 * "0:42 left", estimated from the pace so far once there is one to go by (two seconds and
	 * one percent done); else "0:03" elapsed.
	 */
	String time() {
		if (!Double.isNaN(fraction) && fraction >= 0.01 && fraction < 1 && elapsedNanos >= 2 * SECOND) {
			return clock((long) (elapsedNanos * (1 - fraction) / fraction)) + " left";
		}
		return clock(elapsedNanos);
	}

	/** "1:02:03" or "2:03". */
	static String clock(long nanos) {
		long s = nanos / SECOND;
		return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
				: String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
	}
}
