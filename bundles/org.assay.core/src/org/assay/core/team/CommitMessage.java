package org.assay.core.team;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.LayerRecord;

/**
 * The message of a sync's commit, naming the documents by what happened to them ("alice:
 * finished 000.txt, 003.txt; in progress 001.txt"), so the history reads as the team's log.
 */
final class CommitMessage {

	private CommitMessage() {
	}

	static String of(String me, Path root, List<String> added, List<String> removed) {
		Map<String, TreeSet<String>> byState = new TreeMap<>();
		TreeSet<String> other = new TreeSet<>();
		for (String path : added) {
			Optional<Authorship.Layer> layer = Authorship.Layer.of(path);
			if (layer.isPresent() && !layer.get().layer().equals(Corpus.ENGINE_LAYER)) {
				DocumentState state = LayerRecord.readQuietly(root.resolve("annotations").resolve(layer.get().document())
						.resolve(layer.get().layer() + LayerRecord.EXTENSION)).map(LayerRecord::state).orElse(DocumentState.IN_PROGRESS);
				String what = switch (state) {
				case NEW -> "took";
				case IN_PROGRESS -> "in progress";
				case FINISHED -> "finished";
				case CURATED -> "curated";
				};
				byState.computeIfAbsent(what, k -> new TreeSet<>()).add(layer.get().document());
			} else {
				other.add(path);
			}
		}
		List<String> parts = new ArrayList<>();
		for (String what : List.of("finished", "curated", "in progress", "took")) {
			TreeSet<String> docs = byState.get(what);
			if (docs != null) {
				parts.add(what + " " + summary(docs));
			}
		}
		if (!other.isEmpty()) {
			parts.add("updated " + summary(other));
		}
		if (!removed.isEmpty()) {
			parts.add("removed " + summary(new TreeSet<>(removed)));
		}
		StringBuilder message = new StringBuilder(me + ": " + (parts.isEmpty() ? "no changes" : String.join("; ", parts)));
		message.append("\n\n");
		for (String path : added) {
			message.append("  ").append(path).append('\n');
		}
		for (String path : removed) {
			message.append("  ").append(path).append(" (removed)\n");
		}
		return message.toString();
	}

	/** At most five names, then how many more. */
	private static String summary(TreeSet<String> names) {
		List<String> shown = names.stream().limit(5).toList();
		return String.join(", ", shown) + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "");
	}
}
