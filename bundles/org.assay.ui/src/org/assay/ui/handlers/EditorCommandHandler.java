package org.assay.ui.handlers;

import org.assay.ui.editor.AssayEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs an Assay editor command on the active editor. One handler serves the review commands
 * declared in plugin.xml; each maps to one editor method, so the key map stays in plugin.xml.
 */
public class EditorCommandHandler extends AbstractHandler {

	private static final String PREFIX = "org.assay.ui.command.";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof AssayEditor editor)) {
			return null;
		}
		String id = event.getCommand().getId().substring(PREFIX.length());
		switch (id) {
		case "next" -> editor.nextSuggestion();
		case "previous" -> editor.previousSuggestion();
		case "acceptAndNext" -> editor.accept(true);
		case "accept" -> editor.accept(false);
		case "rejectAndNext" -> editor.reject(true);
		case "reject" -> editor.reject(false);
		case "label" -> editor.labelByIndex(Integer.parseInt(event.getParameter("org.assay.ui.labelIndex")));
		case "labelMenu" -> editor.showLabelMenu();
		case "newEntity" -> editor.newEntity();
		case "delete" -> editor.delete();
		case "growStart" -> editor.resize(true, true);
		case "growEnd" -> editor.resize(false, true);
		case "shrinkStart" -> editor.resize(true, false);
		case "shrinkEnd" -> editor.resize(false, false);
		case "cycleOverlap" -> editor.cycleOverlap();
		case "newClaim" -> editor.newClaim();
		case "claimSource" -> editor.setClaimPart(true);
		case "claimCue" -> editor.setClaimPart(false);
		case "claimKind" -> editor.cycleKind();
		case "claimFactuality" -> editor.cycleFactuality();
		case "toggleRejected" -> editor.toggleRejected();
		case "finish" -> editor.markFinished();
		default -> throw new IllegalArgumentException("No Assay editor command " + id);
		}
		return null;
	}
}
