package org.assay.core.team;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.assay.core.corpus.TeamPolicy;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.LayerRecord;

/**
 * Hands out documents under a {@link TeamPolicy}, from the records of the layers alone (what a
 * sync brings in): each document to as many annotators as the policy asks, never to someone
 * who finished it or to more people than it needs; a document started and left untouched for
 * longer than the policy allows goes back to the pool (its layer stays, nothing is lost). A
 * person gets back their own unfinished document first; then documents others have started, so
 * the documents that need several annotators are completed and reach the curator early; then the
 * policy's order.
 */
public final class Workload {

	/** Where one annotator stands with one document. */
	public enum Holding {
		/** Finished (or curated): counts towards the document's annotators for good. */
		FINISHED,
		/** Taken or in progress, touched within the policy's time. */
		ACTIVE,
		/** Taken or in progress, untouched for longer: back in the pool. */
		ABANDONED
	}

	/** The records of one document: its annotators' layers by annotator id, and its curated layer's if any. */
	public record DocumentRecords(String document, Map<String, LayerRecord> annotators, Optional<LayerRecord> curation) {

		/** Whether the curated layer is marked CURATED. */
		public boolean isCurated() {
			return curation.map(r -> r.state() == DocumentState.CURATED).orElse(false);
		}
	}

	private final TeamPolicy policy;
	private final Clock clock;

	public Workload(TeamPolicy policy, Clock clock) {
		this.policy = policy;
		this.clock = clock;
	}

	/** Where the holder of {@code record} stands now. */
	public Holding holding(LayerRecord record) {
		if (record.state() == DocumentState.FINISHED || record.state() == DocumentState.CURATED) {
			return Holding.FINISHED;
		}
		Instant last = lastTouched(record);
		return last != null && last.plus(policy.abandonAfter()).isBefore(clock.instant()) ? Holding.ABANDONED : Holding.ACTIVE;
	}

	/** When the holder last did something with the layer (took it, wrote it, set its state). */
	public static Instant lastTouched(LayerRecord record) {
		Instant last = null;
		for (String time : new String[] { record.takenAt, record.changedAt, record.stateChangedAt }) {
			Instant t = parse(time);
			if (t != null && (last == null || t.isAfter(last))) {
				last = t;
			}
		}
		return last;
	}

	private static Instant parse(String time) {
		if (time == null) {
			return null;
		}
		try {
			return Instant.parse(time);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** How many annotators other than {@code me} hold the document (finished or active). */
	public int holders(DocumentRecords doc, String me) {
		int n = 0;
		for (Map.Entry<String, LayerRecord> e : doc.annotators().entrySet()) {
			if (!e.getKey().equals(me) && holding(e.getValue()) != Holding.ABANDONED) {
				n++;
			}
		}
		return n;
	}

	/**
	 * The document {@code me} should annotate next, in the order given ({@code documents} in the
	 * corpus's order); {@code uncertainty} scores a document for the UNCERTAIN order (higher: less
	 * sure, first).
	 */
	public Optional<String> nextToAnnotate(String me, List<DocumentRecords> documents, ToDoubleFunction<String> uncertainty) {
		int needed = policy.perDocument();
		for (DocumentRecords doc : documents) {
			LayerRecord mine = doc.annotators().get(me);
			if (mine != null && holding(mine) != Holding.FINISHED && holders(doc, me) < needed && !doc.isCurated()) {
				return Optional.of(doc.document()); // my own unfinished document first
			}
		}
		List<DocumentRecords> open = new ArrayList<>();
		for (DocumentRecords doc : documents) {
			if (!doc.annotators().containsKey(me) && holders(doc, me) < needed && !doc.isCurated()) {
				open.add(doc);
			}
		}
		List<DocumentRecords> ordered = inPolicyOrder(open, uncertainty);
		ordered.sort(Comparator.comparingInt((DocumentRecords d) -> -holders(d, me)));
		return ordered.stream().findFirst().map(DocumentRecords::document);
	}

	/** The open documents in the policy's order (a stable sort keeps it within equal holders). */
	private List<DocumentRecords> inPolicyOrder(List<DocumentRecords> open, ToDoubleFunction<String> uncertainty) {
		List<DocumentRecords> ordered = new ArrayList<>(open);
		switch (policy.order()) {
		case RANDOM -> ordered.sort(Comparator.comparingLong(d -> shuffleKey(policy.seed, d.document())));
		case UNCERTAIN -> ordered.sort(Comparator.comparingDouble((DocumentRecords d) -> -uncertainty.applyAsDouble(d.document())));
		case LISTED -> {
		}
		}
		return ordered;
	}

	/** A document's place in the seeded shuffle: the same for everyone, whatever else the corpus holds. */
	static long shuffleKey(long seed, String document) {
		return new SplittableRandom(seed ^ (document.hashCode() * 0x9E3779B97F4A7C15L)).nextLong();
	}

	/** Documents finished by as many annotators as the policy asks and not curated yet, in corpus order. */
	public List<String> readyToCurate(List<DocumentRecords> documents) {
		List<String> ready = new ArrayList<>();
		for (DocumentRecords doc : documents) {
			long finished = doc.annotators().values().stream().filter(r -> holding(r) == Holding.FINISHED).count();
			if (finished >= policy.perDocument() && !doc.isCurated()) {
				ready.add(doc.document());
			}
		}
		return ready;
	}

	/** The document a curator should curate next: one they started first, then the first ready. */
	public Optional<String> nextToCurate(String curator, List<DocumentRecords> documents) {
		List<String> ready = readyToCurate(documents);
		for (DocumentRecords doc : documents) {
			if (ready.contains(doc.document()) && doc.curation().map(r -> curator.equals(r.by)).orElse(false)) {
				return Optional.of(doc.document());
			}
		}
		for (DocumentRecords doc : documents) {
			if (ready.contains(doc.document()) && doc.curation().map(r -> r.by == null || curator.equals(r.by)
					|| holding(r) == Holding.ABANDONED).orElse(true)) {
				return Optional.of(doc.document());
			}
		}
		return Optional.empty();
	}

	/** Documents held (finished or active) by more annotators than the policy asks, with who holds them. */
	public Map<String, List<String>> overAssigned(List<DocumentRecords> documents) {
		Map<String, List<String>> over = new TreeMap<>();
		for (DocumentRecords doc : documents) {
			List<String> holding = doc.annotators().entrySet().stream().filter(e -> holding(e.getValue()) != Holding.ABANDONED)
					.map(Map.Entry::getKey).sorted().toList();
			if (holding.size() > policy.perDocument()) {
				over.put(doc.document(), holding);
			}
		}
		return over;
	}
}
