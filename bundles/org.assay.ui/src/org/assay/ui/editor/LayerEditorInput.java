package org.assay.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.part.FileEditorInput;

/** A corpus text opened on a named layer (e.g. "curation") rather than the annotator's own. */
public final class LayerEditorInput extends FileEditorInput {

	private final String layer;

	public LayerEditorInput(IFile file, String layer) {
		super(file);
		this.layer = layer;
	}

	public String layer() {
		return layer;
	}

	@Override
	public String getName() {
		return super.getName() + " [" + layer + "]";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LayerEditorInput other && other.layer.equals(layer) && super.equals(o);
	}

	@Override
	public int hashCode() {
		return Objects.hash(super.hashCode(), layer);
	}
}
