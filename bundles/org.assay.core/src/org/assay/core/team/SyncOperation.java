package org.assay.core.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;

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
	static final String BACKUPS = ".assay-backups";
	static final int ATTEMPTS = 8;

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
			return new SyncSession(git, prefix(repository), root, me, credentials, only, beforePush, clock).run(progress);
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

	static String message(Exception e) {
		Throwable t = e;
		while (t.getCause() != null && t.getMessage() == null) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
