package org.assay.ui.handlers;

import org.assay.core.review.ReviewSession;
import org.assay.ui.editor.AssayEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs an Assay editor command on the active editor. One handler serves the review commands
 * declared in plugin.xml; each maps to one {@link ReviewSession} command (or an editor action
 * that needs the window), so the key map stays in plugin.xml.
 */
public class EditorCommandHandler extends AbstractHandler {

	private static final String PREFIX = "org.assay.ui.command.";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof AssayEditor editor)) {
			return null;
		}
		ReviewSession review = editor.session();
		String id = event.getCommand().getId().substring(PREFIX.length());
		if (!id.startsWith("toggle") && editor.tellIfLoading()) {
			return null; // the layer is still being read: nothing to act on yet
		}
		switch (id) {
		case "next" -> review.nextSuggestion();
		case "previous" -> review.previousSuggestion();
		case "acceptAndNext" -> review.accept(true);
		case "accept" -> review.accept(false);
		case "rejectAndNext" -> editor.reject(true);
		case "reject" -> editor.reject(false);
		case "label" -> review.labelByIndex(Integer.parseInt(event.getParameter("org.assay.ui.labelIndex")));
		case "labelMenu" -> LabelMenu.show(editor);
		case "newEntity" -> review.newEntity();
		case "delete" -> review.delete();
		case "growStart" -> review.resize(true, true);
		case "growEnd" -> review.resize(false, true);
		case "shrinkStart" -> review.resize(true, false);
		case "shrinkEnd" -> review.resize(false, false);
		case "cycleOverlap" -> review.cycleOverlap();
		case "newClaim" -> review.newClaim();
		case "claimSource" -> review.setClaimPart(true);
		case "claimCue" -> review.setClaimPart(false);
		case "claimKind" -> review.cycleKind(true);
		case "claimFactuality" -> review.cycleFactuality(true);
		case "claimKindBack" -> review.cycleKind(false);
		case "claimFactualityBack" -> review.cycleFactuality(false);
		case "toggleRejected" -> editor.toggleRejected();
		case "toggleOrder" -> editor.toggleOrder();
		case "finish" -> MarkFinishedJob.schedule(editor);
		default -> throw new IllegalArgumentException("No Assay editor command " + id);
		}
		return null;
	}
}
