package org.assay.core.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerRecord;
import org.assay.core.team.Authorship.Owner;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/** One sync of {@link SyncOperation}: the repository, the corpus's place in it, and what happened so far. */
final class SyncSession {
	private final Path root;
	private final String me;
	private final CredentialsProvider credentials;
	private final Set<String> only;
	private final Runnable beforePush;
	private final Clock clock;
	private final Git git;
	private final Repository repository;
	private final String prefix;
	private final Authorship authorship;
	private final List<String> shared = new ArrayList<>();
	private final List<SyncOperation.KeptVersion> conflicts = new ArrayList<>();
	private final List<String> replaced = new ArrayList<>();
	private Path backupFolder;

	SyncSession(Git git, String prefix, Path root, String me, CredentialsProvider credentials, Set<String> only, Runnable beforePush,
			Clock clock) {
		this.root = root;
		this.me = me;
		this.credentials = credentials;
		this.only = only;
		this.beforePush = beforePush;
		this.clock = clock;
		this.git = git;
		this.repository = git.getRepository();
		this.prefix = prefix;
		this.authorship = new Authorship(me, document -> LayerRecord.readQuietly(root.resolve("annotations").resolve(document)
				.resolve(Corpus.CURATION_LAYER + LayerRecord.EXTENSION)).map(r -> r.by));
	}

	SyncOperation.Result run(SubMonitor progress) throws IOException, GitAPIException, CorpusException {
		progress.subTask("Completing an interrupted sync");
		recover();
		progress.worked(1);
		ObjectId before = head();
		progress.subTask("Committing your work");
		commitOwnWork();
		progress.worked(1);
		String remote = remote();
		ObjectId start = head();
		int attempts = 0;
		if (remote != null) {
			boolean pushed = false;
			SubMonitor rounds = progress.split(7).setWorkRemaining(SyncOperation.ATTEMPTS * 3);
			while (!pushed) {
				if (++attempts > SyncOperation.ATTEMPTS) {
					throw new CorpusException(root, "was refused by " + remote + " " + SyncOperation.ATTEMPTS
							+ " times in a row (others keep pushing); sync again in a moment");
				}
				if (rounds.isCanceled()) {
					throw new OperationCanceledException();
				}
				rounds.subTask("Fetching from " + remote);
				fetch(remote);
				rounds.worked(1);
				rounds.subTask("Merging the work of others");
				merge(remote);
				rounds.worked(1);
				beforePush.run();
				rounds.subTask("Pushing to " + remote);
				pushed = push(remote);
				rounds.worked(1);
			}
		}
		progress.setWorkRemaining(1);
		List<SyncOperation.Arrival> arrived = arrivals(before == null ? start : before, head());
		progress.worked(1);
		return new SyncOperation.Result(List.copyOf(shared), remote, arrived, List.copyOf(conflicts), List.copyOf(replaced), attempts);
	}

	private ObjectId head() throws IOException {
		return repository.resolve(Constants.HEAD);
	}

	/** Lock files of a killed sync removed; a merge it began undone, this person's newer files kept. */
	private void recover() throws IOException, GitAPIException, CorpusException {
		RepositoryRecovery.removeStaleLocks(repository);
		if (RepositoryRecovery.isMergeInterrupted(repository) && head() != null) {
			// everything of this person's was committed before the merge began; what changed since is kept
			List<Saved> mine = new ArrayList<>();
			for (String path : changedPaths(git.status().call())) {
				String corpusPath = corpusPath(path);
				if (corpusPath == null) {
					continue;
				}
				Path file = root.resolve(corpusPath);
				Owner owner = authorship.of(corpusPath);
				if (owner == Owner.MINE && Files.isRegularFile(file)) {
					mine.add(new Saved(file, Files.readAllBytes(file)));
				} else if (owner != Owner.DERIVED && Files.isRegularFile(file) && !sameAsCommitted(path, file)) {
					backUp(corpusPath, file);
				}
			}
			git.reset().setMode(ResetType.HARD).call();
			for (Saved s : mine) {
				Files.write(s.file(), s.bytes());
			}
		}
	}

	private record Saved(Path file, byte[] bytes) {
	}

	/** Whether a file holds what the branch or the last fetched remote branch holds at its path. */
	private boolean sameAsCommitted(String path, Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		for (String ref : List.of(Constants.HEAD, Constants.ORIG_HEAD, Constants.MERGE_HEAD)) {
			ObjectId commit = repository.resolve(ref);
			byte[] committed = commit == null ? null : blob(commit, path);
			if (committed != null && Arrays.equals(committed, bytes)) {
				return true;
			}
		}
		return false;
	}

