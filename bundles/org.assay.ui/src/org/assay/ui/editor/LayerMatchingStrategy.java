package org.assay.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;

/** An open Assay editor matches an input only if both show the same file and the same layer. */
public class LayerMatchingStrategy implements IEditorMatchingStrategy {

	@Override
	public boolean matches(IEditorReference ref, IEditorInput input) {
		try {
			IEditorInput open = ref.getEditorInput();
			return Objects.equals(layer(open), layer(input)) && Objects.equals(file(open), file(input))
					&& (file(input) != null || open.equals(input));
		} catch (PartInitException e) {
			return false;
		}
	}

	private static String layer(IEditorInput input) {
		return input instanceof LayerEditorInput l ? l.layer() : null;
	}

	private static IFile file(IEditorInput input) {
		return input == null ? null : input.getAdapter(IFile.class);
	}
}
