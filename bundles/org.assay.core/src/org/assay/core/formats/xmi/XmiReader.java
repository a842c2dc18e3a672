package org.assay.core.formats.xmi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.formats.DocumentSink;
import org.assay.core.formats.ImportReader;
import org.assay.core.io.XmiFiles;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Imports a folder of XMI files in the Assay type system, as the XMI export writes them: each
 * file one document, its id the file's path below the folder without {@code .xmi}.
 */
public final class XmiReader implements ImportReader {

	@Override
	public void read(Path folder, DocumentSink sink, SubMonitor progress) throws CorpusException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(p -> p.toString().endsWith(".xmi")).sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new CorpusException(folder, "cannot be listed: " + e.getMessage(), e);
		}
		progress.setWorkRemaining(files.size());
		for (Path file : files) {
			progress.split(1);
			progress.subTask(file.getFileName().toString());
			JCas jcas = AssayTypeSystem.newJCas();
			try {
				XmiFiles.read(file, jcas.getCas());
				String name = folder.relativize(file).toString().replace('\\', '/');
				sink.add(file, file.getFileName().toString(), name.substring(0, name.length() - ".xmi".length()), jcas);
			} catch (CorpusException e) {
				sink.failed(e);
			} catch (RuntimeException e) {
				sink.failed(CorpusException.unforeseen(file, "could not be imported", e));
			}
		}
	}
}
