package org.assay.core.formats;

import java.util.List;

import org.apache.uima.jcas.JCas;

/**
 * The documents of one export as an {@link ExportWriter} sees them: read one at a time, in
 * corpus order, into one CAS. A document that cannot be read is reported by the export and
 * skipped; the writer never sees it.
 */
public interface ExportDocuments {

	/** A document read for the writer: its id, and its layer in the export's CAS until the next is read. */
	record Document(String id, JCas jcas) {
	}

	/**
	 * The documents to export, in corpus order: those with a layer an export reads (and those
	 * whose layer is ambiguous, which are reported when read).
	 */
	List<String> ids();

	/**
	 * The documents of {@link #ids()} that can be read, each read as the iteration reaches it and
	 * counted as one step of the export's progress.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException from the iteration when the export was cancelled
	 */
	Iterable<Document> readable();

	/** The name a document's files get in a folder: its id without the {@code .txt} texts have. */
	static String fileBase(String id) {
		return id.endsWith(".txt") ? id.substring(0, id.length() - ".txt".length()) : id;
	}
}
