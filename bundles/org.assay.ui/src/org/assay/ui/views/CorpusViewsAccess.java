package org.assay.ui.views;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;

/** The corpus in focus (active Assay editor, or the corpus folder selected), for handlers. */
public final class CorpusViewsAccess {

	private CorpusViewsAccess() {
	}

	public static Path focusedCorpus(IWorkbenchPage page) {
		return CorpusViews.focusedCorpus(page);
	}
}
