package org.assay.engines.ner;

import java.util.Comparator;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.lexicon.Lexicon;
import org.assay.engines.internal.EngineIds;
import org.assay.engines.internal.Gazetteers;
import org.assay.engines.internal.Provenance;
import org.assay.engines.internal.TokenView;
import org.assay.type.Entity;

/**
 * PERSON, ORGANIZATION and LOCATION mentions by rules: capitalised sequences
 * ({@link NameScanner}) classified by general gazetteers (countries, cities, regions,
 * international organisations, news media), person cues that stay outside the span (titles,
 * ranks, role nouns), organisation head words and cue nouns, place cues and given names; short
 * forms and acronyms point to earlier full names ({@link NameCoreference}).
 *
 * <p>Spans of entities already in the CAS with a label in {@link #PARAM_BLOCKING_LABELS} (dates,
 * by default) are never part of a name.
 */
@TypeCapability(inputs = { "org.assay.type.Token", "org.assay.type.Sentence", "org.assay.type.Entity" }, outputs = {
		"org.assay.type.Entity" })
public class EntityRecognizer extends JCasAnnotator_ImplBase {

	/** Label of persons. */
	public static final String PARAM_PERSON_LABEL = "personLabel";
	@ConfigurationParameter(name = PARAM_PERSON_LABEL, defaultValue = "PERSON")
	private String person;

	/** Label of organisations. */
	public static final String PARAM_ORGANIZATION_LABEL = "organizationLabel";
	@ConfigurationParameter(name = PARAM_ORGANIZATION_LABEL, defaultValue = "ORGANIZATION")
	private String organization;

	/** Label of places. */
	public static final String PARAM_LOCATION_LABEL = "locationLabel";
	@ConfigurationParameter(name = PARAM_LOCATION_LABEL, defaultValue = "LOCATION")
	private String location;

	/** Labels of entities already in the CAS whose tokens cannot be part of a name. */
	public static final String PARAM_BLOCKING_LABELS = "blockingLabels";
	@ConfigurationParameter(name = PARAM_BLOCKING_LABELS, defaultValue = { "DATE" })
	private Set<String> blockingLabels;

