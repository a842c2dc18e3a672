package org.assay.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** Headless entry point ({@code -application org.assay.cli.app}) running {@link AssayCommand}. */
public class AssayApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int code = new AssayCommand(System.out, System.err).run(args == null ? new String[0] : args);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// the command runs to completion; nothing to interrupt
	}
}
