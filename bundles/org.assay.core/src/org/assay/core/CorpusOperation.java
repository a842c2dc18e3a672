package org.assay.core;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Long work on a corpus that a user starts: configured through the operation's setters, then
 * run once with {@link #execute(IProgressMonitor)} from the command line or a workbench Job.
 * Progress is reported to the monitor and cancellation is honoured between documents.
 *
 * @param <R> what the operation reports when done
 */
public interface CorpusOperation<R> {

	/**
	 * Runs the operation.
	 *
	 * @param monitor progress and cancellation; may be null
	 * @return what happened (problems with single documents are in the result)
	 * @throws CorpusException           when the corpus as a whole cannot be worked on
	 * @throws OperationCanceledException when cancelled; work done before stays done and consistent
	 */
	R execute(IProgressMonitor monitor) throws CorpusException;

	/**
	 * The rule a workbench Job running this operation must hold, as EGit's operations have: one
	 * {@link CorpusRule} per corpus, so two Jobs on the same corpus never run at once.
	 *
	 * @return the rule, or null when the operation touches no corpus folder
	 */
	ISchedulingRule getSchedulingRule();
}
