package org.assay.ui.editor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.assay.core.corpus.Corpus;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;

/**
 * Where an opened text lives in a corpus: the corpus root (the nearest folder with
 * {@code assay.json} above {@code texts/}) and the document id (the path below {@code texts/}).
 */
public record CorpusDocument(Path root, String documentId, Path textFile) {

	/** Resolves a workspace file or a file opened from disk; empty if it is not a corpus text. */
	public static Optional<CorpusDocument> of(IEditorInput input) {
		Path path = null;
		if (input instanceof IFileEditorInput fileInput) {
			IFile file = fileInput.getFile();
			IPath location = file.getLocation();
			path = location == null ? null : location.toFile().toPath();
		} else if (input instanceof IURIEditorInput uriInput) {
			URI uri = uriInput.getURI();
			path = uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
		} else if (input != null) {
			IFile file = input.getAdapter(IFile.class);
			path = file != null && file.getLocation() != null ? file.getLocation().toFile().toPath() : null;
		}
		return path == null ? Optional.empty() : of(path);
	}

	/** Resolves a file on disk; empty if it is not below a corpus's {@code texts/} folder. */
	public static Optional<CorpusDocument> of(Path file) {
		Path abs = file.toAbsolutePath().normalize();
		for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
			if (dir.getFileName() != null && dir.getFileName().toString().equals("texts")
					&& dir.getParent() != null && Files.isRegularFile(dir.getParent().resolve(Corpus.MANIFEST))) {
				String id = dir.relativize(abs).toString().replace('\\', '/');
				return Optional.of(new CorpusDocument(dir.getParent(), id, abs));
			}
		}
		return Optional.empty();
	}
}
