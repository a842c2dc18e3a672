package org.assay.core.corpus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Who works on a corpus and how its documents are handed out: the {@code "team"} section of
 * {@code assay.json}, set once by whoever runs the project and changed rarely. A corpus without
 * one hands every document to one annotator, anyone may annotate and curate, in document order.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "annotators", "curators", "annotatorsPerDocument", "order", "seed", "abandonAfterHours" })
public final class TeamPolicy {

	/** In which order documents are handed out. */
	public enum Order {
		/** As the corpus lists them (by document id). */
		LISTED,
		/** Shuffled with {@link TeamPolicy#seed}: the same order for everyone, every time. */
		RANDOM,
		/** The documents whose suggestions the engines and recommenders are least sure about first. */
		UNCERTAIN;

		/** The order of that name in any case ("random"), or null. */
		public static Order parse(String name) {
			for (Order o : values()) {
				if (o.name().equalsIgnoreCase(name)) {
					return o;
				}
			}
			return null;
		}
	}

	/** Annotator ids of the people who annotate; empty: anyone may. */
	public List<String> annotators = new ArrayList<>();
	/** Annotator ids of the people who curate; empty: anyone may. */
	public List<String> curators = new ArrayList<>();
	/** How many annotators review each document (1 unless set). */
	public int annotatorsPerDocument = 1;
	/** "listed", "random" or "uncertain". */
	public String order = "listed";
	/** The seed of the random order. */
	public long seed = 42;
	/** Hours a started document may sit untouched before it goes back to the pool. */
	public int abandonAfterHours = 72;

	/** The order, LISTED when the manifest names none Assay knows. */
	public Order order() {
		Order o = Order.parse(order);
		return o == null ? Order.LISTED : o;
	}

	/** How long an untouched document stays with the person who took it. */
	public Duration abandonAfter() {
		return Duration.ofHours(Math.max(1, abandonAfterHours));
	}

	/** Annotators per document, at least one. */
	public int perDocument() {
		return Math.max(1, annotatorsPerDocument);
	}

	/** Whether {@code who} may annotate. */
	public boolean mayAnnotate(String who) {
		return annotators.isEmpty() || annotators.contains(who);
	}

	/** Whether {@code who} may curate. */
	public boolean mayCurate(String who) {
		return curators.isEmpty() || curators.contains(who);
	}

	/** A problem with the policy, phrased for the user, or null. */
	public String problem() {
		if (annotatorsPerDocument < 1) {
			return "asks for " + annotatorsPerDocument + " annotators per document; give at least 1";
		}
		if (Order.parse(order) == null) {
			return "orders documents \"" + order + "\"; expected listed, random or uncertain";
		}
		if (abandonAfterHours < 1) {
			return "gives documents back after " + abandonAfterHours + " hours; give at least 1";
		}
		if (!annotators.isEmpty() && annotators.size() < annotatorsPerDocument) {
			return "asks for " + annotatorsPerDocument + " annotators per document but lists " + annotators.size();
		}
		return null;
	}
}
