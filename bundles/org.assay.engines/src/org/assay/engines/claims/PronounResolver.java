package org.assay.engines.claims;

import java.util.List;
import java.util.Locale;

import org.apache.uima.jcas.tcas.Annotation;
import org.assay.engines.internal.TokenView;
import org.assay.type.Entity;
import org.assay.type.Source;

/**
 * Resolves a pronoun source to what it refers to: a person (he/she) or an organisation or place
 * (it/they). The first such mention earlier in the source's own sentence wins (the subject is the
 * likeliest antecedent), else the last one in earlier sentences, else (it/they) the last source.
 */
final class PronounResolver {

	private final TokenView t;
	private final String person;
	private final String organization;
	private final String location;

	PronounResolver(TokenView t, String person, String organization, String location) {
		this.t = t;
		this.person = person;
		this.organization = organization;
		this.location = location;
	}

	/**
	 * @param entities       the document's entities in text order
	 * @param earlierSources the sources written so far
	 * @return the antecedent, or null when the source is no pronoun or nothing fits
	 */
	Annotation resolve(Source source, List<Entity> entities, List<Source> earlierSources, int sentence) {
		String w = source.getCoveredText().toLowerCase(Locale.ROOT);
		if (!Cues.PRONOUNS.contains(w)) {
			return null;
		}
		boolean personal = Cues.PERSON_PRONOUNS.contains(w);
		int sentenceBegin = t.begin[t.sentenceFirst[sentence]];
		Annotation firstInSentence = null;
		Annotation lastBefore = null;
		for (Entity e : entities) {
			if (e.getEnd() > source.getBegin()) {
				break;
			}
			String label = e.getLabel();
			boolean fits = personal ? person.equals(label)
					: organization.equals(label) || location.equals(label) && w.equals("it");
			if (!fits) {
				continue;
			}
			Annotation target = e.getAntecedent() != null ? e.getAntecedent() : e;
			if (e.getBegin() >= sentenceBegin) {
				if (firstInSentence == null) {
					firstInSentence = target;
				}
			} else {
				lastBefore = target;
			}
		}
		Annotation best = firstInSentence != null ? firstInSentence : lastBefore;
		if (!personal && best == null && !earlierSources.isEmpty()) {
			best = earlierSources.get(earlierSources.size() - 1);
		}
		return best;
	}
}
