package org.assay.engines.recommend;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Texts already run through the pipeline, by content, shared by training and suggesting: the
 * workbench retrains every few decisions and then suggests for the open documents, and each
 * should prepare only texts it has not seen (a 1 MB article takes seconds of a core to prepare).
 * A small least-recently-used map, safe for several threads.
 */
public final class PreparedTexts {

	private static final int CAPACITY = 256;

	private static final Map<String, PreparedText> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparedText> eldest) {
			return size() > CAPACITY;
		}
	};

	private PreparedTexts() {
	}

	/** The prepared form of {@code text}, from the cache or made with {@code preparer}. */
	public static PreparedText get(String text, Lazy preparer) throws ResourceInitializationException, AnalysisEngineProcessException {
		PreparedText prepared;
		synchronized (CACHE) {
			prepared = CACHE.get(text);
		}
		if (prepared == null) {
			prepared = preparer.get().prepare(text);
			synchronized (CACHE) {
				CACHE.put(text, prepared);
			}
		}
		return prepared;
	}

	/** A {@link TextPreparer} created on first use (most calls find their text prepared). */
	public static final class Lazy implements AutoCloseable {
		private TextPreparer preparer;

		TextPreparer get() throws ResourceInitializationException {
			if (preparer == null) {
				preparer = new TextPreparer();
			}
			return preparer;
		}

		@Override
		public void close() {
			if (preparer != null) {
				preparer.close();
			}
		}
	}
}
