package org.assay.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Answers the dialogs a test makes the workbench open, as a person would, from inside their event loop. */
final class Dialogs {

	private Dialogs() {
	}

	/**
	 * Presses {@code button} of the dialog titled {@code title} once it is open. If none opens
	 * within ten seconds it says what is open and closes the dialogs (so the test fails instead
	 * of hanging). Running the returned action stops waiting (for a dialog that may not come).
	 */
	static Runnable answer(String title, String button) {
		Display display = Display.getCurrent();
		boolean[] stopped = { false };
		int[] tries = { 0 };
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				if (stopped[0]) {
					return;
				}
				for (Shell shell : display.getShells()) {
					if (title.equals(shell.getText()) && shell.isVisible() && press(shell, button)) {
						return;
					}
				}
				if (++tries[0] < 100) {
					display.timerExec(100, this);
					return;
				}
				for (Shell shell : display.getShells()) {
					System.out.println("open shell: '" + shell.getText() + "' visible " + shell.isVisible());
					if (shell.isVisible() && shell.getParent() != null) {
						shell.close();
					}
				}
			}
		});
		return () -> stopped[0] = true;
	}

	/** Presses the button labelled {@code text} (mnemonics ignored) somewhere in {@code parent}. */
	static boolean press(Composite parent, String text) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && text.equals(b.getText().replace("&", ""))) {
				b.notifyListeners(SWT.Selection, new Event());
				return true;
			}
			if (c instanceof Composite inner && press(inner, text)) {
				return true;
			}
		}
		return false;
	}
}
