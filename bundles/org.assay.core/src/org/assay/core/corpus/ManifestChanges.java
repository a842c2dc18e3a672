package org.assay.core.corpus;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What this process changed in a corpus's manifest since it read it, so a save merges with what
 * other processes saved meanwhile instead of overwriting it: the union of labels; their
 * recommender settings, ours where we changed them; the team, ours when we changed it. The
 * states of format 1 and its annotators stay as they are on disk.
 */
final class ManifestChanges {

	private final Set<String> recommenders = new HashSet<>();
	private boolean team;

	/** We changed the settings of recommender {@code name}. */
	void recommender(String name) {
		recommenders.add(name);
	}

	/** We changed the team. */
	void team() {
		team = true;
	}

	/** {@code disk}, the manifest as saved now, with {@code ours} on top where we changed it. */
	Manifest merge(Manifest disk, Manifest ours) {
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
		if (team || disk.team == null) {
			disk.team = ours.team;
		}
		disk.typeSystemVersion = ours.typeSystemVersion != null ? ours.typeSystemVersion : disk.typeSystemVersion;
		disk.formatVersion = Manifest.FORMAT_VERSION;
		return disk;
	}

	/** Everything changed is saved: nothing is ours alone any more. */
	void clear() {
		recommenders.clear();
		team = false;
	}
}
