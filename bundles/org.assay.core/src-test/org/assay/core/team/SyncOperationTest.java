package org.assay.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.assay.core.CorpusException;
import org.assay.core.corpus.LayerRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people's clones of one corpus repository, synchronised: what travels, what stays, what is kept. */
class SyncOperationTest {

	@TempDir
	Path dir;
	Path remote;
	Path alice;
	Path bob;

	@BeforeEach
	void twoClonesOfOneCorpus() throws Exception {
		remote = dir.resolve("remote.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path setup = dir.resolve("setup");
		try (Git git = Git.init().setInitialBranch("main").setDirectory(setup.toFile()).call()) {
			write(setup, "assay.json", "{\n  \"format\" : \"assay-corpus\",\n  \"tagset\" : [ \"PERSON\", \"LOCATION\" ]\n}\n");
			write(setup, ".gitignore", ".assay-cache/\n.assay-logs/\n.assay-models/\n.assay-lock\n");
			for (String doc : List.of("a.txt", "b.txt", "c.txt")) {
				write(setup, "texts/" + doc, "Text of " + doc);
				write(setup, "annotations/" + doc + "/engine.xmi", "<engine " + doc + "/>");
			}
			git.add().addFilepattern(".").call();
			git.commit().setMessage("corpus").setAuthor("manager", "m@x").setCommitter("manager", "m@x").call();
			git.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
			git.push().setRemote("origin").add("main").call();
		}
		alice = clone("alice");
		bob = clone("bob");
	}

	private Path clone(String who) throws Exception {
		Path path = dir.resolve(who);
		Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(path.toFile()).call().close();
		return path;
	}

	private static void write(Path root, String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	private static void layer(Path root, String doc, String layer, String state, String by) throws Exception {
		write(root, "annotations/" + doc + "/" + layer + ".xmi", "<" + layer + " decided " + doc + " " + state + " by " + by + "/>");
		LayerRecord record = new LayerRecord();
		record.state = state;
		record.by = by;
		record.write(root.resolve("annotations/" + doc + "/" + layer + ".json"));
	}

	private static SyncOperation.Result sync(Path clone, String me) throws CorpusException {
		return new SyncOperation(clone, me).execute(new NullProgressMonitor());
	}

	private static String read(Path root, String path) throws IOException {
		return Files.readString(root.resolve(path));
	}

	@Test
	void thatTwoPeopleOnDifferentDocumentsShareEverythingWithoutAConflict() throws Exception {
		layer(alice, "a.txt", "alice", "FINISHED", "alice");
		layer(bob, "b.txt", "bob", "IN_PROGRESS", "bob");
		SyncOperation.Result a = sync(alice, "alice");
		assertThat(a.shared()).containsExactlyInAnyOrder("annotations/a.txt/alice.xmi", "annotations/a.txt/alice.json");
		assertThat(a.remote()).isEqualTo("origin");
		layer(alice, "c.txt", "alice", "IN_PROGRESS", "alice");
		SyncOperation.Result b = new SyncOperation(bob, "bob").beforePush(() -> {
			try {
				sync(alice, "alice"); // alice pushes between bob's fetch and his push
			} catch (CorpusException e) {
				throw new IllegalStateException(e);
			}
		}).execute(new NullProgressMonitor());
		assertThat(b.attempts()).as("bob's first push is refused: alice pushed meanwhile").isGreaterThanOrEqualTo(2);
		assertThat(b.arrived()).containsExactly(new SyncOperation.Arrival("a.txt", "alice"), new SyncOperation.Arrival("c.txt", "alice"));
		assertThat(b.conflicts()).isEmpty();
		SyncOperation.Result again = sync(alice, "alice");
		assertThat(again.arrived()).containsExactly(new SyncOperation.Arrival("b.txt", "bob"));
		assertThat(read(alice, "annotations/b.txt/bob.xmi")).contains("decided b.txt");
		assertThat(read(bob, "annotations/a.txt/alice.xmi")).contains("decided a.txt");
		try (Git git = Git.open(alice.toFile())) {
			RevCommit last = git.log().add(git.getRepository().resolve("origin/main")).setMaxCount(3).call().iterator().next();
			assertThat(last.getFullMessage()).startsWith("Merge");
			assertThat(git.status().call().isClean()).isTrue();
		}
	}

	@Test
	void thatTheCommitNamesTheDocumentsByWhatHappened() throws Exception {
		try (Git git = Git.open(alice.toFile())) {
			var config = git.getRepository().getConfig();
			config.setString("user", null, "name", "Alice Martin");
			config.save();
		}
		layer(alice, "a.txt", "alice", "FINISHED", "alice");
		layer(alice, "c.txt", "alice", "IN_PROGRESS", "alice");
		sync(alice, "alice");
		try (Git git = Git.open(alice.toFile())) {
			RevCommit last = git.log().setMaxCount(1).call().iterator().next();
			assertThat(last.getShortMessage()).isEqualTo("alice: finished a.txt; in progress c.txt");
			assertThat(last.getAuthorIdent().getName()).as("git's own identity of the person").isEqualTo("Alice Martin");
		}
	}

	@Test
	void thatAnotherPersonsLayerChangedHereIsNeverSharedAndKeptAside() throws Exception {
		layer(bob, "b.txt", "bob", "FINISHED", "bob");
		sync(bob, "bob");
		sync(alice, "alice");
		// alice's clone: bob's layer changed here (an import under his name), and a new layer of carol's
		write(alice, "annotations/b.txt/bob.xmi", "<bob overwritten here/>");
		layer(alice, "c.txt", "carol", "FINISHED", "carol");
		layer(alice, "a.txt", "alice", "IN_PROGRESS", "alice");
		SyncOperation.Result r = sync(alice, "alice");
		assertThat(r.shared()).containsExactlyInAnyOrder("annotations/a.txt/alice.xmi", "annotations/a.txt/alice.json");
		assertThat(r.replaced()).contains("annotations/b.txt/bob.xmi", "annotations/c.txt/carol.xmi");
		assertThat(read(alice, "annotations/b.txt/bob.xmi")).isEqualTo("<bob decided b.txt FINISHED by bob/>");
		try (var backups = Files.walk(alice.resolve(".assay-backups"))) {
			assertThat(backups.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
					.contains("bob.xmi", "carol.xmi", "carol.json");
		}
		sync(bob, "bob");
		assertThat(bob.resolve("annotations/c.txt/carol.xmi")).doesNotExist();
		assertThat(read(bob, "annotations/b.txt/bob.xmi")).isEqualTo("<bob decided b.txt FINISHED by bob/>");
	}

	@Test
	void thatTwoCuratorsOfOneDocumentKeepBothVersionsAndAreTold() throws Exception {
		layer(alice, "a.txt", "curation", "CURATED", "alice");
		layer(bob, "a.txt", "curation", "CURATED", "bob");
		sync(alice, "alice");
		SyncOperation.Result r = sync(bob, "bob");
		assertThat(r.conflicts()).extracting(SyncOperation.KeptVersion::path)
				.containsExactlyInAnyOrder("annotations/a.txt/curation.xmi", "annotations/a.txt/curation.json");
		assertThat(r.conflicts().get(0).why()).isEqualTo("two curators curated a.txt");
		assertThat(read(bob, "annotations/a.txt/curation.xmi")).as("alice's, already shared, stays in place").contains("a.txt");
		assertThat(LayerRecord.read(bob.resolve("annotations/a.txt/curation.json")).orElseThrow().by).isEqualTo("alice");
		assertThat(LayerRecord.read(bob.resolve(".assay-conflicts/annotations/a.txt/curation.json")).orElseThrow().by)
				.as("bob's own is kept").isEqualTo("bob");
		try (Git git = Git.open(bob.toFile())) {
			assertThat(git.status().call().getConflicting()).isEmpty();
		}
		assertThat(sync(alice, "alice").conflicts()).isEmpty();
	}

	@Test
	void thatTwoEditsOfTheManifestAreMergedSettingBySetting() throws Exception {
		write(alice, "assay.json", "{\n  \"format\" : \"assay-corpus\",\n  \"tagset\" : [ \"PERSON\", \"LOCATION\", \"WEAPON\" ]\n}\n");
		write(bob, "assay.json", "{\n  \"format\" : \"assay-corpus\",\n  \"tagset\" : [ \"PERSON\", \"LOCATION\", \"DRUG\" ],\n  \"team\" : { \"annotatorsPerDocument\" : 2 }\n}\n");
		sync(alice, "alice");
		SyncOperation.Result r = sync(bob, "bob");
		assertThat(r.conflicts()).isEmpty();
		String merged = read(bob, "assay.json");
		sync(alice, "alice");
		assertThat(read(alice, "assay.json")).isEqualTo(merged);
		assertThat(merged).contains("WEAPON", "DRUG", "\"annotatorsPerDocument\" : 2");
		write(alice, "assay.json", merged.replace("2", "3"));
		write(bob, "assay.json", merged.replace("2", "1"));
		sync(alice, "alice");
		SyncOperation.Result both = sync(bob, "bob");
		assertThat(both.conflicts()).singleElement().satisfies(k -> {
			assertThat(k.path()).isEqualTo("assay.json");
			assertThat(k.why()).contains("team.annotatorsPerDocument");
			assertThat(Files.readString(k.mine())).contains("\"annotatorsPerDocument\" : 1");
		});
		assertThat(read(bob, "assay.json")).contains("\"annotatorsPerDocument\" : 3");
	}

	@Test
	void thatASyncKilledInTheMiddleOfAMergeIsCompletedByTheNext() throws Exception {
		layer(bob, "b.txt", "bob", "FINISHED", "bob");
		sync(bob, "bob");
		layer(alice, "a.txt", "alice", "FINISHED", "alice");
		try (Git git = Git.open(alice.toFile())) {
			git.add().addFilepattern("annotations").call();
			git.commit().setMessage("alice's work").setAuthor("alice", "a@x").setCommitter("alice", "a@x").call();
			git.fetch().call();
			// the state a kill between the merge and its commit leaves: MERGE_HEAD, a lock file
			git.merge().include(git.getRepository().resolve("origin/main")).setCommit(false).call();
		}
		Files.writeString(alice.resolve(".git/index.lock"), "");
		Files.writeString(alice.resolve(".git/refs/heads/main.lock"), "");
		layer(alice, "c.txt", "alice", "IN_PROGRESS", "alice");
		SyncOperation.Result r = sync(alice, "alice");
		assertThat(r.shared()).contains("annotations/c.txt/alice.xmi");
		sync(bob, "bob");
		for (Path clone : List.of(alice, bob)) {
			assertThat(read(clone, "annotations/a.txt/alice.xmi")).contains("FINISHED");
			assertThat(read(clone, "annotations/c.txt/alice.xmi")).contains("IN_PROGRESS");
			assertThat(read(clone, "annotations/b.txt/bob.xmi")).contains("FINISHED");
		}
		assertThat(alice.resolve(".git/index.lock")).doesNotExist();
	}

	@Test
	void thatTakingADocumentSharesOnlyThatDocument() throws Exception {
		layer(alice, "a.txt", "alice", "IN_PROGRESS", "alice");
		layer(alice, "b.txt", "alice", "NEW", "alice");
		SyncOperation.Result r = new SyncOperation(alice, "alice").only(Set.of("annotations/b.txt/alice.json", "annotations/b.txt/alice.xmi"))
				.execute(new NullProgressMonitor());
		assertThat(r.shared()).containsExactlyInAnyOrder("annotations/b.txt/alice.json", "annotations/b.txt/alice.xmi");
		sync(bob, "bob");
		assertThat(bob.resolve("annotations/b.txt/alice.json")).exists();
		assertThat(bob.resolve("annotations/a.txt/alice.xmi")).doesNotExist();
		assertThat(alice.resolve("annotations/a.txt/alice.xmi")).as("not shared, still here").exists();
	}

	@Test
	void thatACorpusWithoutARemoteIsCommittedOnly() throws Exception {
		Path local = dir.resolve("local");
		try (Git git = Git.init().setInitialBranch("main").setDirectory(local.toFile()).call()) {
			write(local, "assay.json", "{}\n");
		}
		layer(local, "a.txt", "alice", "FINISHED", "alice");
		SyncOperation.Result r = sync(local, "alice");
		assertThat(r.remote()).isNull();
		assertThat(r.shared()).contains("assay.json", "annotations/a.txt/alice.xmi");
		try (Git git = Git.open(local.toFile())) {
			assertThat(git.status().call().isClean()).isTrue();
		}
	}

	@Test
	void thatAFolderOutsideGitIsToldHowToShareIt() {
		Path plain = dir.resolve("plain");
		assertThatThrownBy(() -> sync(Files.createDirectories(plain), "alice")).isInstanceOf(CorpusException.class)
				.hasMessageContaining("is not in a git repository");
	}

	@Test
	void thatAnUnreachableRemoteIsOneLineNamingIt() throws Exception {
		try (Git git = Git.open(alice.toFile())) {
			var config = git.getRepository().getConfig();
			config.setString("remote", "origin", "url", dir.resolve("gone.git").toUri().toString());
			config.save();
		}
		layer(alice, "a.txt", "alice", "FINISHED", "alice");
		assertThatThrownBy(() -> sync(alice, "alice")).isInstanceOf(CorpusException.class).hasMessageContaining("cannot reach origin");
		try (Git git = Git.open(alice.toFile())) {
			assertThat(new String(git.getRepository().open(git.getRepository().resolve(Constants.HEAD + ":annotations/a.txt/alice.xmi"))
					.getBytes(), StandardCharsets.UTF_8)).as("committed locally, shared at the next sync").contains("FINISHED");
		}
	}
}
