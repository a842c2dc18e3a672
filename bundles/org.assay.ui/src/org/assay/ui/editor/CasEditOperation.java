package org.assay.ui.editor;

import org.assay.core.review.CasEdit;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** A review edit in the workbench operation history: Edit > Undo/Redo and Ctrl+Z work on it. */
final class CasEditOperation extends AbstractOperation {

	private final CasEdit edit;
	private final CasAnnotationModel model;

	CasEditOperation(CasEdit edit, CasAnnotationModel model, IUndoContext context) {
		super(edit.label());
		this.edit = edit;
		this.model = model;
		addContext(context);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		edit.apply();
		model.refresh(edit.affected());
		return Status.OK_STATUS;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		edit.undo();
		model.refresh(edit.affected());
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return execute(monitor, info);
	}
}
