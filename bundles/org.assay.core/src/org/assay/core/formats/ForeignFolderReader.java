package org.assay.core.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Imports a folder of another tool's files (brat, TSV 3). Every file is read twice: first to find
 * entity types that map to no label, which refuse the whole import before anything is written
 * (naming each type once), then to import. A file that cannot be read is reported with its line
 * and the others are imported; what they held that Assay does not model is noted.
 */
public final class ForeignFolderReader implements ImportReader {

	private final ForeignLayer layer;
	private final ForeignFileReader files;

	/** Reads the files {@code files} reads into {@code layer}. */
	public ForeignFolderReader(ForeignLayer layer, ForeignFileReader files) {
		this.layer = layer;
		this.files = files;
	}

	@Override
	public void read(Path folder, DocumentSink sink, SubMonitor progress) throws CorpusException {
		List<Path> found = list(folder);
		progress.setWorkRemaining(2 * found.size());
		for (Path file : found) {
			progress.split(1);
			progress.subTask("checking the types of " + file.getFileName());
			try {
				files.read(folder, file, AssayTypeSystem.newJCas());
			} catch (CorpusException | RuntimeException e) {
				// reported when the file is imported below
			}
		}
		String problem = layer.labels().problem();
		if (problem != null) {
			throw new CorpusException(folder, problem);
		}
		layer.notMapped().clear(); // counted again while importing
		for (Path file : found) {
			progress.split(1);
			progress.subTask(file.getFileName().toString());
			try {
				JCas jcas = AssayTypeSystem.newJCas();
				String name = files.read(folder, file, jcas);
				sink.add(file, file.getFileName().toString(), name, jcas);
			} catch (IllegalArgumentException e) {
				sink.failed(new CorpusException(file, e.getMessage()));
			} catch (CorpusException e) {
				sink.failed(e);
			} catch (RuntimeException e) {
				sink.failed(CorpusException.unforeseen(file, "could not be imported", e));
			}
		}
		layer.labels().implied().forEach((from, to) -> sink.note("type " + from + " was imported as " + to + " (the tagset's name for it)"));
		layer.notMapped().forEach((what, n) -> sink.note("not imported, no Assay counterpart: " + what + " (" + n + ")"));
	}

	/** The files to read, sorted; links are not followed. */
	private List<Path> list(Path folder) throws CorpusException {
		if (!Files.isDirectory(folder)) {
			throw new CorpusException(folder, Files.exists(folder) ? "is not a folder (" + files.expected() + ")" : "does not exist");
		}
		List<Path> found;
		try (Stream<Path> walk = Files.walk(folder)) {
			found = walk.filter(p -> p.getFileName().toString().endsWith(files.extension()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
					.sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new CorpusException(folder, "cannot be listed: " + e.getMessage(), e);
		}
		if (found.isEmpty()) {
			throw new CorpusException(folder, "contains no " + files.extension() + " files");
		}
		return found;
	}
}
