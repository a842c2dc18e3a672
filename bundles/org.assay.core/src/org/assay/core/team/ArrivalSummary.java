package org.assay.core.team;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerRecord;
import org.assay.core.team.Workload.DocumentRecords;

/**
 * What a sync brought in, in the words a person wants after pulling their colleagues' work:
 * "bob finished 4 documents; 2 are ready to curate".
 */
public final class ArrivalSummary {

	private ArrivalSummary() {
	}

	/** One line per person who changed something, then what is ready to curate; empty when nothing came in. */
	public static List<String> of(Corpus corpus, Workload workload, List<SyncOperation.Arrival> arrived) throws CorpusException {
		Map<String, Map<String, Integer>> byPerson = new TreeMap<>();
		Set<String> documents = new LinkedHashSet<>();
		for (SyncOperation.Arrival a : arrived) {
			if (!corpus.contains(a.document())) {
				continue;
			}
			documents.add(a.document());
			LayerRecord record = TeamRecords.record(corpus, a.document(), a.layer());
			String who = a.layer().equals(Corpus.CURATION_LAYER) ? (record.by == null ? "a curator" : record.by) : a.layer();
			String what = switch (record.state()) {
			case NEW -> "took";
			case IN_PROGRESS -> "worked on";
			case FINISHED -> "finished";
			case CURATED -> "curated";
			};
			byPerson.computeIfAbsent(who, k -> new TreeMap<>()).merge(what, 1, Integer::sum);
		}
		List<String> lines = new ArrayList<>();
		byPerson.forEach((who, counts) -> {
			List<String> parts = new ArrayList<>();
			for (String what : List.of("finished", "curated", "worked on", "took")) {
				Integer n = counts.get(what);
				if (n != null) {
					parts.add(what + " " + n + " document" + (n == 1 ? "" : "s"));
				}
			}
			lines.add(who + " " + String.join(", ", parts));
		});
		if (!documents.isEmpty()) {
			List<DocumentRecords> records = new ArrayList<>();
			for (String id : documents) {
				records.add(TeamRecords.read(corpus, id));
			}
			int ready = workload.readyToCurate(records).size();
			if (ready > 0) {
				lines.add(ready + (ready == 1 ? " is" : " are") + " ready to curate");
			}
		}
		return lines;
	}
}