	/** Commits this person's changed files and the team files changed here; restores others' files. */
	private void commitOwnWork() throws IOException, GitAPIException, CorpusException {
		Status status = git.status().call();
		Set<String> add = new TreeSet<>();
		Set<String> remove = new TreeSet<>();
		Set<String> missing = new LinkedHashSet<>(status.getMissing());
		missing.addAll(status.getRemoved());
		for (String path : changedPaths(status)) {
			String corpusPath = corpusPath(path);
			if (corpusPath == null) {
				continue;
			}
			Owner owner = authorship.of(corpusPath);
			boolean gone = missing.contains(path);
			if (owner == Owner.DERIVED) {
				if (isTracked(path)) {
					// a derived file committed by an older release: it leaves the repository, not the disk
					remove.add(path);
				}
				continue;
			}
			if (owner == Owner.OTHERS || only != null && !only.contains(corpusPath)) {
				if (owner == Owner.OTHERS) {
					restore(path, corpusPath);
				}
				continue;
			}
			(gone ? remove : add).add(path);
		}
		if (only == null) {
			remove.addAll(trackedDerived());
		}
		if (add.isEmpty() && remove.isEmpty()) {
			return;
		}
		if (!add.isEmpty()) {
			var command = git.add();
			add.forEach(command::addFilepattern);
			command.call();
		}
		if (!remove.isEmpty()) {
			var command = git.rm().setCached(true);
			remove.forEach(command::addFilepattern);
			command.call();
		}
		// only what differs from the last commit once staged (a file touched but unchanged is no change)
		Status staged = git.status().call();
		Set<String> different = new TreeSet<>(staged.getAdded());
		different.addAll(staged.getChanged());
		different.addAll(staged.getRemoved());
		add.retainAll(different);
		remove.retainAll(different);
		if (add.isEmpty() && remove.isEmpty()) {
			return;
		}
		var commit = git.commit().setMessage(CommitMessage.of(me, root, corpusPaths(add), corpusPaths(remove)))
				.setAuthor(identity()).setCommitter(identity()).setAllowEmpty(false);
		if (only != null && head() != null) {
			// a take: just that record, whatever else is staged
			add.forEach(commit::setOnly);
			remove.forEach(commit::setOnly);
		}
		commit.call();
		shared.addAll(corpusPaths(add));
		for (String path : corpusPaths(remove)) {
			if (authorship.of(path) != Owner.DERIVED) {
				shared.add(path);
			}
		}
	}

	/** Derived files an older release committed (binary forms beside the layers). */
	private List<String> trackedDerived() throws IOException {
		List<String> result = new ArrayList<>();
		DirCache index = repository.readDirCache();
		for (int i = 0; i < index.getEntryCount(); i++) {
			String path = index.getEntry(i).getPathString();
			String corpusPath = corpusPath(path);
			if (corpusPath != null && authorship.of(corpusPath) == Owner.DERIVED) {
				result.add(path);
			}
		}
		return result;
	}

	private boolean isTracked(String path) throws IOException {
		return repository.readDirCache().findEntry(path) >= 0;
	}

	private List<String> corpusPaths(Set<String> repositoryPaths) {
		return repositoryPaths.stream().map(this::corpusPath).toList();
	}

	private Set<String> changedPaths(Status status) {
		Set<String> paths = new TreeSet<>();
		paths.addAll(status.getAdded());
		paths.addAll(status.getChanged());
		paths.addAll(status.getModified());
		paths.addAll(status.getMissing());
		paths.addAll(status.getRemoved());
		paths.addAll(status.getUntracked());
		paths.addAll(status.getConflicting());
		return paths;
	}

	/** The path inside the corpus folder of a repository path, or null when it lies outside. */
	private String corpusPath(String repositoryPath) {
		return repositoryPath.startsWith(prefix) ? repositoryPath.substring(prefix.length()) : null;
	}

	/**
	 * Another person's file changed here (an import under their name, a copy from elsewhere, a
	 * file a killed sync half checked out): it is not this person's to share, so the committed
	 * version comes back — and unless this is a version already committed, the file is kept
	 * under {@code .assay-backups/} first.
	 */
	private void restore(String path, String corpusPath) throws IOException, GitAPIException {
		Path file = root.resolve(corpusPath);
		if (Files.isRegularFile(file) && !sameAsCommitted(path, file)) {
			backUp(corpusPath, file);
		}
		byte[] committed = head() == null ? null : blob(head(), path);
		if (committed == null) {
			git.rm().setCached(true).addFilepattern(path).call();
			Files.deleteIfExists(file);
		} else {
			git.checkout().setStartPoint(Constants.HEAD).addPath(path).call();
		}
	}

