package org.assay.ui.jobs;

import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A workbench Job that runs a body and belongs to a family (join the family to wait for every Job
 * of it); a cancel the body notices ({@link OperationCanceledException}) ends it as cancelled.
 */
public class FamilyJob extends Job {

	private final Object family;
	private final Function<IProgressMonitor, IStatus> body;

	public FamilyJob(String name, Object family, Function<IProgressMonitor, IStatus> body) {
		super(name);
		this.family = family;
		this.body = body;
	}

	@Override
	public boolean belongsTo(Object f) {
		return f == family;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			return body.apply(monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}
}
