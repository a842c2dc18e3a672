package org.assay.core.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;

/**
 * What a sync killed at any moment leaves behind, cleared before the next one starts: lock files
 * of git's own (a killed process never removes them, and every later git command refuses to run)
 * and a merge that was begun but not committed. A sync runs under the corpus lock, which the
 * operating system releases when a process dies, so a git lock file found while holding it was
 * left by a sync that no longer runs.
 */
final class RepositoryRecovery {

	private RepositoryRecovery() {
	}

	/** Removes git lock files left by a killed process; returns what was removed. */
	static List<Path> removeStaleLocks(Repository repository) throws IOException {
		Path gitDir = repository.getDirectory().toPath();
		List<Path> removed = new ArrayList<>();
		try (Stream<Path> files = Files.walk(gitDir, 8)) {
			for (Path lock : files.filter(p -> p.getFileName().toString().endsWith(".lock")).filter(Files::isRegularFile)
					.filter(p -> !p.startsWith(gitDir.resolve("objects"))).toList()) {
				Files.deleteIfExists(lock);
				removed.add(gitDir.relativize(lock));
			}
		}
		return removed;
	}

	/** Whether a merge was begun and not committed (a kill between the merge and its commit). */
	static boolean isMergeInterrupted(Repository repository) {
		RepositoryState state = repository.getRepositoryState();
		return state != RepositoryState.SAFE && state != RepositoryState.BARE;
	}
}
