package org.assay.core.formats;

import java.nio.file.Path;

import org.assay.core.CorpusException;

/** Writes an export in one format: one file, or a folder of files, each written atomically. */
@FunctionalInterface
public interface ExportWriter {

	/**
	 * Writes the documents {@code documents} hands out to {@code out}.
	 *
	 * @param out the file or the folder, as the format has it
	 * @throws CorpusException when an output file cannot be written
	 */
	void write(ExportDocuments documents, Path out) throws CorpusException;
}
