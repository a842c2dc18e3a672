package org.assay.engines.ner;

import org.assay.type.Entity;

/** A recognised name, token-indexed (inclusive), before it becomes an {@link Entity}. */
final class Mention {
	final int first;
	final int last;
	final String label;
	final double confidence;
	/** The earlier full mention this one is a short form or repetition of. */
	Mention antecedent;
	Entity annotation;

	Mention(int first, int last, String label, double confidence) {
		this.first = first;
		this.last = last;
		this.label = label;
		this.confidence = confidence;
	}

	/** The first mention of the chain this one belongs to. */
	Mention root() {
		return antecedent != null ? antecedent : this;
	}
}
