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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerRecord;
import org.assay.core.team.Authorship.Owner;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Shares one person's work on a corpus kept in git, and brings in everyone else's: commits the
 * person's own layers and records (and the team's files they changed, such as new texts), never
 * another person's; fetches, merges and pushes, and when the push is refused because someone
 * pushed meanwhile, fetches and merges again. Files are written by one person each, so merges do
 * not conflict; what truly collides (two curators on one document, two edits of one manifest
 * setting) is never decided silently: the other side's version stays in place and this side's is
 * kept under {@code .assay-conflicts/}, reported with the choice to make. A sync killed at any
 * moment leaves a repository the next sync completes; another person's file changed here is
 * never committed, and before anything local is replaced it is kept under
 * {@code .assay-backups/}. A corpus whose repository has no remote is committed only.
 */
public final class SyncOperation implements CorpusOperation<SyncOperation.Result> {

	/** Where this side's version of a colliding file is kept, inside the corpus folder. */
	public static final String CONFLICTS = ".assay-conflicts";
	private static final String BACKUPS = ".assay-backups";
	private static final int ATTEMPTS = 8;

	/** A file whose two versions could not both stay in place. */
	public record KeptVersion(String path, Path mine, String why) {
	}

	/** A layer or its record that another person changed and this sync brought in. */
	public record Arrival(String document, String layer) {
	}

	/**
	 * What a sync did.
	 *
	 * @param shared    corpus paths of this person's files (and the team's changed here) it committed
	 * @param remote    the remote it synchronised with, or null for a repository without one
	 * @param arrived   layers another person changed that came in
	 * @param conflicts files whose two versions were both kept
	 * @param replaced  files changed here that were not this person's to share, kept under {@code .assay-backups/} and restored
	 * @param attempts  how many fetch-merge-push rounds it took
	 */
	public record Result(List<String> shared, String remote, List<Arrival> arrived, List<KeptVersion> conflicts,
			List<String> replaced, int attempts) {
	}

	private final Path root;
	private final String me;
	private CredentialsProvider credentials;
	private Clock clock = Clock.systemDefaultZone();
	private Set<String> only;
	private Runnable beforePush = () -> {
	};

	/**
	 * @param root the corpus folder (the repository's work tree or a folder inside it)
	 * @param me   the annotator id of the person syncing
	 */
	public SyncOperation(Path root, String me) {
		this.root = root.toAbsolutePath().normalize();
		this.me = me;
	}

	/** Credentials for HTTPS remotes (default: git's credential helper and ~/.netrc). */
	public SyncOperation credentials(CredentialsProvider provider) {
		this.credentials = provider;
		return this;
	}

	/** Shares only these corpus paths of this person's (a document just taken), nothing else they changed. */
	public SyncOperation only(Set<String> corpusPaths) {
		this.only = Set.copyOf(corpusPaths);
		return this;
	}

	/** Runs between the merge and the push of every round (tests: someone else pushes meanwhile). */
	SyncOperation beforePush(Runnable action) {
		this.beforePush = action;
		return this;
	}

