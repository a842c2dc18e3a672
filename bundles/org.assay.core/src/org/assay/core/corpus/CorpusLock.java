package org.assay.core.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.assay.core.CorpusException;

/**
 * Serialises writers of a corpus's manifest, across threads and processes: an OS file lock on
 * {@code .assay-lock} in the corpus folder (released by the OS when a process dies, so a killed
 * run never leaves the corpus locked), plus a lock per folder inside this JVM (the OS lock is per
 * process). Held only for the read-merge-write of the manifest, never for a whole run.
 */
final class CorpusLock {

	static final String FILE = ".assay-lock";

	private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	/** What runs under the lock. */
	interface Action {
		void run() throws CorpusException;
	}

	private CorpusLock() {
	}

	static void run(Path root, Action action) throws CorpusException {
		Path key = root.toAbsolutePath().normalize();
		ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
		local.lock();
		try (FileChannel channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			action.run();
		} catch (IOException e) {
			throw new CorpusException(key.resolve(FILE), "cannot be locked: " + e.getMessage(), e);
		} finally {
			local.unlock();
		}
	}
}
