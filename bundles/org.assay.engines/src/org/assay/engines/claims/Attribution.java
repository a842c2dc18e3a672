package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.List;

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
	/**
	 * The token ranges of a discontinuous content ({@code {first, last}} each, in text order),
	 * or {@code null} when the content is {@code contentFirst..contentLast}.
	 */
	List<int[]> fragments;
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

	/** Adds {@code first..last} (after the content so far) as a further fragment of the content. */
	void addFragment(int first, int last) {
		if (fragments == null) {
			fragments = new ArrayList<>();
			fragments.add(new int[] { contentFirst, contentLast });
		}
		fragments.add(new int[] { first, last });
		contentLast = last;
	}

	/** Whether source and content are both there and the source is of a plausible length. */
	boolean isComplete(int maxSourceTokens) {
		return sourceFirst >= 0 && sourceLast >= sourceFirst && contentFirst >= 0 && contentLast >= contentFirst
				&& sourceLast - sourceFirst <= maxSourceTokens;
	}
}
