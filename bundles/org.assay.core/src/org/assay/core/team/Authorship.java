package org.assay.core.team;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.assay.core.corpus.Corpus;

/**
 * Who writes a file of a corpus folder, from its place in the folder: what a sync shares, keeps
 * or leaves alone follows from it. A layer and its record are written by the person the layer is
 * named after (the curated layer by the curator its record names); the texts, the engine layer
 * and the manifest are the team's, written rarely; caches, models, logs, locks, backups and kept
 * conflicts are this machine's own and never travel.
 */
public final class Authorship {

	/** Whose a file is. */
	public enum Owner {
		/** Written by the person syncing: shared by their sync. */
		MINE,
		/** Another person's layer or record: never committed by this person. */
		OTHERS,
		/** Set up once for the whole team (texts, engine layer, manifest, type system). */
		TEAM,
		/** Made on this machine from the rest (caches, models, logs, locks, temporary files). */
		DERIVED
	}

	/** Folders and files of a corpus that are this machine's own. */
	private static final List<String> LOCAL = List.of(".assay-cache/", ".assay-logs/", ".assay-models/",
			".assay-backups/", ".assay-conflicts/", ".assay-lock", ".assay-sync");

	private final String me;
	private final Function<String, Optional<String>> curator;

	/**
	 * @param me      the annotator id of the person syncing
	 * @param curator document id → who wrote its curated layer, from the layer's record
	 */
	public Authorship(String me, Function<String, Optional<String>> curator) {
		this.me = me;
		this.curator = curator;
	}

	/** Whose the file at {@code path} (relative to the corpus folder, with '/') is. */
	public Owner of(String path) {
		for (String local : LOCAL) {
			if (path.equals(local) || path.startsWith(local.endsWith("/") ? local : local + "/")) {
				return Owner.DERIVED;
			}
		}
		String name = path.substring(path.lastIndexOf('/') + 1);
		if (name.endsWith(".tmp") || name.endsWith(".bin") && path.startsWith("annotations/")) {
			return Owner.DERIVED;
		}
		Optional<Layer> layer = Layer.of(path);
		if (layer.isEmpty()) {
			return Owner.TEAM;
		}
		String id = layer.get().layer();
		if (id.equals(Corpus.ENGINE_LAYER)) {
			return Owner.TEAM;
		}
		if (id.equals(Corpus.CURATION_LAYER)) {
			// a curated layer whose curator is not recorded (an older release, a curation made without a name) is the team's
			return curator.apply(layer.get().document()).map(by -> by.equals(me) ? Owner.MINE : Owner.OTHERS).orElse(Owner.TEAM);
		}
		return id.equals(me) ? Owner.MINE : Owner.OTHERS;
	}

	/** The document and layer a corpus path belongs to: {@code annotations/<document>/<layer>.(xmi|json)}. */
	public record Layer(String document, String layer, boolean isRecord) {

		/** The layer file or record at {@code path}, if it is one. */
		public static Optional<Layer> of(String path) {
			if (!path.startsWith("annotations/")) {
				return Optional.empty();
			}
			int slash = path.lastIndexOf('/');
			String name = path.substring(slash + 1);
			if (slash <= "annotations/".length() - 1 || !(name.endsWith(".xmi") || name.endsWith(".json"))) {
				return Optional.empty();
			}
			boolean record = name.endsWith(".json");
			String layer = name.substring(0, name.length() - (record ? 5 : 4));
			return Optional.of(new Layer(path.substring("annotations/".length(), slash), layer, record));
		}
	}
}
