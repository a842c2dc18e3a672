package org.assay.core.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The corpus manifest ({@code assay.json}): tagset, annotators and per-document states. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Manifest {

	public static final String FORMAT = "assay-corpus";
	public static final int FORMAT_VERSION = 1;

	public String format = FORMAT;
	public int formatVersion = FORMAT_VERSION;
	public String typeSystemVersion;
	/** The labels of a new corpus. */
	public static final List<String> DEFAULT_TAGSET = List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY");

	public List<String> tagset = new ArrayList<>(DEFAULT_TAGSET);
	public List<String> annotators = new ArrayList<>();
	/** Document id → layer → state (NEW, IN_PROGRESS, FINISHED, CURATED). */
	public Map<String, Map<String, String>> documents = new TreeMap<>();
	/**
	 * Recommender name → its settings; recommenders not listed use the defaults. Absent in
	 * corpora written before recommenders existed.
	 */
	public Map<String, RecommenderSettings> recommenders = new TreeMap<>();

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

	Map<String, String> statesOf(String documentId) {
		return documents.computeIfAbsent(documentId, k -> new LinkedHashMap<>());
	}
}
