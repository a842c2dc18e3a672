package org.assay.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
		writeAll(List.of(target), streams -> content.writeTo(streams.get(0)));
	}

	/** Produces the contents of several files at once, one stream per file in the order given. */
	@FunctionalInterface
	public interface Contents {
		void writeTo(List<OutputStream> out) throws IOException;
	}

	/**
	 * Writes several files together (the splits of one dataset): each to a temporary file in its
	 * folder, named after this process (so a later run can tell a stray file of a killed run from
	 * one being written) and created like any new file (so it follows the umask), forced to disk;
	 * only when all are written are they moved into place, so a failure or a kill while writing
	 * leaves every target as it was.
	 */
	public static void writeAll(List<Path> targets, Contents contents) throws CorpusException {
		List<Path> temps = new ArrayList<>();
		List<FileChannel> channels = new ArrayList<>();
		Path current = targets.isEmpty() ? null : targets.get(0);
		try {
			try {
				List<OutputStream> streams = new ArrayList<>();
				for (Path target : targets) {
					current = target;
					Path dir = target.toAbsolutePath().getParent();
					Files.createDirectories(dir);
					Path tmp = dir.resolve(temporaryName(target.getFileName().toString()));
					temps.add(tmp);
					FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
					channels.add(channel);
					streams.add(new BufferedOutputStream(Channels.newOutputStream(channel)) {
						@Override
						public void close() throws IOException {
							flush();
						}
					});
				}
				contents.writeTo(streams);
				for (int i = 0; i < streams.size(); i++) {
					current = targets.get(i);
					streams.get(i).flush();
					channels.get(i).force(true);
				}
			} finally {
				for (FileChannel c : channels) {
					c.close();
				}
			}
			for (int i = 0; i < targets.size(); i++) {
				current = targets.get(i);
				try {
					Files.move(temps.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temps.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			temps.clear();
		} catch (OperationCanceledException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new CorpusException(current, "cannot write: " + describe(e), e);
		} finally {
			for (Path tmp : temps) {
				try {
					Files.deleteIfExists(tmp);
				} catch (IOException ignored) {
					// hidden and harmless; the real error is already reported
				}
			}
		}
	}

	private static final String SUFFIX = ".tmp";
	private static final Pattern TEMPORARY = Pattern.compile("^\\..+\\.p(\\d+)\\.[0-9a-f]+\\.tmp$");
	/** Older temporary names (no process id): stray once this old. */
	private static final long UNOWNED_AGE_MILLIS = 10 * 60 * 1000L;

	static String temporaryName(String name) {
		return "." + name + ".p" + ProcessHandle.current().pid() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)
				+ SUFFIX;
	}

	/**
	 * Deletes the temporary files that runs killed in the middle of a write left below
	 * {@code folder}: those of processes no longer alive (and unowned ones older than ten
	 * minutes). Files of a run still writing are left alone.
	 *
	 * @return how many were deleted
	 */
	public static int cleanStrayFiles(Path folder) {
		return cleanStrayFiles(folder, "", Integer.MAX_VALUE);
	}

	/**
	 * As {@link #cleanStrayFiles(Path)}, only for temporary files of targets whose name starts
	 * with {@code prefix} (an export cleans after itself, not after whatever else shares its folder),
	 * at most {@code depth} folders down.
	 */
	public static int cleanStrayFiles(Path folder, String prefix, int depth) {
		if (folder == null || !Files.isDirectory(folder)) {
			return 0;
		}
		int[] deleted = { 0 };
		long now = System.currentTimeMillis();
		try (Stream<Path> files = Files.walk(folder, depth)) {
			files.filter(p -> {
				String n = p.getFileName().toString();
				return n.startsWith("." + prefix) && n.endsWith(SUFFIX) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
			}).forEach(p -> {
				Matcher m = TEMPORARY.matcher(p.getFileName().toString());
				try {
					boolean stray = m.matches() ? ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true)
							: now - Files.getLastModifiedTime(p).toMillis() > UNOWNED_AGE_MILLIS;
					if (stray && Files.deleteIfExists(p)) {
						deleted[0]++;
					}
				} catch (IOException | RuntimeException e) {
					// gone meanwhile, or not ours to delete: left as it is
				}
			});
		} catch (IOException | UncheckedIOException e) {
			// a folder that cannot be walked is reported by whatever reads it next
		}
		return deleted[0];
	}

	/** Writes {@code text} as UTF-8 to {@code target}, atomically. */
	public static void writeString(Path target, String text) throws CorpusException {
		write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	static String describe(Exception e) {
		String m = e.getMessage();
		return m == null ? e.getClass().getSimpleName() : m;
	}
}