	private void backUp(String corpusPath, Path file) throws IOException {
		if (backupFolder == null) {
			backupFolder = root.resolve(SyncOperation.BACKUPS).resolve(
					LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-sync");
		}
		Path target = backupFolder.resolve(corpusPath);
		Files.createDirectories(target.getParent());
		Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
		replaced.add(corpusPath);
	}

	private PersonIdent identity() {
		StoredConfig config = repository.getConfig();
		String name = config.getString("user", null, "name");
		String email = config.getString("user", null, "email");
		return new PersonIdent(name == null ? me : name, email == null ? me + "@assay.local" : email,
				clock.instant(), clock.getZone());
	}

	/** The remote of the current branch (its upstream, else "origin"), or null when there is none. */
	private String remote() {
		StoredConfig config = repository.getConfig();
		Set<String> remotes = config.getSubsections("remote");
		if (remotes.isEmpty()) {
			return null;
		}
		try {
			String upstream = new BranchConfig(config, repository.getBranch()).getRemote();
			if (upstream != null && remotes.contains(upstream)) {
				return upstream;
			}
			return remotes.contains("origin") ? "origin" : remotes.iterator().next();
		} catch (IOException e) {
			return null;
		}
	}

	private String branch() throws IOException {
		return repository.getBranch();
	}

	/** The branch of the remote this branch follows (refs/heads/NAME), by default the same name. */
	private String upstreamBranch() throws IOException {
		String merge = new BranchConfig(repository.getConfig(), branch()).getMerge();
		return merge != null ? merge : Constants.R_HEADS + branch();
	}

	private String trackingRef(String remote) throws IOException {
		return Constants.R_REMOTES + remote + "/" + Repository.shortenRefName(upstreamBranch());
	}

	private void fetch(String remote) throws GitAPIException, CorpusException {
		try {
			git.fetch().setRemote(remote).setCredentialsProvider(credentialsProvider()).call();
		} catch (TransportException | InvalidRemoteException e) {
			throw new CorpusException(root, "cannot reach " + remote + " (" + url(remote) + "): " + SyncOperation.message(e), e);
		}
	}

	private String url(String remote) {
		return repository.getConfig().getString("remote", remote, "url");
	}

	private CredentialsProvider credentialsProvider() {
		return credentials != null ? credentials : GitCredentials.fromGitConfiguration(repository);
	}

	private void merge(String remote) throws IOException, GitAPIException, CorpusException {
		Ref theirs = repository.exactRef(trackingRef(remote));
		if (theirs == null) {
			return; // the remote has no such branch yet: the push creates it
		}
		if (head() == null) {
			// nothing committed here yet: start from theirs
			git.reset().setMode(ResetType.HARD).setRef(theirs.getName()).call();
			return;
		}
		for (int round = 0; round < 3; round++) {
			MergeResult result = git.merge().include(theirs).setStrategy(MergeStrategy.RECURSIVE)
					.setFastForward(FastForwardMode.FF).setCommit(true)
					.setMessage("Merge the work of others (" + remote + ") into " + me + "'s clone").call();
			switch (result.getMergeStatus()) {
			case CONFLICTING -> {
				conflicts.addAll(new BothVersions(git, root, prefix, me, identity()).keep(result));
				return;
			}
			case FAILED -> {
				// files changed here that the merge would overwrite: none of them is this person's
				// (their work was committed above); keep them and let the merge go on
				for (String path : result.getFailingPaths().keySet()) {
					String corpusPath = corpusPath(path);
					if (corpusPath != null) {
						restore(path, corpusPath);
					}
				}
			}
			default -> {
				return;
			}
			}
		}
		throw new CorpusException(root, "cannot be merged with " + remote + ": files outside the corpus changed here block it; commit them first");
	}

	/** Pushes the branch; false when the remote refused it because someone pushed meanwhile. */
	private boolean push(String remote) throws IOException, GitAPIException, CorpusException {
		RefSpec spec = new RefSpec(Constants.R_HEADS + branch() + ":" + upstreamBranch());
		Iterable<PushResult> results;
		try {
			results = git.push().setRemote(remote).setRefSpecs(spec).setCredentialsProvider(credentialsProvider()).call();
		} catch (TransportException e) {
			throw new CorpusException(root, "cannot push to " + remote + ": " + SyncOperation.message(e), e);
		}
		for (PushResult result : results) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				switch (update.getStatus()) {
				case OK, UP_TO_DATE -> {
				}
				case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
					return false;
				}
				default -> throw new CorpusException(root, remote + " refused the push of " + update.getRemoteName() + ": "
						+ update.getStatus() + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"));
				}
			}
		}
		return true;
	}

	private byte[] blob(ObjectId commit, String path) throws IOException {
		return Commits.blob(repository, commit, path);
	}

	private List<SyncOperation.Arrival> arrivals(ObjectId from, ObjectId to) throws IOException {
		return Commits.arrivals(repository, prefix, me, from, to);
	}
}
