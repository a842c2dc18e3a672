package org.assay.types;

/** How a claim is reported; the names are the values stored in the CAS. */
public enum ClaimKind {
	DIRECT_QUOTE, INDIRECT, MIXED, UNATTRIBUTED
}
