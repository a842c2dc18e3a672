package org.assay.engines.internal;

/** Origins written on engine suggestions: {@code engine-id@version}. */
public final class EngineIds {

	/** Version of the rule sets and gazetteers; bump when their output changes. */
	public static final String VERSION = "0.1.0";

	/** Origin of the rule-based PERSON, ORGANIZATION and LOCATION suggestions. */
	public static final String ENTITIES = "assay-entities@" + VERSION;
	/** Origin of names the statistical recogniser proposes (the shipped model). */
	public static final String NAMES = "assay-names@" + VERSION;
	/** Origin of DATE suggestions. */
	public static final String DATES = "assay-dates@" + VERSION;
	/** Origin of quantities and QUANTITY suggestions. */
	public static final String QUANTITIES = "assay-quantities@" + VERSION;
	/** Origin of claims, sources and cues. */
	public static final String CLAIMS = "assay-claims@" + VERSION;

	private EngineIds() {
	}
}
