package org.assay.core.team;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assay.core.corpus.Corpus;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** What a sync reads from the repository's history: a file as a commit holds it, the layers that changed between two commits. */
final class Commits {

	private Commits() {
	}

	/** Layers and records of others that changed between two commits. */
	static List<SyncOperation.Arrival> arrivals(Repository repository, String prefix, String me, ObjectId from, ObjectId to)
			throws IOException {
		if (to == null || to.equals(from)) {
			return List.of();
		}
		Set<SyncOperation.Arrival> result = new LinkedHashSet<>();
		try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
			RevCommit target = walk.parseCommit(to);
			tree.setRecursive(true);
			tree.setFilter(TreeFilter.ANY_DIFF);
			if (from == null) {
				tree.addTree(new EmptyTreeIterator());
			} else {
				tree.addTree(walk.parseCommit(from).getTree());
			}
			tree.addTree(target.getTree());
			while (tree.next()) {
				String corpusPath = tree.getPathString().startsWith(prefix) ? tree.getPathString().substring(prefix.length()) : null;
				if (corpusPath == null) {
					continue;
				}
				Authorship.Layer.of(corpusPath).filter(l -> !l.layer().equals(me) && !l.layer().equals(Corpus.ENGINE_LAYER))
						.ifPresent(l -> result.add(new SyncOperation.Arrival(l.document(), l.layer())));
			}
		}
		return List.copyOf(result);
	}

	/** The bytes at {@code path} in {@code commit}, or null when it has none. */
	static byte[] blob(Repository repository, ObjectId commit, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit c = walk.parseCommit(commit);
			try (TreeWalk tree = TreeWalk.forPath(repository, path, c.getTree())) {
				return tree == null ? null : repository.open(tree.getObjectId(0)).getBytes();
			}
		}
	}
}
