package org.assay.core.formats;

import java.util.List;
import java.util.Optional;

import org.apache.uima.jcas.JCas;

/**
 * The documents of one export as an {@link ExportWriter} sees them: read one at a time, in the
 * order the writer asks, into one CAS. A document that cannot be read is reported by the export
 * and skipped; the writer never sees it.
 */
public interface ExportDocuments {

	/**
	 * The documents to export, in corpus order: those with a layer an export reads (and those
	 * whose layer is ambiguous, which {@link #read} reports).
	 */
	List<String> ids();

	/**
	 * Reads document {@code id} into the export's CAS (emptied first), counted as one step of the
	 * export's progress; empty when it cannot be exported (then reported).
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the export was cancelled
	 */
	Optional<JCas> read(String id);

	/** The name a document's files get in a folder: its id without the {@code .txt} texts have. */
	static String fileBase(String id) {
		return id.endsWith(".txt") ? id.substring(0, id.length() - ".txt".length()) : id;
	}
}
