package org.assay.core.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What this process changed in a corpus's manifest since it read it, so a save merges with what
 * other processes saved meanwhile instead of overwriting it: their states, ours for the layers we
 * wrote; the union of documents, annotators and labels; their recommender settings, ours where we
 * changed them.
 */
final class ManifestChanges {

	private final Map<String, Set<String>> states = new HashMap<>();
	private final Set<String> recommenders = new HashSet<>();
	private final Set<String> documents = new HashSet<>();

	/** We set the state of {@code layer} of {@code documentId}. */
	void state(String documentId, String layer) {
		states.computeIfAbsent(documentId, k -> new HashSet<>()).add(layer);
	}

	/** We changed the settings of recommender {@code name}. */
	void recommender(String name) {
		recommenders.add(name);
	}

	/** We added document {@code id}. */
	void document(String id) {
		documents.add(id);
	}

	/** {@code disk}, the manifest as saved now, with {@code ours} on top where we changed it. */
	Manifest merge(Manifest disk, Manifest ours) {
		for (String id : documents) {
			disk.statesOf(id);
		}
		for (Map.Entry<String, Map<String, String>> doc : ours.documents.entrySet()) {
			Map<String, String> onDisk = disk.statesOf(doc.getKey());
			Set<String> changed = states.getOrDefault(doc.getKey(), Set.of());
			for (Map.Entry<String, String> e : doc.getValue().entrySet()) {
				if (changed.contains(e.getKey()) || !onDisk.containsKey(e.getKey())) {
					onDisk.put(e.getKey(), e.getValue());
				}
			}
		}
		for (String a : ours.annotators) {
			if (!disk.annotators.contains(a)) {
				disk.annotators.add(a);
			}
		}
		for (String label : ours.tagset) {
			if (!disk.tagset.contains(label)) {
				disk.tagset.add(label);
			}
		}
		if (disk.recommenders == null) {
			disk.recommenders = new TreeMap<>();
		}
		if (ours.recommenders != null) {
			for (Map.Entry<String, Manifest.RecommenderSettings> e : ours.recommenders.entrySet()) {
				if (recommenders.contains(e.getKey()) || !disk.recommenders.containsKey(e.getKey())) {
					disk.recommenders.put(e.getKey(), e.getValue());
				}
			}
		}
		disk.typeSystemVersion = ours.typeSystemVersion != null ? ours.typeSystemVersion : disk.typeSystemVersion;
		return disk;
	}

	/** Everything changed is saved: nothing is ours alone any more. */
	void clear() {
		states.clear();
		recommenders.clear();
		documents.clear();
	}
}
