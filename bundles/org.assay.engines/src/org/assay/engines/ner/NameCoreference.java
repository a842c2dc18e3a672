package org.assay.engines.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.core.lexicon.Lexicon;
import org.assay.engines.internal.TokenView;

/**
 * In-document coreference of names: a surname, a repeated name or an acronym points to the
 * first full mention ("Besigye" → "Kizza Besigye", "AFP" → "Agence France-Presse"), and an
 * acronym in parentheses names the entity right before it.
 */
final class NameCoreference {

	private final TokenView t;
	private final String person;
	private final String organization;

	NameCoreference(TokenView t, String person, String organization) {
		this.t = t;
		this.person = person;
		this.organization = organization;
	}

	/** A short form of an earlier mention: surname, same text, or acronym of its words; or null. */
	Mention corefer(int a, int last, List<Mention> mentions) {
		String text = Lexicon.foldAccents(t.span(a, last));
		for (int k = mentions.size() - 1; k >= 0; k--) {
			Mention m = mentions.get(k);
			if (m.first >= a) {
				continue;
			}
			String full = Lexicon.foldAccents(t.span(m.first, m.last));
			if (full.equals(text)) {
				return m;
			}
			if (m.label.equals(person) && a == last && full.endsWith(" " + text)) {
				return m;
			}
			if (m.label.equals(person) && a == last && full.startsWith(text + " ") && m.last > m.first) {
				return m;
			}
			if (a == last && t.isAllCaps(a) && text.equals(initials(m.first, m.last))) {
				return m;
			}
		}
		return null;
	}

	/** The capital initials of a span's words and hyphen parts: "Agence France-Presse" → "AFP". */
	String initials(int first, int last) {
		StringBuilder b = new StringBuilder();
		for (int k = first; k <= last; k++) {
			for (String part : t.word[k].split("-")) {
				if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
					b.append(part.charAt(0));
				}
			}
		}
		return b.toString();
	}

	/** A person or organisation named again (or by its acronym) points to its first mention. */
	void linkRepeatedNames(List<Mention> mentions) {
		Map<String, Mention> firstByText = new HashMap<>();
		List<Mention> organisations = new ArrayList<>();
		for (Mention m : mentions) {
			if (!m.label.equals(person) && !m.label.equals(organization)) {
				continue;
			}
			String key = m.label + ":" + Lexicon.foldAccents(t.span(m.first, m.last));
			Mention first = firstByText.get(key);
			if (m.antecedent == null && first != null) {
				m.antecedent = first.root();
			} else if (m.antecedent == null && m.label.equals(organization) && m.first == m.last && t.isAllCaps(m.first)) {
				for (Mention o : organisations) {
					if (o.last > o.first && t.word[m.first].equals(initials(o.first, o.last))) {
						m.antecedent = o.root();
						break;
					}
				}
			}
			firstByText.putIfAbsent(key, m);
			if (m.label.equals(organization)) {
				organisations.add(m);
			}
		}
	}

	/** "Alliance of Sahel States (AES)": the acronym in parentheses names the entity before it. */
	void resolveAcronymsInParentheses(Mentions found, double named, double unnamed) {
		Map<Integer, Mention> byLast = new HashMap<>();
		for (Mention m : found.list) {
			byLast.put(m.last, m);
		}
		for (int i = 1; i + 1 < t.size; i++) {
			if (!(t.word[i - 1].equals("(") && t.word[i + 1].equals(")") && t.isAllCaps(i))) {
				continue;
			}
			Mention before = i >= 2 ? byLast.get(i - 2) : null;
			Mention existing = null;
			for (Mention m : found.list) {
				if (m.first == i && m.last == i) {
					existing = m;
				}
			}
			boolean names = before != null && (before.label.equals(organization) || t.word[i].equals(initials(before.first, before.last)));
			if (existing != null) {
				found.remove(existing);
			}
			Mention m = found.add(i, i, names ? before.label : organization, names ? named : unnamed);
			if (m != null && names) {
				m.antecedent = before;
			} else if (m != null && before == null) {
				fullNameBefore(found, i, unnamed, m);
			}
		}
	}

	/** An unrecognised name right before "(ACRONYM)" is the organisation's full name. */
	private void fullNameBefore(Mentions found, int i, double confidence, Mention acronym) {
		int k = i - 2;
		while (k >= 0 && !found.taken[k] && i - 2 - k < 10 && (t.isCapitalized(k) || NameScanner.NAME_PARTICLES.contains(t.word[k])
				|| t.word[k].equals("-") || (t.end[k] == t.begin[k + 1] && !t.word[k].equals(",")
						&& !t.word[k].equals("(")))) {
			k--;
		}
		while (k + 1 < i - 2 && !t.isCapitalized(k + 1)) {
			k++;
		}
		if (k < i - 3) {
			acronym.antecedent = found.add(k + 1, i - 2, organization, confidence);
		}
	}
}
