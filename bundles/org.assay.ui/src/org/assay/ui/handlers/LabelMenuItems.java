package org.assay.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.core.corpus.Manifest;
import org.assay.ui.editor.AssayEditor;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The Assay menu's label entries, named by the labels of the active document's tagset ("1 PERSON",
 * "2 ORGANIZATION", ... custom labels included), each with its number key.
 */
public class LabelMenuItems extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<String> tagset = tagset();
		List<IContributionItem> items = new ArrayList<>();
		for (int i = 0; i < tagset.size() && i < 9; i++) {
			CommandContributionItemParameter p = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					"org.assay.ui.label." + (i + 1), "org.assay.ui.command.label", CommandContributionItem.STYLE_PUSH);
			p.label = "&" + (i + 1) + " " + tagset.get(i);
			p.parameters = Map.of("org.assay.ui.labelIndex", Integer.toString(i + 1));
			items.add(new CommandContributionItem(p));
		}
		return items.toArray(IContributionItem[]::new);
	}

	/** The labels of the active Assay editor's corpus, or the default tagset. */
	static List<String> tagset() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (editor instanceof AssayEditor assay && assay.tagset() != null && !assay.tagset().isEmpty()) {
			return assay.tagset();
		}
		return Manifest.DEFAULT_TAGSET;
	}
}
