package org.assay.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.assay.core.CorpusException;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Writes a file so that readers see either the old content or the complete new one: the data
 * goes to a temporary file in the same folder, is forced to disk, then renamed over the target.
 * A crash or an exception while writing leaves the target untouched.
 */
public final class AtomicFileWriter {

	/** Produces the content of the file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFileWriter() {
	}

	/** Writes {@code target} with what {@code content} produces, atomically. */
	public static void write(Path target, Content content) throws CorpusException {
		Path dir = target.toAbsolutePath().getParent();
		Path tmp = null;
		try {
			Files.createDirectories(dir);
			tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel)) {
					@Override
					public void close() throws IOException {
						flush(); // writers that close their stream must not close the channel before force()
					}
				};
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			tmp = null;
		} catch (OperationCanceledException e) {
			throw e; // the temporary file goes below; the target stays as it was
		} catch (IOException | RuntimeException e) {
			throw new CorpusException(target, "cannot write: " + describe(e), e);
		} finally {
			if (tmp != null) {
				try {
					Files.deleteIfExists(tmp);
				} catch (IOException ignored) {
					// the temporary file is hidden and harmless; the real error is already reported
				}
			}
		}
	}

	/** Writes {@code text} as UTF-8 to {@code target}, atomically. */
	public static void writeString(Path target, String text) throws CorpusException {
		write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	static String describe(Exception e) {
		String m = e.getMessage();
		return m == null ? e.getClass().getSimpleName() : m;
	}
}
