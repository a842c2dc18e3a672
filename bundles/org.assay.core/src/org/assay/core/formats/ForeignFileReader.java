package org.assay.core.formats;

import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;

/** Reads one file of another tool's folder (a brat {@code .ann} with its {@code .txt}, a TSV 3 file) into a layer. */
public interface ForeignFileReader {

	/** The ending of the files it reads (".ann"). */
	String extension();

	/** What the folder it reads holds, for a message ("brat imports a folder of .txt and .ann files"). */
	String expected();

	/**
	 * Reads {@code file}, a file below {@code folder}, into the empty {@code jcas}.
	 *
	 * @return the document's id as the folder spells it (its path below {@code folder}, as a .txt)
	 * @throws CorpusException          when a file cannot be read
	 * @throws IllegalArgumentException "line N: problem" for a malformed or inconsistent file
	 */
	String read(Path folder, Path file, JCas jcas) throws CorpusException;
}
