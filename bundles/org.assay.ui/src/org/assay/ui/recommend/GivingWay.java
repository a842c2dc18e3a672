package org.assay.ui.recommend;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * Makes background work give way to the annotator: training asks its monitor whether it is
 * cancelled between documents, samples and perceptron iterations, and while the annotator decided
 * something in the last {@link #QUIET_NANOS} it waits there (at most {@link #LONGEST_WAIT_NANOS}
 * at once, so that a long burst of decisions still lets it learn) — on a 2-core machine the
 * training would otherwise take the core the display and the garbage collector need while keys
 * are pressed.
 */
final class GivingWay {

	/** How long after a decision the background work keeps still. */
	private static final long QUIET_NANOS = 300_000_000L;
	/** The longest it keeps still at once. */
	private static final long LONGEST_WAIT_NANOS = 500_000_000L;

	/** When the annotator last decided something (System.nanoTime). */
	private volatile long lastDecision;

	/** The annotator decided something now. */
	void decided() {
		lastDecision = System.nanoTime();
	}

	/** {@code monitor} for work that gives way to the annotator. */
	IProgressMonitor monitor(IProgressMonitor monitor) {
		return new ProgressMonitorWrapper(monitor) {
			@Override
			public boolean isCanceled() {
				long start = System.nanoTime();
				while (!super.isCanceled() && System.nanoTime() - lastDecision < QUIET_NANOS
						&& System.nanoTime() - start < LONGEST_WAIT_NANOS) {
					try {
						Thread.sleep(20);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						break;
					}
				}
				return super.isCanceled();
			}
		};
	}
}
