package org.assay.engines;

/**
 * How long a text may be for an annotate run not to run out of memory: every worker may hold one
 * document at once, so a text longer than its share of the heap is reported instead of running
 * out of memory minutes later and ending the whole run (a 60 MB text in the default 2 GB heap did).
 *
 * @param heap    the heap to plan with, in bytes
 * @param threads the workers that share it
 */
record MemoryBudget(long heap, int threads) {

	/**
	 * Heap a pipeline needs per character of the document it annotates, measured with margin: a
	 * 4 MB article (730,593 tokens) annotates in a 400 MB heap and runs out of memory in 200 MB,
	 * the engines' models taking about 100 MB of it.
	 */
	static final long BYTES_PER_CHAR = 100;
	/** Heap taken by the engines' models and the rest of the run, whatever the documents. */
	static final long BASELINE_BYTES = 256L << 20;

	/** The longest text a worker may annotate. */
	long maxChars() {
		return Math.max(0, (heap - BASELINE_BYTES) / threads / BYTES_PER_CHAR);
	}

	/** Why a text of {@code length} characters is not annotated, for the failure that reports it. */
	String tooLong(int length) {
		return "is too long to annotate in the memory given to Assay (" + length + " characters; at most " + maxChars() + " with a "
				+ (heap >> 20) + " MB heap and " + threads + " thread(s)); split it, use fewer --threads, or give Assay more memory"
				+ " (ASSAY_JAVA_OPTS=-Xmx...)";
	}
}
