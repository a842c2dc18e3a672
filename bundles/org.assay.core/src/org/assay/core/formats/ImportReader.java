package org.assay.core.formats;

import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads one import format: every document a file or a folder holds, handed to a
 * {@link DocumentSink}. A part that cannot be read is reported to the sink and the others are
 * still read; progress goes to the monitor, one step a file or line, and a cancel stops it
 * between documents.
 */
@FunctionalInterface
public interface ImportReader {

	/**
	 * Reads {@code source} into {@code sink}.
	 *
	 * @throws CorpusException when the source as a whole cannot be read (missing, not a folder, ...)
	 */
	void read(Path source, DocumentSink sink, SubMonitor progress) throws CorpusException;
}
