package org.assay.core.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The corpus manifest ({@code assay.json}): what a team sets once and changes rarely — tagset,
 * recommenders, the team and its assignment policy. States travel with the layers, in their
 * records ({@link LayerRecord}); format 1 kept them here, and such a manifest's states and
 * annotators are still read (for layers without a record) and written back unchanged.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Manifest {

	public static final String FORMAT = "assay-corpus";
	public static final int FORMAT_VERSION = 2;

	public String format = FORMAT;
	public int formatVersion = FORMAT_VERSION;
	public String typeSystemVersion;
	/** The labels of a new corpus. */
	public static final List<String> DEFAULT_TAGSET = List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY");

	public List<String> tagset = new ArrayList<>(DEFAULT_TAGSET);
	/** Format 1 only: the annotators, kept as read. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public List<String> annotators = new ArrayList<>();
	/** Format 1 only, kept as read: document id → layer → state, for layers that have no record yet. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public Map<String, Map<String, String>> documents = new TreeMap<>();
	/**
	 * Recommender name → its settings; recommenders not listed use the defaults. Absent in
	 * corpora written before recommenders existed.
	 */
	public Map<String, RecommenderSettings> recommenders = new TreeMap<>();
	/** Who works on the corpus and how documents are handed out; absent before teams existed. */
	public TeamPolicy team;

	/** How a corpus uses one recommender. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public static final class RecommenderSettings {
		/** Whether it is trained and asked at all. */
		public boolean enabled = true;
		/**
		 * Micro F1 on the held-back documents from which it suggests ("0.5"), or "always" to
		 * suggest whatever its score.
		 */
		public String threshold = "0.5";
		/** For an external recommender: the server's base URL. */
		public String url;
		/** For an external recommender: seconds to wait for an answer. */
		public Integer timeoutSeconds;
	}

}
