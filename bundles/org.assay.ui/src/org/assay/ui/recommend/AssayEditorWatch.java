package org.assay.ui.recommend;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.assay.ui.editor.AssayEditor;
import org.assay.ui.editor.CorpusDocument;
import org.assay.ui.editor.OpenAssayEditors;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Tells which Assay editors open and close in the workbench, through the part service of every
 * window (windows opened later included); the editors open when it starts count as opened then.
 * A closed editor is told with the corpus it showed, remembered from its opening. Called on the
 * UI thread.
 */
final class AssayEditorWatch {

	private final IWorkbench workbench;
	private final Consumer<AssayEditor> opened;
	private final BiConsumer<AssayEditor, Path> closed;
	private final Map<AssayEditor, Path> open = new IdentityHashMap<>();

	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof AssayEditor editor) {
				open(editor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof AssayEditor editor && open.containsKey(editor)) {
				closed.accept(editor, open.remove(editor));
			}
		}
	};

	private final IWindowListener windows = new IWindowListener() {
		@Override
		public void windowOpened(IWorkbenchWindow window) {
			window.getPartService().addPartListener(parts);
		}

		@Override
		public void windowClosed(IWorkbenchWindow window) {
			window.getPartService().removePartListener(parts);
		}

		@Override
		public void windowActivated(IWorkbenchWindow window) {
			// the part service says which editors open and close, whichever window is active
		}

		@Override
		public void windowDeactivated(IWorkbenchWindow window) {
			// as above
		}
	};

	AssayEditorWatch(IWorkbench workbench, Consumer<AssayEditor> opened, BiConsumer<AssayEditor, Path> closed) {
		this.workbench = workbench;
		this.opened = opened;
		this.closed = closed;
	}

	void start() {
		workbench.addWindowListener(windows);
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			window.getPartService().addPartListener(parts);
		}
		for (AssayEditor editor : OpenAssayEditors.all()) {
			open(editor);
		}
	}

	void stop() {
		workbench.removeWindowListener(windows);
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			window.getPartService().removePartListener(parts);
		}
		for (Map.Entry<AssayEditor, Path> e : List.copyOf(open.entrySet())) {
			closed.accept(e.getKey(), e.getValue());
		}
		open.clear();
	}

	private void open(AssayEditor editor) {
		CorpusDocument doc = editor.provider() == null ? null : editor.provider().corpusDocument(editor.getEditorInput());
		if (doc != null && !open.containsKey(editor)) {
			open.put(editor, doc.root());
			opened.accept(editor);
		}
	}
}
