package org.assay.core.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges two people's edits of the corpus manifest ({@code assay.json}) field by field, where a
 * line-by-line merge would call any two edits near each other a conflict: what only one side
 * changed is taken, labels added on both sides are all kept, and only a setting both sides gave
 * different values is a conflict — then the other side's value stays (it is already shared) and
 * the conflict is reported, so the person syncing chooses.
 */
final class ManifestMerge {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/** The merged manifest and the settings both sides changed differently ({@code "recommenders.sequence.threshold"}). */
	record Result(byte[] merged, List<String> conflicts) {
	}

	private ManifestMerge() {
	}

	/**
	 * @param base   the manifest both started from (empty when both added it)
	 * @param ours   this side's
	 * @param theirs the other side's
	 */
	static Result merge(byte[] base, byte[] ours, byte[] theirs) throws IOException {
		JsonNode b = base.length == 0 ? JsonNodeFactory.instance.objectNode() : JSON.readTree(base);
		JsonNode o = JSON.readTree(ours);
		JsonNode t = JSON.readTree(theirs);
		List<String> conflicts = new ArrayList<>();
		JsonNode merged = merge("", b, o, t, conflicts);
		return new Result((JSON.writeValueAsString(merged) + "\n").getBytes(StandardCharsets.UTF_8), conflicts);
	}

	private static JsonNode merge(String path, JsonNode base, JsonNode ours, JsonNode theirs, List<String> conflicts) {
		if (Objects.equals(ours, theirs) || Objects.equals(ours, base)) {
			return theirs;
		}
		if (Objects.equals(theirs, base)) {
			return ours;
		}
		if (ours instanceof ObjectNode o && theirs instanceof ObjectNode t) {
			ObjectNode b = base instanceof ObjectNode bo ? bo : JsonNodeFactory.instance.objectNode();
			ObjectNode result = JsonNodeFactory.instance.objectNode();
			Set<String> keys = new LinkedHashSet<>();
			t.fieldNames().forEachRemaining(keys::add);
			o.fieldNames().forEachRemaining(keys::add);
			for (String key : keys) {
				JsonNode merged = merge(path.isEmpty() ? key : path + "." + key, b.get(key), o.get(key), t.get(key), conflicts);
				if (merged != null) {
					result.set(key, merged);
				}
			}
			return result;
		}
		if (ours instanceof ArrayNode o && theirs instanceof ArrayNode t && allText(o) && allText(t)) {
			// a list of names (labels, annotators): what either side added is kept, in their order then ours
			ArrayNode result = JsonNodeFactory.instance.arrayNode();
			Set<String> seen = new LinkedHashSet<>();
			for (JsonNode n : t) {
				seen.add(n.asText());
			}
			for (JsonNode n : o) {
				seen.add(n.asText());
			}
			Set<String> removed = new LinkedHashSet<>();
			if (base instanceof ArrayNode b) {
				// a name one side removed and the other kept unchanged is removed
				for (JsonNode n : b) {
					boolean inOurs = contains(o, n.asText());
					boolean inTheirs = contains(t, n.asText());
					if (inOurs != inTheirs) {
						removed.add(n.asText());
					}
				}
			}
			seen.removeAll(removed);
			seen.forEach(result::add);
			return result;
		}
		conflicts.add(path);
		return theirs;
	}

	private static boolean allText(ArrayNode array) {
		for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
			if (!it.next().isTextual()) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(ArrayNode array, String text) {
		for (JsonNode n : array) {
			if (n.asText().equals(text)) {
				return true;
			}
		}
		return false;
	}
}