	/** The clock of commit times and backup folder names (tests). */
	public SyncOperation clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(root);
	}

	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		SubMonitor progress = SubMonitor.convert(monitor, "Synchronizing " + root.getFileName(), 10);
		try (Repository repository = open(); Git git = new Git(repository)) {
			Session session = new Session(git, prefix(repository));
			return session.run(progress);
		} catch (IOException | GitAPIException e) {
			throw new CorpusException(root, "cannot be synchronised: " + message(e), e);
		}
	}

	private Repository open() throws CorpusException, IOException {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
		if (builder.getGitDir() == null) {
			throw new CorpusException(root, "is not in a git repository; share it with 'git init' and a remote first (see Working as a team)");
		}
		Repository repository = builder.setMustExist(true).build();
		if (repository.isBare()) {
			repository.close();
			throw new CorpusException(root, "is in a bare repository; sync a clone of it instead");
		}
		return repository;
	}

	/** The corpus folder's path inside the repository's work tree ("" or "corpus/"). */
	private String prefix(Repository repository) throws IOException {
		Path workTree = repository.getWorkTree().toPath().toRealPath();
		String relative = workTree.relativize(root.toRealPath()).toString().replace('\\', '/');
		return relative.isEmpty() ? "" : relative + "/";
	}

	private static String message(Exception e) {
		Throwable t = e;
		while (t.getCause() != null && t.getMessage() == null) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	/** One sync: the repository, the corpus's place in it, and what happened so far. */
	private final class Session {
		private final Git git;
		private final Repository repository;
		private final String prefix;
		private final Authorship authorship;
		private final List<String> shared = new ArrayList<>();
		private final List<KeptVersion> conflicts = new ArrayList<>();
		private final List<String> replaced = new ArrayList<>();
		private Path backupFolder;

		Session(Git git, String prefix) {
			this.git = git;
			this.repository = git.getRepository();
			this.prefix = prefix;
			this.authorship = new Authorship(me, document -> LayerRecord.readQuietly(root.resolve("annotations").resolve(document)
					.resolve(Corpus.CURATION_LAYER + LayerRecord.EXTENSION)).map(r -> r.by));
		}

		Result run(SubMonitor progress) throws IOException, GitAPIException, CorpusException {
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
				SubMonitor rounds = progress.split(7).setWorkRemaining(ATTEMPTS * 3);
				while (!pushed) {
					if (++attempts > ATTEMPTS) {
						throw new CorpusException(root, "was refused by " + remote + " " + ATTEMPTS
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
			List<Arrival> arrived = arrivals(before == null ? start : before, head());
			progress.worked(1);
			return new Result(List.copyOf(shared), remote, arrived, List.copyOf(conflicts), List.copyOf(replaced), attempts);
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
				backupFolder = root.resolve(BACKUPS).resolve(
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
				throw new CorpusException(root, "cannot reach " + remote + " (" + url(remote) + "): " + message(e), e);
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
					keepBothVersions(result);
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

		/**
		 * The merge found a file changed on both sides: the other side's version stays in place (it
		 * is already shared), this side's is kept under {@code .assay-conflicts/}; a manifest is
		 * merged setting by setting first.
		 */
		private void keepBothVersions(MergeResult result) throws IOException, GitAPIException, CorpusException {
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
						Path kept = keep(corpusPath, ours);
						Files.write(kept.resolveSibling(kept.getFileName() + KeptVersions.SETTINGS), merged.conflicts());
						conflicts.add(new KeptVersion(corpusPath, kept, "both sides changed " + String.join(", ", merged.conflicts())));
					}
				} else {
					if (ours != null) {
						Path kept = keep(corpusPath == null ? path : corpusPath, ours);
						conflicts.add(new KeptVersion(corpusPath == null ? path : corpusPath, kept, why(corpusPath)));
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
					+ result.getConflicts().size() + " file(s) kept").setAuthor(identity()).setCommitter(identity()).call();
		}

		private String why(String corpusPath) {
			Optional<Authorship.Layer> layer = corpusPath == null ? Optional.empty() : Authorship.Layer.of(corpusPath);
			if (layer.isPresent() && layer.get().layer().equals(Corpus.CURATION_LAYER)) {
				return "two curators curated " + layer.get().document();
			}
			return "changed on both sides";
		}

		private Path keep(String corpusPath, byte[] ours) throws IOException {
			Path target = root.resolve(CONFLICTS).resolve(corpusPath);
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

		/** Pushes the branch; false when the remote refused it because someone pushed meanwhile. */
		private boolean push(String remote) throws IOException, GitAPIException, CorpusException {
			RefSpec spec = new RefSpec(Constants.R_HEADS + branch() + ":" + upstreamBranch());
			Iterable<PushResult> results;
			try {
				results = git.push().setRemote(remote).setRefSpecs(spec).setCredentialsProvider(credentialsProvider()).call();
			} catch (TransportException e) {
				throw new CorpusException(root, "cannot push to " + remote + ": " + message(e), e);
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

		/** Layers and records of others that changed between two commits. */
		private List<Arrival> arrivals(ObjectId from, ObjectId to) throws IOException {
			if (to == null || to.equals(from)) {
				return List.of();
			}
			Set<Arrival> result = new LinkedHashSet<>();
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
					String corpusPath = corpusPath(tree.getPathString());
					if (corpusPath == null) {
						continue;
					}
					Authorship.Layer.of(corpusPath).filter(l -> !l.layer().equals(me) && !l.layer().equals(Corpus.ENGINE_LAYER))
							.ifPresent(l -> result.add(new Arrival(l.document(), l.layer())));
				}
			}
			return List.copyOf(result);
		}

		private byte[] blob(ObjectId commit, String path) throws IOException {
			try (RevWalk walk = new RevWalk(repository)) {
				RevCommit c = walk.parseCommit(commit);
				try (TreeWalk tree = TreeWalk.forPath(repository, path, c.getTree())) {
					return tree == null ? null : repository.open(tree.getObjectId(0)).getBytes();
				}
			}
		}
	}
}
