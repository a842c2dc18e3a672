package org.assay.engines.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.uima.jcas.tcas.Annotation;
import org.assay.engines.internal.Gazetteers;
import org.assay.engines.internal.TokenView;
import org.assay.type.Entity;
import org.assay.type.Source;

/**
 * Resolves a source to the full mention it refers to. A pronoun or possessive (he, her, its,
 * their) refers to a person or an organisation or place: the first such mention earlier in the
 * source's own sentence wins (the subject is the likeliest antecedent), else the last one in
 * earlier sentences, else (it/they) the last source. A short form ("Ruto", "Mr Ruto") refers to
 * the full name its entity was linked to. A definite description ("the minister", "the
 * ministry", "the company") refers to the nearest earlier person introduced with that role
 * ("Finance Minister Jane Doe", "Jane Doe, the finance minister") or organisation named with
 * that word ("the Ministry of Health"; any organisation for "the company", "the firm").
 */
final class SourceResolver {

	private final TokenView t;
	private final String person;
	private final String organization;
	private final String location;

	SourceResolver(TokenView t, String person, String organization, String location) {
		this.t = t;
		this.person = person;
		this.organization = organization;
		this.location = location;
	}

	/**
	 * @param entities       the document's entities in text order
	 * @param earlierSources the sources written so far
	 * @param first          the source's first token
	 * @param last           the source's last token
	 * @return the antecedent, or null when the source is a full mention or nothing fits
	 */
	Annotation resolve(Source source, List<Entity> entities, List<Source> earlierSources, int first, int last) {
		String w = source.getCoveredText().toLowerCase(Locale.ROOT);
		if (Cues.PRONOUNS.contains(w)) {
			return pronoun(source, w, entities, earlierSources, t.sentenceOf[first]);
		}
		Annotation full = shortForm(source, entities);
		return full != null ? full : definite(source, entities, first, last);
	}

	/** The full name of the one person or organisation the source names, if that is a short form. */
	private Annotation shortForm(Source source, List<Entity> entities) {
		Entity only = null;
		for (Entity e : entities) {
			if (e.getBegin() >= source.getBegin() && e.getEnd() <= source.getEnd()
					&& (person.equals(e.getLabel()) || organization.equals(e.getLabel()))) {
				if (only != null) {
					return null;
				}
				only = e;
			}
		}
		Annotation full = only == null ? null : only.getAntecedent();
		return full == null || full.getCoveredText().equals(source.getCoveredText()) ? null : full;
	}

	/** "the (finance) minister" → the person introduced with that role; "the ministry" → the organisation. */
	private Annotation definite(Source source, List<Entity> entities, int first, int last) {
		if (!t.is(first, "the") || last - first > 3 || last == first || !t.pos[last].equals("NOUN")) {
			return null;
		}
		for (int k = first + 1; k <= last; k++) {
			if (t.isCapitalized(k) || !(t.pos[k].equals("ADJ") || t.pos[k].equals("NOUN"))) {
				return null; // "the Reuters news agency" names itself
			}
		}
		String head = t.lower(last);
		Gazetteers g = Gazetteers.get();
		boolean role = g.roleNouns.contains(head) || g.personTitles.contains(capitalised(head));
		boolean orgWord = g.orgHeads.contains(capitalised(head)) || g.orgHeads.contains(head);
		boolean anyOrg = g.orgCueNouns.contains(head);
		for (int i = entities.size() - 1; i >= 0; i--) {
			Entity e = entities.get(i);
			if (e.getEnd() > source.getBegin()) {
				continue;
			}
			Annotation target = e.getAntecedent() != null ? e.getAntecedent() : e;
			if (role && person.equals(e.getLabel()) && introducedAs(e, head)) {
				return target;
			}
			if (organization.equals(e.getLabel())
					&& (anyOrg || orgWord && e.getCoveredText().toLowerCase(Locale.ROOT).contains(head))) {
				return target;
			}
		}
		return null;
	}

	/** Whether {@code head} stands in the three tokens before the name or its apposition after it. */
	private boolean introducedAs(Entity e, String head) {
		int i = tokenAt(e.getBegin());
		for (int k = Math.max(0, i - 3); k < i; k++) {
			if (t.lower(k).equals(head)) {
				return true;
			}
		}
		int j = tokenAt(e.getEnd() - 1);
		if (t.is(j + 1, ",")) {
			for (int k = j + 2; k < t.size && k <= j + 7 && !t.is(k, ",", "."); k++) {
				if (t.lower(k).equals(head)) {
					return true;
				}
			}
		}
		return false;
	}

	private int tokenAt(int offset) {
		int i = Arrays.binarySearch(t.begin, 0, t.size, offset);
		if (i >= 0) {
			return i;
		}
		return Math.max(0, -i - 2);
	}

	private static String capitalised(String w) {
		return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
	}

	private Annotation pronoun(Source source, String w, List<Entity> entities, List<Source> earlierSources, int sentence) {
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
