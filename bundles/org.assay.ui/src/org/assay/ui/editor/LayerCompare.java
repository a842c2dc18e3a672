package org.assay.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.review.LayerListing;
import org.assay.types.AssayTypeSystem;
import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;

/**
 * Two layers of a document side by side in Eclipse's Compare editor: each layer as its
 * {@link LayerListing} (a line per entity and claim: span, label or kind, status, text), so the
 * usual next/previous difference keys walk through what two annotators, an annotator and the
 * curator, or the open layer and its version on disk decided differently.
 */
public final class LayerCompare {

	/** One side: its name in the editor's header and its listing. */
	public record Side(String name, String listing) {
		/** The side of a layer as it is on disk. */
		public static Side onDisk(Corpus corpus, String documentId, String layer) throws CorpusException {
			JCas jcas = AssayTypeSystem.newJCas();
			corpus.readLayer(documentId, layer, jcas);
			return new Side(layer + " (saved)", LayerListing.of(jcas));
		}
	}

	/** A listing as a text element the Compare framework reads. */
	private record Element(Side side) implements ITypedElement, IStreamContentAccessor {
		@Override
		public String getName() {
			return side.name();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(side.listing().getBytes(StandardCharsets.UTF_8));
		}
	}

	private LayerCompare() {
	}

	/** The Compare editor input of {@code left} against {@code right}, read-only. */
	public static CompareEditorInput input(String title, Side left, Side right) {
		CompareConfiguration config = new CompareConfiguration();
		config.setLeftLabel(left.name());
		config.setRightLabel(right.name());
		config.setLeftEditable(false);
		config.setRightEditable(false);
		return new CompareEditorInput(config) {
			@Override
			protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
				setTitle(title);
				return new DiffNode(new Element(left), new Element(right));
			}
		};
	}

	/** Opens {@code left} against {@code right} in a Compare editor. */
	public static CompareEditorInput open(String title, Side left, Side right) {
		CompareEditorInput input = input(title, left, right);
		CompareUI.openCompareEditor(input);
		return input;
	}

	/** The open editor's layer as it is now, unsaved edits included. */
	public static Side unsaved(AssayEditor editor) {
		return new Side(editor.annotator() + (editor.isDirty() ? " (unsaved, this editor)" : " (this editor)"),
				LayerListing.of(editor.jcas()));
	}
}
