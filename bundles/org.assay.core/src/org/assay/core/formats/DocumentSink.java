package org.assay.core.formats;

import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;

/**
 * Where an {@link ImportReader} puts what it reads: the import, which checks each document,
 * gives it its id and writes it into the import's layer, and collects what went wrong.
 */
public interface DocumentSink {

	/**
	 * Imports one document read from {@code file}.
	 *
	 * @param where what names the document in a message ("line 12", "doc.xmi"): a later document
	 *              with the same id is refused, naming this one
	 * @param name  the document's id as the source spells it
	 * @param jcas  its text and annotations
	 * @throws CorpusException naming {@code file} when the document is refused; nothing of it was written
	 */
	void add(Path file, String where, String name, JCas jcas) throws CorpusException;

	/** A part of the source that was not imported; the others are. */
	void failed(CorpusException problem);

	/** What the source held that Assay does not model, or a type mapped by name: one line for the user. */
	void note(String note);
}
