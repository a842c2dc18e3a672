package org.assay.core.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.uima.jcas.JCas;
import org.assay.core.FallbackTokens;
import org.assay.core.Span;
import org.assay.type.Entity;
import org.assay.type.Sentence;
import org.assay.type.Token;

/**
 * A document as token-classification trainers see it: its sentences, each a list of tokens
 * with a part of speech and an IOB2 entity tag. Tokens are the layer's (or {@link FallbackTokens}
 * when it has none); sentences the layer's (or its lines). An entity covers every token it
 * overlaps; overlapping entities cannot be expressed in IOB2, so the first (outermost) wins and
 * the others are counted in {@link #dropped}.
 */
public final class IobSentences {

	/** One sentence: its tokens, their parts of speech ("X" when unknown) and IOB2 tags. */
	public record Tagged(List<String> tokens, List<String> pos, List<String> tags) {
	}

	private final List<Tagged> sentences = new ArrayList<>();
	private int dropped;

	/**
	 * The sentences of {@code jcas}, tagging the entities {@code filter} keeps with the tag
	 * {@code label} gives for their label (null: the entity is not tagged).
	 */
	public IobSentences(JCas jcas, StatusFilter filter, Function<String, String> label) {
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
		String[] tags = tags(jcas, tokens, filter, label);
		List<Integer> ends = sentenceEnds(jcas, text);
		int sentence = 0;
		Tagged current = null;
		for (int i = 0; i < tokens.size(); i++) {
			Span t = tokens.get(i);
			while (sentence < ends.size() && t.begin() >= ends.get(sentence)) {
				sentence++;
				current = null;
			}
			if (current == null) {
				current = new Tagged(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
				sentences.add(current);
			}
			current.tokens().add(t.of(text));
			current.pos().add(pos.get(i));
			current.tags().add(tags[i]);
		}
	}

	/** The sentences, in text order; none is empty. */
	public List<Tagged> sentences() {
		return sentences;
	}

	/** How many kept entities could not be tagged because they overlap one tagged before. */
	public int dropped() {
		return dropped;
	}

	private String[] tags(JCas jcas, List<Span> tokens, StatusFilter filter, Function<String, String> label) {
		String[] tags = new String[tokens.size()];
		Arrays.fill(tags, "O");
		int from = 0;
		for (Entity e : jcas.select(Entity.class)) {
			String tag = e.getLabel() == null ? null : label.apply(e.getLabel());
			if (!filter.keeps(e) || tag == null) {
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
			if (!free) {
				dropped++;
				continue;
			}
			for (int k = 0; k < covered.size(); k++) {
				tags[covered.get(k)] = (k == 0 ? "B-" : "I-") + tag;
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
