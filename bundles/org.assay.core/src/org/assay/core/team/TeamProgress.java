package org.assay.core.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.core.corpus.TeamPolicy;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.LayerRecord;
import org.assay.core.team.Workload.DocumentRecords;
import org.assay.core.team.Workload.Holding;

/**
 * How far a team is, from the layers' records alone: per annotator the documents finished, in
 * progress, taken and abandoned, the active time spent and how their suggestions were decided;
 * per document who has it and whether it is curated; what the curator has left. The figures a
 * manager puts in a weekly report.
 */
public final class TeamProgress {

	/** One annotator's figures. */
	public record Annotator(String id, int finished, int inProgress, int taken, int abandoned, long activeSeconds,
			long activeSecondsFinished, int accepted, int corrected, int rejected, int manual, int open) {

		/** Mean active seconds per finished document, or 0. */
		public long secondsPerFinishedDocument() {
			return finished == 0 ? 0 : activeSecondsFinished / finished;
		}
	}

	/** Who holds one document and how far it is. */
	public record Document(String id, Map<String, String> annotators, boolean readyToCurate, String curatedBy, boolean curated) {
	}

	/** The whole report. */
	public record Report(TeamPolicy policy, List<Annotator> annotators, List<Document> documents, int readyToCurate,
			int curated, Map<String, List<String>> overAssigned) {
	}

	private TeamProgress() {
	}

	/** One annotator's figures while they are counted. */
	private static final class Tally {
		int finished, inProgress, taken, abandoned, accepted, corrected, rejected, manual, open;
		long activeSeconds, activeSecondsFinished;

		void add(LayerRecord r, Holding holding) {
			switch (holding) {
			case FINISHED -> {
				finished++;
				activeSecondsFinished += r.activeSeconds;
			}
			case ABANDONED -> abandoned++;
			case ACTIVE -> {
				if (r.state() == DocumentState.NEW) {
					taken++;
				} else {
					inProgress++;
				}
			}
			}
			activeSeconds += r.activeSeconds;
			if (r.decisions != null) {
				accepted += r.decisions.accepted;
				corrected += r.decisions.corrected;
				rejected += r.decisions.rejected;
				manual += r.decisions.manual;
				open += r.decisions.open;
			}
		}

		Annotator of(String id) {
			return new Annotator(id, finished, inProgress, taken, abandoned, activeSeconds, activeSecondsFinished, accepted,
					corrected, rejected, manual, open);
		}
	}

	/** The report of the documents' records under {@code workload}'s policy. */
	public static Report of(TeamPolicy policy, Workload workload, List<DocumentRecords> records) {
		Map<String, Tally> tallies = new TreeMap<>();
		for (String listed : policy.annotators) {
			tallies.put(listed, new Tally());
		}
		List<String> ready = workload.readyToCurate(records);
		List<Document> documents = new ArrayList<>();
		int curated = 0;
		for (DocumentRecords doc : records) {
			Map<String, String> holders = new TreeMap<>();
			for (Map.Entry<String, LayerRecord> e : doc.annotators().entrySet()) {
				LayerRecord r = e.getValue();
				Holding holding = workload.holding(r);
				tallies.computeIfAbsent(e.getKey(), k -> new Tally()).add(r, holding);
				holders.put(e.getKey(), switch (holding) {
				case FINISHED -> r.state().name();
				case ABANDONED -> "ABANDONED";
				case ACTIVE -> r.state() == DocumentState.NEW ? "TAKEN" : r.state().name();
				});
			}
			boolean isCurated = doc.isCurated();
			curated += isCurated ? 1 : 0;
			documents.add(new Document(doc.document(), holders, ready.contains(doc.document()),
					doc.curation().map(r -> r.by).orElse(null), isCurated));
		}
		List<Annotator> annotators = new ArrayList<>();
		tallies.forEach((id, tally) -> annotators.add(tally.of(id)));
		return new Report(policy, annotators, documents, ready.size(), curated, workload.overAssigned(records));
	}
}
