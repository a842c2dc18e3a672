package org.assay.core.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.io.AtomicFileWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * This side's versions of files that collided in a sync, kept under {@code .assay-conflicts/}
 * until the person chooses: theirs (the version in place) or mine. A layer and its record are
 * chosen together; for the manifest only the settings both sides changed take this side's value.
 */
public final class KeptVersions {

	/** Beside a kept manifest: the settings that collided, one dotted path a line. */
	static final String SETTINGS = ".settings";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private KeptVersions() {
	}

	/** The corpus paths that have a kept version waiting for a choice. */
	public static List<String> waiting(Path root) throws CorpusException {
		Path folder = root.resolve(SyncOperation.CONFLICTS);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
					.filter(p -> !p.endsWith(SETTINGS)).sorted().toList();
		} catch (IOException e) {
			throw new CorpusException(folder, "cannot be listed: " + e.getMessage(), e);
		}
	}

	/**
	 * Settles the collision of {@code path}: with {@code mine}, this side's version goes in place
	 * (shared by the next sync); otherwise the version in place stays. The kept copy is removed.
	 *
	 * @return the corpus paths that changed in place
	 */
	public static List<String> resolve(Path root, String path, boolean mine) throws CorpusException {
		List<String> paths = new ArrayList<>(List.of(path));
		Authorship.Layer.of(path).ifPresent(l -> {
			String sibling = "annotations/" + l.document() + "/" + l.layer() + (l.isRecord() ? ".xmi" : ".json");
			if (Files.exists(root.resolve(SyncOperation.CONFLICTS).resolve(sibling))) {
				paths.add(sibling);
			}
		});
		Path conflicts = root.resolve(SyncOperation.CONFLICTS);
		if (!Files.isRegularFile(conflicts.resolve(path))) {
			throw new CorpusException(conflicts.resolve(path), "holds no kept version of " + path + "; 'assay sync' lists what waits for a choice");
		}
		List<String> changed = new ArrayList<>();
		try {
			for (String p : paths) {
				Path kept = conflicts.resolve(p);
				if (mine) {
					byte[] bytes = p.equals(Corpus.MANIFEST) ? mineForSettings(root.resolve(p), kept) : Files.readAllBytes(kept);
					AtomicFileWriter.write(root.resolve(p), out -> out.write(bytes));
					changed.add(p);
				}
				Files.deleteIfExists(kept);
				Files.deleteIfExists(kept.resolveSibling(kept.getFileName() + SETTINGS));
			}
		} catch (IOException e) {
			throw new CorpusException(conflicts.resolve(path), "cannot be taken: " + e.getMessage(), e);
		}
		return changed;
	}

	/** The manifest in place with this side's value of each setting that collided. */
	private static byte[] mineForSettings(Path inPlace, Path kept) throws IOException {
		JsonNode current = JSON.readTree(inPlace.toFile());
		JsonNode ours = JSON.readTree(kept.toFile());
		Path settings = kept.resolveSibling(kept.getFileName() + SETTINGS);
		List<String> collided = Files.exists(settings) ? Files.readAllLines(settings, StandardCharsets.UTF_8) : List.of();
		for (String setting : collided) {
			String[] keys = setting.split("\\.");
			JsonNode from = ours;
			JsonNode into = current;
			for (int i = 0; i < keys.length - 1 && from != null; i++) {
				from = from.get(keys[i]);
				JsonNode next = into.get(keys[i]);
				if (next == null && into instanceof ObjectNode o) {
					next = o.putObject(keys[i]);
				}
				into = next;
			}
			if (from != null && into instanceof ObjectNode target) {
				JsonNode value = from.get(keys[keys.length - 1]);
				if (value == null) {
					target.remove(keys[keys.length - 1]);
				} else {
					target.set(keys[keys.length - 1], value);
				}
			}
		}
		return (JSON.writeValueAsString(current) + "\n").getBytes(StandardCharsets.UTF_8);
	}
}
