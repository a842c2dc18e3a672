package org.assay.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerRecord;
import org.assay.core.corpus.TeamPolicy;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Next Document" on two clones of one corpus: a take is shared at once, and a race is settled by the push. */
class NextDocumentOperationTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path dir;
	Path alice;
	Path bob;

	@BeforeEach
	void aCorpusOfThreeDocumentsClonedTwice() throws Exception {
		Path remote = dir.resolve("remote.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path setup = dir.resolve("setup");
		Corpus corpus = Corpus.openOrCreate(setup);
		for (String id : new String[] { "d0.txt", "d1.txt", "d2.txt" }) {
			corpus.putText(id, "Text of " + id + ".");
		}
		corpus.save();
		try (Git git = Git.init().setInitialBranch("main").setDirectory(setup.toFile()).call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("corpus").setAuthor("m", "m@x").setCommitter("m", "m@x").call();
			git.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
			git.push().setRemote("origin").add("main").call();
		}
		alice = dir.resolve("alice");
		bob = dir.resolve("bob");
		Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(alice.toFile()).call().close();
		Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(bob.toFile()).call().close();
	}

	private static NextDocumentOperation.Result next(Path clone, String me) throws Exception {
		return new NextDocumentOperation(Corpus.open(clone), me).clock(CLOCK).execute(new NullProgressMonitor());
	}

	@Test
	void thatATakenDocumentIsNotHandedToASecondPersonWhenOneIsEnough() throws Exception {
		NextDocumentOperation.Result a = next(alice, "alice");
		assertThat(a.document()).contains("d0.txt");
		assertThat(a.shared()).isTrue();
		LayerRecord take = LayerRecord.read(alice.resolve("annotations/d0.txt/alice.json")).orElseThrow();
		assertThat(take.state).isEqualTo("NEW");
		assertThat(take.takenAt).isEqualTo("2026-12-07T12:00:00Z");
		// bob has not synced: his clone still shows d0 free; his take is refused by what the push brings in
		NextDocumentOperation.Result b = next(bob, "bob");
		assertThat(b.givenBack()).containsExactly("d0.txt");
		assertThat(b.document()).contains("d1.txt");
		assertThat(bob.resolve("annotations/d0.txt/bob.json")).doesNotExist();
		assertThat(bob.resolve("annotations/d0.txt/alice.json")).exists();
		assertThat(next(alice, "alice").document()).as("alice gets her own unfinished document back").contains("d0.txt");
		assertThat(next(alice, "alice").resumed()).isTrue();
	}

	@Test
	void thatTwoAnnotatorsPerDocumentShareOneDocument() throws Exception {
		Corpus corpus = Corpus.open(alice);
		TeamPolicy policy = new TeamPolicy();
		policy.annotatorsPerDocument = 2;
		corpus.setTeam(policy);
		corpus.save();
		new SyncOperation(alice, "alice").execute(null);
		new SyncOperation(bob, "bob").execute(null);
		assertThat(next(alice, "alice").document()).contains("d0.txt");
		assertThat(next(bob, "bob").document()).as("d0 needs a second annotator: bob joins it").contains("d0.txt");
		NextDocumentOperation.Result carol = new NextDocumentOperation(Corpus.open(bob), "carol").clock(CLOCK).share(false)
				.execute(null);
		assertThat(carol.document()).contains("d1.txt");
	}

	@Test
	void thatSomeoneOutsideTheTeamIsToldSo() throws Exception {
		Corpus corpus = Corpus.open(alice);
		TeamPolicy policy = new TeamPolicy();
		policy.annotators.add("bob");
		corpus.setTeam(policy);
		corpus.save();
		NextDocumentOperation.Result r = next(alice, "alice");
		assertThat(r.document()).isEmpty();
		assertThat(r.why()).isEqualTo("alice is not an annotator of this corpus (assay.json lists bob)");
	}
}
