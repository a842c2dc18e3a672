package org.assay.core.formats.xmi;

import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.formats.ExportDocuments;
import org.assay.core.formats.ExportWriter;
import org.assay.core.formats.GoldFilter;
import org.assay.core.formats.StatusFilter;
import org.assay.core.io.XmiFiles;

/**
 * Exports a folder of XMI files, {@code <id>.xmi} per document with only the annotations the
 * export keeps, and {@code TypeSystem.xml} beside them, so UIMA reads them with nothing else.
 */
public final class XmiWriter implements ExportWriter {

	private final StatusFilter filter;

	/** A writer keeping the annotations {@code filter} keeps. */
	public XmiWriter(StatusFilter filter) {
		this.filter = filter;
	}

	@Override
	public void write(ExportDocuments documents, Path folder) throws CorpusException {
		for (ExportDocuments.Document d : documents.readable()) {
			GoldFilter.apply(d.jcas(), filter);
			XmiFiles.write(d.jcas().getCas(), folder.resolve(d.id() + ".xmi"));
		}
		XmiFiles.writeTypeSystem(folder.resolve(Corpus.TYPE_SYSTEM));
	}
}
