package org.assay.engines.internal;

/** All word lists the engines use, loaded once per JVM. */
public final class Gazetteers {

	public final Gazetteer countries = Gazetteer.load("countries.txt");
	public final Gazetteer cities = Gazetteer.load("cities.txt");
	public final Gazetteer regions = Gazetteer.load("regions.txt");
	public final Gazetteer organizations = Gazetteer.load("organizations.txt");
	public final Gazetteer media = Gazetteer.load("media.txt");
	public final Gazetteer givenNames = Gazetteer.load("given-names.txt");
	public final Gazetteer personTitles = Gazetteer.load("person-titles.txt");
	public final Gazetteer roleNouns = Gazetteer.load("role-nouns.txt");
	public final Gazetteer demonyms = Gazetteer.load("demonyms.txt");
	public final Gazetteer orgHeads = Gazetteer.load("org-heads.txt");
	public final Gazetteer orgCueNouns = Gazetteer.load("org-cue-nouns.txt");

	private static volatile Gazetteers instance;

	private Gazetteers() {
	}

	/** The lists, loaded on first use. */
	public static Gazetteers get() {
		if (instance == null) {
			synchronized (Gazetteers.class) {
				if (instance == null) {
					instance = new Gazetteers();
				}
			}
		}
		return instance;
	}

	/** Whether a location, organisation or demonym entry may start with this token. */
	public boolean mayStartEntry(String token) {
		return countries.mayStartWith(token) || cities.mayStartWith(token) || regions.mayStartWith(token)
				|| organizations.mayStartWith(token) || media.mayStartWith(token) || demonyms.mayStartWith(token);
	}

	/** Whether {@code s} is a country, city or region. */
	public boolean isLocation(String s) {
		return countries.contains(s) || cities.contains(s) || regions.contains(s);
	}

	/** Whether {@code s} is a known organisation or news medium. */
	public boolean isOrganization(String s) {
		return organizations.contains(s) || media.contains(s);
	}
}
