package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * An Assay editor's wait for a layer read in the background: what asks for the layer meanwhile
 * runs once it is there; a layer that cannot be read closes the editor (nothing was changed) and
 * says why, in a dialog and in the Error Log.
 */
final class LayerArrival {

	private final AssayEditor editor;
	private final List<Runnable> waiting = new ArrayList<>();

	LayerArrival(AssayEditor editor) {
		this.editor = editor;
	}

	/** Runs {@code action} on the layer: now, or once a layer being read is there (never if it cannot be read). */
	void whenRead(Runnable action) {
		if (editor.isLoading()) {
			waiting.add(action);
		} else if (editor.model() != null && editor.model().jcas() != null) {
			action.run();
		}
	}

	/** The model shows a layer: runs what waited for it. */
	void arrived() {
		if (!waiting.isEmpty()) {
			List<Runnable> now = List.copyOf(waiting);
			waiting.clear();
			now.forEach(Runnable::run);
		}
	}

	/** The layer could not be read: closes the editor and says why. */
	void failed(IStatus why) {
		waiting.clear();
		IStatus status = new Status(why.getSeverity(), LayerArrival.class, "Could not open " + editor.getPartName() + ": "
				+ why.getMessage(), why.getException());
		ILog.of(AssayEditor.class).log(status);
		Shell shell = editor.getSite().getShell();
		shell.getDisplay().asyncExec(() -> {
			if (editor.getSite().getPage() != null && editor.getAdapter(Control.class) != null) {
				editor.getSite().getPage().closeEditor(editor, false);
			}
			if (!shell.isDisposed()) {
				MessageDialog.openError(shell, AssayEditor.CANNOT_OPEN, status.getMessage());
			}
		});
	}
}
