package org.assay.engines.recommend;

import java.util.LinkedHashMap;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Texts already run through the pipeline, by content, shared by training and suggesting: the
 * workbench retrains every few decisions and then suggests for the open documents, and each
 * should prepare only texts it has not seen (a 1 MB article takes seconds of a core to prepare).
 * A least-recently-used map bounded by the characters it holds (a prepared text takes some tens
 * of bytes per character), safe for several threads.
 */
public final class PreparedTexts {

	/** Characters kept: about a thousand news articles, or four texts of a megabyte. */
	private static final long CAPACITY_CHARS = 4_000_000;

	private static final LinkedHashMap<String, PreparedText> CACHE = new LinkedHashMap<>(16, 0.75f, true);
	private static long chars;

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
				if (CACHE.put(text, prepared) == null) {
					chars += text.length();
				}
				var eldest = CACHE.entrySet().iterator();
				while (chars > CAPACITY_CHARS && CACHE.size() > 1) {
					chars -= eldest.next().getKey().length();
					eldest.remove();
				}
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
