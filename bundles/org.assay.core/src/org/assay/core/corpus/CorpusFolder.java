package org.assay.core.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assay.core.CorpusException;
import org.assay.core.io.AtomicFileWriter;

/**
 * The corpus folder as files: the texts on disk (the truth about which documents there are),
 * writes kept inside the folder whatever symbolic links it holds, and a {@code .gitignore} that
 * keeps derived folders out of git.
 */
final class CorpusFolder {

	/** What a corpus's {@code .gitignore} must list: the derived folders. */
	private static final List<String> IGNORED = List.of(Corpus.CACHE + "/", Corpus.LOGS + "/", Corpus.MODELS + "/", CorpusLock.FILE,
			".assay-backups/", ".assay-conflicts/", "annotations/**/*.bin");

	private final Path root;

	CorpusFolder(Path root) {
		this.root = root;
	}

	/**
	 * The ids of the texts below {@code texts/}. Other processes may be writing meanwhile: a
	 * temporary file that is gone by the time it is looked at is skipped, not a failure of the
	 * whole listing.
	 */
	Set<String> textsOnDisk() throws CorpusException {
		Path texts = root.resolve("texts");
		Set<String> onDisk = new HashSet<>();
		if (!Files.isDirectory(texts)) {
			return onDisk;
		}
		try {
			Files.walkFileTree(texts, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
					String id = texts.relativize(p).toString().replace('\\', '/');
					if (attrs.isRegularFile() && !p.getFileName().toString().startsWith(".") && DocumentIds.problem(id) == null) {
						onDisk.add(id);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
					if (e instanceof NoSuchFileException) {
						return FileVisitResult.CONTINUE;
					}
					throw e;
				}
			});
		} catch (IOException | UncheckedIOException e) {
			throw new CorpusException(texts, "cannot be listed: " + e.getMessage(), e);
		}
		return onDisk;
	}

	/**
	 * Refuses to write {@code target} unless it stays inside the corpus folder once symbolic links
	 * are followed: a link in {@code annotations/} or {@code texts/} must not lead a write out.
	 */
	void confine(Path target) throws CorpusException {
		if (!isConfined(target)) {
			throw new CorpusException(target, "leads out of the corpus through a symbolic link; not written");
		}
	}

	/** Whether a write of {@code target} stays inside the corpus folder. */
	boolean isConfined(Path target) {
		try {
			Path realRoot = root.toRealPath();
			if (Files.isSymbolicLink(target)) {
				return false;
			}
			Path existing = target.toAbsolutePath().getParent();
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			return existing != null && existing.toRealPath().startsWith(realRoot);
		} catch (IOException e) {
			return false;
		}
	}

	/** Adds the derived folders a corpus's {@code .gitignore} lacks (a user's own lines stay). */
	void ignoreDerivedFolders() throws CorpusException {
		Path file = root.resolve(".gitignore");
		String text = "";
		if (Files.exists(file)) {
			try {
				text = Files.readString(file, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
			}
		}
		List<String> lines = text.lines().map(String::strip).toList();
		StringBuilder missing = new StringBuilder();
		for (String folder : IGNORED) {
			if (!lines.contains(folder)) {
				missing.append(folder).append('\n');
			}
		}
		if (missing.length() > 0) {
			String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
			AtomicFileWriter.writeString(file, text + sep + missing);
		}
	}
}
