package org.assay.cli;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress of a long command as "assay: annotated 100/405" lines on standard error. */
final class ConsoleProgress extends NullProgressMonitor {

	private final PrintWriter err;

	ConsoleProgress(PrintWriter err) {
		this.err = err;
	}

	@Override
	public void subTask(String name) {
		err.println("assay: " + name);
	}
}