	/** Confidence of a whole-span gazetteer match ("International Monetary Fund"). */
	public static final String PARAM_CONFIDENCE_GAZETTEER = "confidenceGazetteer";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_GAZETTEER, defaultValue = "0.9")
	private double confidenceGazetteer;

	/** Confidence of a name after a title or role noun, and of gazetteer entries inside a longer run. */
	public static final String PARAM_CONFIDENCE_CUE = "confidenceCue";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_CUE, defaultValue = "0.85")
	private double confidenceCue;

	/** Confidence of organisation head words and cue nouns, given names and short forms. */
	public static final String PARAM_CONFIDENCE_HEAD = "confidenceHead";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_HEAD, defaultValue = "0.8")
	private double confidenceHead;

	/** Confidence of a name classified by the noun after it ("region", "group"). */
	public static final String PARAM_CONFIDENCE_CONTEXT = "confidenceContext";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_CONTEXT, defaultValue = "0.75")
	private double confidenceContext;

	/** Confidence of guesses: two or three title-case words as a person, an unexplained acronym. */
	public static final String PARAM_CONFIDENCE_GUESS = "confidenceGuess";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_GUESS, defaultValue = "0.6")
	private double confidenceGuess;

	/** Confidence of weak guesses: a lone word after a preposition or before a speech verb. */
	public static final String PARAM_CONFIDENCE_WEAK_GUESS = "confidenceWeakGuess";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_WEAK_GUESS, defaultValue = "0.55")
	private double confidenceWeakGuess;

	/** Confidence of a lone unknown word right before a speech verb as a person ("Maiga said"). */
	public static final String PARAM_CONFIDENCE_SPEAKER = "confidenceSpeaker";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_SPEAKER, defaultValue = "0.5")
	private double confidenceSpeaker;

	/** How many tokens a gazetteer entry may span. */
	public static final String PARAM_MAX_ENTRY_TOKENS = "maxEntryTokens";
	@ConfigurationParameter(name = PARAM_MAX_ENTRY_TOKENS, defaultValue = "7")
	private int maxEntryTokens;

	private static final Set<String> GEO_NOUNS = load("geo-nouns.txt");
	private static final Set<String> PLACE_PREPOSITIONS = load("place-prepositions.txt");
	private static final Set<String> SPEECH_VERBS = load("speech-verbs.txt");
	private static final Set<String> ORG_FOLLOWERS = load("org-followers.txt");

	private Gazetteers gaz;

	private static Set<String> load(String file) {
		return Lexicon.words(EntityRecognizer.class, file);
	}

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		gaz = Gazetteers.get();
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		TokenView t = new TokenView(jcas);
		if (t.size == 0) {
			return;
		}
		Mentions mentions = new Mentions(t);
		blockExistingSpans(jcas, t, mentions);
		NameScanner scanner = new NameScanner(t, gaz, mentions);
		NameCoreference coreference = new NameCoreference(t, person, organization);
		Classification classify = new Classification(t, mentions, scanner, coreference);
		for (int s = 0; s < t.sentences(); s++) {
			int from = t.sentenceFirst[s];
			int to = t.sentenceLast[s];
			if (from < 0) {
				continue;
			}
			boolean headline = scanner.isHeadline(from, to);
			int i = from;
			while (i <= to) {
				if (mentions.taken[i] || !scanner.startsName(i)) {
					i++;
					continue;
				}
				int j = scanner.extendName(i, to);
				classify.classify(i, j, headline);
				i = j + 1;
			}
		}
		coreference.resolveAcronymsInParentheses(mentions, confidenceCue, confidenceGuess);
		mentions.list.sort(Comparator.comparingInt(m -> m.first));
		coreference.linkRepeatedNames(mentions.list);
		for (Mention m : mentions.list) {
			Entity e = new Entity(jcas, t.begin[m.first], t.end[m.last]);
			e.setLabel(m.label);
			Provenance.suggest(e, EngineIds.ENTITIES, m.confidence);
			m.annotation = e;
		}
		for (Mention m : mentions.list) {
			if (m.antecedent != null && m.antecedent.annotation != null) {
				m.annotation.setAntecedent(m.antecedent.annotation);
			}
			m.annotation.addToIndexes();
		}
	}

	private void blockExistingSpans(JCas jcas, TokenView t, Mentions mentions) {
		int k = 0;
		for (Entity e : jcas.select(Entity.class)) {
			if (!blockingLabels.contains(e.getLabel())) {
				continue;
			}
			while (k < t.size && t.end[k] <= e.getBegin()) {
				k++;
			}
			for (int m = k; m < t.size && t.begin[m] < e.getEnd(); m++) {
				mentions.taken[m] = true;
			}
		}
	}

	/** Decides what one capitalised run is; one instance per document. */
	private final class Classification {
		private final TokenView t;
		private final Mentions mentions;
		private final NameScanner scanner;
		private final NameCoreference coreference;

		Classification(TokenView t, Mentions mentions, NameScanner scanner, NameCoreference coreference) {
			this.t = t;
			this.mentions = mentions;
			this.scanner = scanner;
			this.coreference = coreference;
		}

		void classify(int first, int last, boolean headline) {
			String whole = t.span(first, last);
			// whole-span gazetteer match wins, including "Malian Air Force"-style demonym-led names
			String direct = gazetteerLabel(whole);
			if (direct != null) {
				mentions.add(first, last, direct, confidenceGazetteer);
				return;
			}
			boolean endsInHead = gaz.orgHeads.contains(t.word[last]) && last > first;
			// strip titles and demonyms: "Defence Minister General Sadio Camara" -> "Sadio Camara"
			boolean personCue = false;
			int a = first;
			boolean stripped = true;
			while (stripped && a <= last) {
				stripped = false;
				for (int len = Math.min(4, last - a + 1); len >= 1; len--) {
					String prefix = t.span(a, a + len - 1);
					if (gaz.personTitles.contains(prefix) && a + len <= last) {
						a += len;
						personCue = true;
						stripped = true;
						break;
					}
					if (!endsInHead && gaz.demonyms.contains(prefix)) {
						a += len;
						stripped = true;
						break;
					}
				}
			}
			if (a > last || gaz.personTitles.contains(whole)) {
				return;
			}
			if (scanner.containsWord(first, last, "-") && splitByGazetteer(first, last)) {
				return; // "Mali-Burkina Faso-Niger border"
			}
			if (a > first) {
				String label = gazetteerLabel(t.span(a, last));
				if (label != null) {
					mentions.add(a, last, label, confidenceGazetteer);
					return;
				}
			}
			personCue |= hasPersonCueBefore(first);
			if (headline) {
				splitByGazetteer(a, last);
				return;
			}
			classifyByContext(first, a, last, personCue, endsInHead);
		}

		private void classifyByContext(int first, int a, int last, boolean personCue, boolean endsInHead) {
			if (personCue && !endsInHead && !gaz.isLocation(t.span(a, last))) {
				mentions.add(a, last, person, confidenceCue);
			} else if (hasOrgCueBefore(first)) {
				mentions.add(a, last, organization, confidenceHead);
			} else if (endsInHead || scanner.headBeforeOf(a, last)) {
				mentions.add(first, last, organization, confidenceHead);
			} else if (last + 1 < t.size && t.in(last + 1, ORG_FOLLOWERS)) {
				mentions.add(a, last, organization, confidenceContext);
			} else if (isPlaceContext(a, last)) {
				mentions.add(a, last, location, confidenceContext);
			} else if (gaz.givenNames.contains(t.word[a]) && last > a) {
				mentions.add(a, last, person, confidenceHead);
			} else {
				classifyUnknown(a, last);
			}
		}

		private void classifyUnknown(int a, int last) {
			Mention earlier = coreference.corefer(a, last, mentions.list);
			if (earlier != null) {
				Mention m = mentions.add(a, last, earlier.label, confidenceHead);
				if (m != null) {
					m.antecedent = earlier.root();
				}
			} else if (splitByGazetteer(a, last)) {
				return;
			} else if (a == last && t.isAllCaps(a) && t.word[a].length() <= 6) {
				mentions.add(a, last, organization, confidenceWeakGuess);
			} else if (a == last && prepositionBefore(a)) {
				mentions.add(a, last, location, confidenceWeakGuess);
			} else if (last > a && last - a <= 2 && allTitleCase(a, last)) {
				mentions.add(a, last, person, confidenceGuess);
			} else if (a == last && last + 1 < t.size && SPEECH_VERBS.contains(t.lower(last + 1))) {
				mentions.add(a, last, person, confidenceSpeaker);
			}
		}

		private String gazetteerLabel(String s) {
			if (gaz.isOrganization(s)) {
				return organization;
			}
			if (gaz.isLocation(s)) {
				return location;
			}
			if (s.startsWith("the ") || s.startsWith("The ")) {
				return gazetteerLabel(s.substring(4));
			}
			return null;
		}

		/** Labels the gazetteer entries inside a span that is not a name as a whole. */
		private boolean splitByGazetteer(int a, int last) {
			boolean any = false;
			int i = a;
			while (i <= last) {
				int found = -1;
				String label = null;
				for (int j = Math.min(last, i + maxEntryTokens - 1); j >= i && gaz.mayStartEntry(t.word[i]); j--) {
					label = gazetteerLabel(t.span(i, j));
					if (label != null) {
						found = j;
						break;
					}
				}
				if (found >= 0) {
					mentions.add(i, found, label, confidenceCue);
					any = true;
					i = found + 1;
				} else {
					i++;
				}
			}
			return any;
		}

		private boolean hasPersonCueBefore(int first) {
			int p = first - 1;
			if (p < 0) {
				return false;
			}
			String w = t.word[p];
			if (gaz.roleNouns.contains(t.lower(p)) && !t.isCapitalized(p)) {
				return true;
			}
			int dash = w.lastIndexOf('-');
			if (dash > 0 && gaz.personTitles.contains(w.substring(dash + 1))) {
				return true; // then-Colonel Goita
			}
			return gaz.personTitles.contains(w) && t.isCapitalized(p);
		}

		private boolean hasOrgCueBefore(int first) {
			int p = first - 1;
			return p >= 0 && gaz.orgCueNouns.contains(t.lower(p)) && !t.isCapitalized(p);
		}

		private boolean isPlaceContext(int a, int last) {
			if (last + 1 < t.size && GEO_NOUNS.contains(t.word[last + 1])) {
				return !t.is(last + 1, "state", "department") || !scanner.hasOrgHead(a, last);
			}
			int p = a - 1;
			if (p >= 1 && t.is(p, "of") && t.in(p - 1, GEO_NOUNS)) {
				return true;
			}
			if (p >= 0 && t.is(p, "capital")) {
				return true;
			}
			return p >= 1 && t.word[p].equals(",") && t.is(p - 1, "capital");
		}

		private boolean prepositionBefore(int a) {
			int p = a - 1;
			boolean possessive = a + 1 < t.size && (t.word[a + 1].equals("'s") || t.word[a + 1].equals("\u2019s"));
			return p >= 0 && PLACE_PREPOSITIONS.contains(t.word[p]) && !possessive;
		}

		private boolean allTitleCase(int a, int last) {
			for (int k = a; k <= last; k++) {
				if (t.word[k].equals("-")) {
					continue;
				}
				if (!t.isCapitalized(k) || t.isAllCaps(k)) {
					return false;
				}
			}
			return true;
		}
	}
}
