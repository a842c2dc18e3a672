package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IEditorAssociationOverride;

/**
 * Opens corpus texts ({@code <corpus>/texts/...}) in the Assay editor by default, from the
 * Project Explorer and from File > Open File; other text files keep their usual editor.
 */
public class CorpusEditorAssociation implements IEditorAssociationOverride {

	@Override
	public IEditorDescriptor[] overrideEditors(IEditorInput input, IContentType type, IEditorDescriptor[] editors) {
		if (!isCorpusText(input)) {
			return editors;
		}
		List<IEditorDescriptor> list = new ArrayList<>();
		list.add(assay());
		for (IEditorDescriptor d : editors) {
			if (!AssayEditor.ID.equals(d.getId())) {
				list.add(d);
			}
		}
		return list.toArray(new IEditorDescriptor[0]);
	}

	@Override
	public IEditorDescriptor[] overrideEditors(String fileName, IContentType type, IEditorDescriptor[] editors) {
		return editors;
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(IEditorInput input, IContentType type, IEditorDescriptor editor) {
		return isCorpusText(input) ? assay() : editor;
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(String fileName, IContentType type, IEditorDescriptor editor) {
		return editor;
	}

	private static boolean isCorpusText(IEditorInput input) {
		return input != null && CorpusDocument.of(input).isPresent();
	}

	private static IEditorDescriptor assay() {
		return PlatformUI.getWorkbench().getEditorRegistry().findEditor(AssayEditor.ID);
	}
}
