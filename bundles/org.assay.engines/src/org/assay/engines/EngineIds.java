package org.assay.engines;

/** Origins written on engine suggestions: {@code engine-id@version}. */
public final class EngineIds {

	/** Version of the rule sets and gazetteers; bump when their output changes. */
	public static final String VERSION = "0.1.0";

	public static final String ENTITIES = "assay-entities@" + VERSION;
	public static final String QUANTITIES = "assay-quantities@" + VERSION;
	public static final String CLAIMS = "assay-claims@" + VERSION;

	private EngineIds() {
	}
}
