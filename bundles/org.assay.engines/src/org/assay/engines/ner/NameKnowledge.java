package org.assay.engines.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.assay.engines.internal.EngineIds;
import org.assay.engines.internal.Gazetteer;
import org.assay.engines.internal.Gazetteers;
import org.assay.engines.internal.TokenView;
import org.assay.type.Entity;

import opennlp.tools.util.Span;

/**
 * What Assay knows about each token of a document, as features for the statistical name finder:
 * gazetteer membership (with the position in a multi-word entry), person and organisation cue
 * words, the part of speech, the decision of the rule recogniser, whether the document uses the
 * word in lower case elsewhere, and whether the token's line is a headline in capitals or title
 * case. The same features are made for training and for recognition.
 */
public final class NameKnowledge {

	/** The labels of the rule recogniser whose decisions become features. */
	public static final Set<String> RULE_LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION");

	private static final int MAX_ENTRY_TOKENS = 7;

	private final TokenView t;
	private final Gazetteers gaz = Gazetteers.get();
	private final String[] features;

	/** The knowledge about every token of {@code jcas} (tokens with POS; rule entities if any). */
	public static NameKnowledge of(JCas jcas) {
		return new NameKnowledge(new TokenView(jcas), jcas, RULE_LABELS);
	}

	NameKnowledge(TokenView t, JCas jcas, Set<String> labels) {
		this.t = t;
		StringBuilder[] f = new StringBuilder[t.size];
		for (int i = 0; i < t.size; i++) {
			f[i] = new StringBuilder();
		}
		gazetteers(f);
		cues(f);
		rules(f, jcas, labels);
		lines(f);
		Set<String> lowercase = new HashSet<>();
		for (int i = 0; i < t.size; i++) {
			String w = t.word[i];
			if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
				lowercase.add(w);
			}
		}
		this.features = new String[t.size];
		for (int i = 0; i < t.size; i++) {
			String w = t.word[i];
			add(f[i], "p=" + t.pos[i]);
			if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && lowercase.contains(t.lower(i))) {
				add(f[i], "lcdoc");
			}
			features[i] = f[i].toString();
		}
	}

	/**
	 * Whether tokens {@code first..last} can never be a name: a nationality adjective ("Malian",
	 * "Russian"), a title or rank, or a single adjective.
	 */
	boolean isNeverAName(int first, int last) {
		if (first == last && "ADJ".equals(t.pos[first])) {
			return true;
		}
		for (int i = first; i <= last; i++) {
			if (!features[i].contains("g=demonym") && !features[i].contains("title")) {
				return false;
			}
		}
		return true;
	}

	/** The rule recogniser's names as recorded in encoded tokens ({@code r=LABEL:B/I} features). */
	public static List<Span> ruleNames(String[] tokens) {
		List<Span> spans = new ArrayList<>();
		int start = -1;
		String label = null;
		for (int i = 0; i <= tokens.length; i++) {
			String rule = null;
			boolean begins = false;
			if (i < tokens.length) {
				for (String f : NameTokens.features(tokens[i]).split(" ")) {
					if (f.startsWith("r=")) {
						rule = f.substring(2, f.length() - 2);
						begins = f.endsWith(":B");
					}
				}
			}
			if (start >= 0 && (rule == null || begins || !rule.equals(label))) {
				spans.add(new Span(start, i, label));
				start = -1;
			}
			if (rule != null && start < 0) {
				start = i;
				label = rule;
			}
		}
		return spans;
	}

	/** Token {@code i} encoded with its features. */
	String token(int i) {
		return NameTokens.encode(t.word[i], features[i]);
	}

	/** Tokens {@code from..to} (inclusive) encoded with their features. */
	public String[] tokens(int from, int to) {
		String[] out = new String[to - from + 1];
		for (int i = from; i <= to; i++) {
			out[i - from] = token(i);
		}
		return out;
	}

	private static void add(StringBuilder b, String feature) {
		if (b.length() > 0) {
			b.append(' ');
		}
		b.append(feature);
	}

	private void gazetteers(StringBuilder[] f) {
		for (int i = 0; i < t.size; i++) {
			if (!gaz.mayStartEntry(t.word[i])) {
				continue;
			}
			for (int j = Math.min(t.size - 1, i + MAX_ENTRY_TOKENS - 1); j >= i; j--) {
				if (t.sentenceOf[j] != t.sentenceOf[i]) {
					continue;
				}
				String key = t.span(i, j);
				String list = list(key);
				if (list != null) {
					for (int k = i; k <= j; k++) {
						add(f[k], "g=" + list + (k == i ? ":B" : ":I"));
					}
					break;
				}
			}
		}
	}

	private String list(String key) {
		if (gaz.countries.contains(key)) {
			return "country";
		}
		if (gaz.cities.contains(key)) {
			return "city";
		}
		if (gaz.regions.contains(key)) {
			return "region";
		}
		if (gaz.organizations.contains(key)) {
			return "org";
		}
		if (gaz.media.contains(key)) {
			return "media";
		}
		if (gaz.demonyms.contains(key)) {
			return "demonym";
		}
		return null;
	}

	private void cues(StringBuilder[] f) {
		for (int i = 0; i < t.size; i++) {
			String w = t.word[i];
			in(f[i], gaz.givenNames, w, "given");
			in(f[i], gaz.personTitles, w, "title");
			in(f[i], gaz.orgHeads, w, "orghead");
			in(f[i], gaz.roleNouns, t.lower(i), "role");
			in(f[i], gaz.orgCueNouns, t.lower(i), "orgcue");
		}
	}

	private static void in(StringBuilder b, Gazetteer list, String key, String feature) {
		if (list.contains(key)) {
			add(b, feature);
		}
	}

	private void rules(StringBuilder[] f, JCas jcas, Set<String> labels) {
		// only the rule recogniser's names: not the statistical ones, nor a recommender's suggestions
		List<Entity> entities = jcas.select(Entity.class)
				.filter(e -> labels.contains(e.getLabel()) && (e.getOrigin() == null || e.getOrigin().equals(EngineIds.ENTITIES)))
				.toList();
		int k = 0;
		for (Entity e : entities) {
			while (k < t.size && t.end[k] <= e.getBegin()) {
				k++;
			}
			for (int m = k; m < t.size && t.begin[m] < e.getEnd(); m++) {
				add(f[m], "r=" + e.getLabel() + (m == k ? ":B" : ":I"));
			}
		}
	}

	/** Lines in capitals and title-case lines carry no capitalisation signal: say so. */
	private void lines(StringBuilder[] f) {
		for (int s = 0; s < t.sentences(); s++) {
			int from = t.sentenceFirst[s];
			int to = t.sentenceLast[s];
			if (from < 0) {
				continue;
			}
			int caps = 0;
			int words = 0;
			int titled = 0;
			for (int i = from; i <= to; i++) {
				String w = t.word[i];
				if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
					words++;
					titled += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
					caps += t.isAllCaps(i) ? 1 : 0;
				}
			}
			String mark = words >= 2 && caps == words ? "capsline" : words >= 3 && titled == words ? "titleline" : null;
			if (mark != null) {
				for (int i = from; i <= to; i++) {
					add(f[i], mark);
				}
			}
		}
	}
}
