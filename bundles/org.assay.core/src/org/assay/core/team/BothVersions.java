package org.assay.core.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.assay.core.corpus.Corpus;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/**
 * What a sync does with the files a merge found changed on both sides (which files written by
 * one person each never are): the other side's version stays in place, this side's is kept under
 * {@code .assay-conflicts/} for the person to choose; the manifest is merged setting by setting
 * first, and only settings both sides changed are kept.
 */
final class BothVersions {

	private final Git git;
	private final Repository repository;
	private final Path root;
	private final String prefix;
	private final String me;
	private final PersonIdent identity;

	BothVersions(Git git, Path root, String prefix, String me, PersonIdent identity) {
		this.git = git;
		this.repository = git.getRepository();
		this.root = root;
		this.prefix = prefix;
		this.me = me;
		this.identity = identity;
	}

	private String corpusPath(String repositoryPath) {
		return repositoryPath.startsWith(prefix) ? repositoryPath.substring(prefix.length()) : null;
	}

	/**
	 * The merge found a file changed on both sides: the other side's version stays in place (it
	 * is already shared), this side's is kept under {@code .assay-conflicts/}; a manifest is
	 * merged setting by setting first.
	 */
	List<SyncOperation.KeptVersion> keep(MergeResult result) throws IOException, GitAPIException {
		List<SyncOperation.KeptVersion> conflicts = new ArrayList<>();
		DirCache index = repository.readDirCache();
		for (String path : result.getConflicts().keySet()) {
			String corpusPath = corpusPath(path);
			byte[] base = stage(index, path, DirCacheEntry.STAGE_1);
			byte[] ours = stage(index, path, DirCacheEntry.STAGE_2);
			byte[] theirs = stage(index, path, DirCacheEntry.STAGE_3);
			Path file = repository.getWorkTree().toPath().resolve(path);
			if (corpusPath != null && corpusPath.equals("assay.json") && ours != null && theirs != null) {
				ManifestMerge.Result merged = ManifestMerge.merge(base == null ? new byte[0] : base, ours, theirs);
				Files.write(file, merged.merged());
				if (!merged.conflicts().isEmpty()) {
					Path kept = keepMine(corpusPath, ours);
					Files.write(kept.resolveSibling(kept.getFileName() + KeptVersions.SETTINGS), merged.conflicts());
					conflicts.add(new SyncOperation.KeptVersion(corpusPath, kept, "both sides changed " + String.join(", ", merged.conflicts())));
				}
			} else {
				if (ours != null) {
					Path kept = keepMine(corpusPath == null ? path : corpusPath, ours);
					conflicts.add(new SyncOperation.KeptVersion(corpusPath == null ? path : corpusPath, kept, why(corpusPath)));
				}
				if (theirs != null) {
					Files.write(file, theirs);
				} else {
					Files.deleteIfExists(file);
				}
			}
			if (Files.exists(file)) {
				git.add().addFilepattern(path).call();
			} else {
				git.rm().setCached(true).addFilepattern(path).call();
			}
		}
		git.commit().setMessage("Merge the work of others into " + me + "'s clone; both versions of "
				+ result.getConflicts().size() + " file(s) kept").setAuthor(identity).setCommitter(identity).call();
		return conflicts;
	}

	private String why(String corpusPath) {
		Optional<Authorship.Layer> layer = corpusPath == null ? Optional.empty() : Authorship.Layer.of(corpusPath);
		if (layer.isPresent() && layer.get().layer().equals(Corpus.CURATION_LAYER)) {
			return "two curators curated " + layer.get().document();
		}
		return "changed on both sides";
	}

	private Path keepMine(String corpusPath, byte[] ours) throws IOException {
		Path target = root.resolve(SyncOperation.CONFLICTS).resolve(corpusPath);
		Files.createDirectories(target.getParent());
		Files.write(target, ours);
		return target;
	}

	private byte[] stage(DirCache index, String path, int stage) throws IOException {
		int first = index.findEntry(path);
		if (first < 0) {
			return null;
		}
		for (int i = first; i < index.getEntryCount() && index.getEntry(i).getPathString().equals(path); i++) {
			DirCacheEntry entry = index.getEntry(i);
			if (entry.getStage() == stage) {
				return repository.open(entry.getObjectId()).getBytes();
			}
		}
		return null;
	}
}
