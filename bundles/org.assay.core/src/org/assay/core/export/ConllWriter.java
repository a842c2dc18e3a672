package org.assay.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.assay.core.FallbackTokens;
import org.assay.core.Span;
import org.assay.type.Entity;
import org.assay.type.Sentence;
import org.assay.type.Token;

/**
 * CoNLL-2003: "-DOCSTART- -X- -X- O" per document, then one token per line
 * ({@code word POS chunk tag}, chunk left as "O"), a blank line after each sentence. Entity tags
 * are BIO (IOB2) in the CoNLL-2003 tagset, so CoNLL-03 readers and trainers accept the file:
 * PERSON, ORGANIZATION, LOCATION and MISC become PER, ORG, LOC and MISC; other labels (DATE,
 * QUANTITY, corpus-specific ones) are not CoNLL-2003 entities and are left out (the JSON Lines,
 * XMI and brat exports keep them). Overlapping entities cannot be expressed: the first
 * (outermost) wins.
 */
public final class ConllWriter {

	private static final Map<String, String> CONLL_NAMES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG",
			"LOCATION", "LOC", "MISC", "MISC", "PER", "PER", "ORG", "ORG", "LOC", "LOC");

	private final Writer out;
	private final StatusFilter filter;

	/** Writes documents to {@code out}, keeping the entities {@code filter} keeps. */
	public ConllWriter(Writer out, StatusFilter filter) {
		this.out = out;
		this.filter = filter;
	}

	/** Writes one document: its -DOCSTART- line, then its sentences. */
	public void write(JCas jcas) throws IOException {
		out.write("-DOCSTART- -X- -X- O\n\n");
		String text = jcas.getDocumentText();
		List<Span> tokens = new ArrayList<>();
		List<String> pos = new ArrayList<>();
		if (jcas.select(Token.class).isEmpty()) {
			tokens.addAll(FallbackTokens.of(text));
			tokens.forEach(t -> pos.add("X"));
		} else {
			for (Token t : jcas.select(Token.class)) {
				tokens.add(new Span(t.getBegin(), t.getEnd()));
				pos.add(t.getPos() == null || t.getPos().isBlank() ? "X" : t.getPos());
			}
		}
		String[] tags = tags(jcas, tokens);
		List<Integer> sentenceEnds = sentenceEnds(jcas, text);
		int sentence = 0;
		boolean wrote = false;
		for (int i = 0; i < tokens.size(); i++) {
			Span t = tokens.get(i);
			while (sentence < sentenceEnds.size() && t.begin() >= sentenceEnds.get(sentence)) {
				sentence++;
				if (wrote) {
					out.write('\n');
					wrote = false;
				}
			}
			String word = t.of(text).replaceAll("\\s+", "_");
			out.write(word + " " + pos.get(i) + " O " + tags[i] + "\n");
			wrote = true;
		}
		if (wrote) {
			out.write('\n');
		}
	}

	private String[] tags(JCas jcas, List<Span> tokens) {
		String[] tags = new String[tokens.size()];
		java.util.Arrays.fill(tags, "O");
		int from = 0;
		for (Entity e : jcas.select(Entity.class)) {
			String label = e.getLabel() == null ? null : CONLL_NAMES.get(e.getLabel().toUpperCase(Locale.ROOT));
			if (!filter.keeps(e) || label == null) {
				continue;
			}
			while (from < tokens.size() && tokens.get(from).end() <= e.getBegin()) {
				from++;
			}
			boolean free = true;
			List<Integer> covered = new ArrayList<>();
			for (int i = from; i < tokens.size() && tokens.get(i).begin() < e.getEnd(); i++) {
				covered.add(i);
				free &= tags[i].equals("O");
			}
			if (free) {
				for (int k = 0; k < covered.size(); k++) {
					tags[covered.get(k)] = (k == 0 ? "B-" : "I-") + label;
				}
			}
		}
		return tags;
	}

	private static List<Integer> sentenceEnds(JCas jcas, String text) {
		List<Integer> ends = new ArrayList<>();
		for (Sentence s : jcas.select(Sentence.class)) {
			ends.add(s.getEnd());
		}
		if (ends.isEmpty()) {
			for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
				ends.add(i);
			}
			ends.add(text.length());
		}
		return ends;
	}
}
