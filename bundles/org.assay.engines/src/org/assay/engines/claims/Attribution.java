package org.assay.engines.claims;

import org.assay.type.Cue;
import org.assay.type.Source;
import org.assay.types.ClaimKind;

/**
 * A claim found in token coordinates, before it becomes annotations: content, source and cue
 * as inclusive token ranges ({@code -1} marks an absent part), its kind and confidence.
 */
final class Attribution {
	int contentFirst;
	int contentLast;
	int sourceFirst = -1;
	int sourceLast = -1;
	int cueFirst = -1;
	int cueLast = -1;
	ClaimKind kind;
	double confidence;
	/** The claim whose source and cue this one shares (the later parts of a continued quote). */
	Attribution sharesAttributionWith;
	/** The annotations made for this claim's source and cue, once written. */
	Source source;
	Cue cue;

	/** Whether source and content are both there and the source is of a plausible length. */
	boolean isComplete(int maxSourceTokens) {
		return sourceFirst >= 0 && sourceLast >= sourceFirst && contentFirst >= 0 && contentLast >= contentFirst
				&& sourceLast - sourceFirst <= maxSourceTokens;
	}
}
