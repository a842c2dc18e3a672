package org.assay.core.corpus;

/** Where a layer of a document stands in the review workflow. */
public enum DocumentState {
	NEW, IN_PROGRESS, FINISHED, CURATED
}
