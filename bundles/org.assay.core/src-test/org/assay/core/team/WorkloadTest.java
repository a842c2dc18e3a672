package org.assay.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assay.core.corpus.TeamPolicy;
import org.assay.core.corpus.LayerRecord;
import org.assay.core.team.Workload.DocumentRecords;
import org.junit.jupiter.api.Test;

/** Documents handed out under a policy, from the layers' records alone. */
class WorkloadTest {

	static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

	private static TeamPolicy policy(int perDocument, String order) {
		TeamPolicy p = new TeamPolicy();
		p.annotatorsPerDocument = perDocument;
		p.order = order;
		p.abandonAfterHours = 48;
		return p;
	}

	private static Workload workload(TeamPolicy policy) {
		return new Workload(policy, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static LayerRecord record(String state, Duration ago) {
		LayerRecord r = new LayerRecord();
		r.state = state;
		r.changedAt = NOW.minus(ago).toString();
		return r;
	}

	/** Documents d0..d(n-1); {@code held} gives "doc:annotator:STATE:hoursAgo" entries. */
	private static List<DocumentRecords> corpus(int n, String... held) {
		List<Map<String, LayerRecord>> layers = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			layers.add(new LinkedHashMap<>());
		}
		for (String h : held) {
			String[] f = h.split(":");
			layers.get(Integer.parseInt(f[0].substring(1))).put(f[1], record(f[2], Duration.ofHours(Long.parseLong(f[3]))));
		}
		List<DocumentRecords> docs = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			docs.add(new DocumentRecords("d" + i, layers.get(i), Optional.empty()));
		}
		return docs;
	}

	@Test
	void thatEachDocumentGoesToAsManyAnnotatorsAsThePolicyAsks() {
		Workload w = workload(policy(2, "listed"));
		List<DocumentRecords> docs = corpus(3, "d0:alice:IN_PROGRESS:1", "d0:bob:FINISHED:1", "d1:carol:NEW:1");
		assertThat(w.nextToAnnotate("dave", docs, d -> 0)).as("d0 has two, d1 one: d1 first").contains("d1");
		assertThat(w.nextToAnnotate("carol", docs, d -> 0)).as("her own unfinished document first").contains("d1");
		assertThat(w.nextToAnnotate("bob", docs, d -> 0)).as("never one he finished").contains("d1");
	}

	@Test
	void thatAnAbandonedDocumentGoesBackToThePool() {
		Workload w = workload(policy(1, "listed"));
		List<DocumentRecords> docs = corpus(2, "d0:alice:IN_PROGRESS:72", "d1:bob:IN_PROGRESS:1");
		assertThat(w.holding(docs.get(0).annotators().get("alice"))).isEqualTo(Workload.Holding.ABANDONED);
		assertThat(w.nextToAnnotate("carol", docs, d -> 0)).contains("d0");
		assertThat(w.nextToAnnotate("alice", docs, d -> 0)).as("alice comes back to it while nobody else took it").contains("d0");
		List<DocumentRecords> retaken = corpus(2, "d0:alice:IN_PROGRESS:72", "d0:carol:NEW:0", "d1:bob:IN_PROGRESS:1");
		assertThat(w.nextToAnnotate("alice", retaken, d -> 0)).as("carol has it now; nothing left for alice").isEmpty();
	}

	@Test
	void thatNothingIsHandedOutWhenEveryDocumentHasEnoughAnnotators() {
		Workload w = workload(policy(1, "listed"));
		assertThat(w.nextToAnnotate("carol", corpus(2, "d0:alice:FINISHED:1", "d1:bob:IN_PROGRESS:1"), d -> 0)).isEmpty();
	}

	@Test
	void thatTheRandomOrderIsTheSameForEveryoneAndDependsOnTheSeed() {
		TeamPolicy p = policy(1, "random");
		List<DocumentRecords> docs = corpus(50);
		String first = workload(p).nextToAnnotate("alice", docs, d -> 0).orElseThrow();
		assertThat(workload(p).nextToAnnotate("bob", docs, d -> 0)).contains(first);
		assertThat(first).isNotEqualTo("d0");
		List<String> firsts = new ArrayList<>();
		for (long seed = 0; seed < 5; seed++) {
			p.seed = seed;
			firsts.add(workload(p).nextToAnnotate("alice", docs, d -> 0).orElseThrow());
		}
		assertThat(firsts).doesNotHaveDuplicates();
	}

	@Test
	void thatTheLeastCertainDocumentComesFirst() {
		Workload w = workload(policy(1, "uncertain"));
		assertThat(w.nextToAnnotate("alice", corpus(3), d -> d.equals("d2") ? 0.9 : 0.1)).contains("d2");
	}

	@Test
	void thatFinishedDocumentsReachTheCurator() {
		Workload w = workload(policy(2, "listed"));
		List<DocumentRecords> docs = corpus(3, "d0:alice:FINISHED:1", "d0:bob:FINISHED:1", "d1:alice:FINISHED:1", "d1:bob:IN_PROGRESS:1",
				"d2:alice:FINISHED:1", "d2:bob:FINISHED:1");
		assertThat(w.readyToCurate(docs)).containsExactly("d0", "d2");
		assertThat(w.nextToCurate("dave", docs)).contains("d0");
		LayerRecord curated = record("CURATED", Duration.ofHours(1));
		curated.by = "dave";
		List<DocumentRecords> after = new ArrayList<>(docs);
		after.set(0, new DocumentRecords("d0", docs.get(0).annotators(), Optional.of(curated)));
		assertThat(w.nextToCurate("dave", after)).contains("d2");
	}

	@Test
	void thatADocumentHeldByTooManyIsReported() {
		Workload w = workload(policy(1, "listed"));
		assertThat(w.overAssigned(corpus(2, "d0:alice:FINISHED:1", "d0:bob:IN_PROGRESS:1", "d1:carol:IN_PROGRESS:100")))
				.containsExactly(Map.entry("d0", List.of("alice", "bob")));
	}
}
