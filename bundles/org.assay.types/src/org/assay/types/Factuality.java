package org.assay.types;

/** How strongly the source commits to a claim; the names are the values stored in the CAS. */
public enum Factuality {
	ASSERTED, DENIED, HEDGED, UNCERTAIN
}
