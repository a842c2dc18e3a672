package org.assay.core.corpus;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a layer of a document stands in the review workflow. */
public enum DocumentState {
	NEW, IN_PROGRESS, FINISHED, CURATED;

	/** The state of that name, or null when there is none (never an exception). */
	public static DocumentState parse(String name) {
		for (DocumentState s : values()) {
			if (s.name().equals(name)) {
				return s;
			}
		}
		return null;
	}

	/** "NEW, IN_PROGRESS, FINISHED, CURATED", for messages. */
	public static String names() {
		return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
