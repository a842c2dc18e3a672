package org.assay.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.engines.EngineSources.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word list of the engines lives in one {@code .txt} resource, not in Java: a list in code
 * drifts from its copy in a file (the approximators did) and cannot be reviewed by a linguist.
 */
class WordListsTest {

	private static List<String> find(String code) {
		return WordListFinder.find(new Source(Path.of("Sample.java"), EngineSources.withoutComments(code)));
	}

	@Test
	void thatNoEngineClassHoldsAWordList() {
		List<String> lists = new ArrayList<>();
		for (Source s : EngineSources.production()) {
			lists.addAll(WordListFinder.find(s));
		}
		assertThat(lists).as("word lists in engine Java; move each to a .txt resource read with Lexicon").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"static final Set<String> APPROXIMATORS = Set.of(\"around\", \"about\", \"roughly\", \"nearly\", \"almost\");",
			"String[] units = { \"days\", \"weeks\", \"months\",\n \"years\", \"hours\" };",
			"boolean unit = t.is(i + 1, \"days\", \"weeks\", \"months\", \"years\", \"hours\");",
			"if (w.equals(\"around\") || w.equals(\"about\") || (w.equals(\"roughly\")) || w.equals(\"nearly\") || w.equals(\"circa\")) {",
			"switch (w) { case \"around\": case \"about\": case \"roughly\": case \"nearly\": case \"circa\": return true; }",
			"Pattern APPROX = Pattern.compile(\"\\\\b(?:around|about|roughly|nearly|circa)\\\\b\");",
			"List<String> rangeWords = List.of(\"to\", \"-\", \"\\u2013\", \"and\", \"or\", \"through\", \"till\");" })
	void thatAListWrittenInJavaIsFound(String code) {
		assertThat(find("class Sample {\n" + code + "\n}")).singleElement().asString().startsWith("Sample.java:2: ");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"if (t.is(k - 1, \"the\", \"a\", \"an\") || t.is(k + 1, \"of\", \"to\")) {",
			"static final Set<String> VERBS = load(\"cue-verbs.txt\"), BE = load(\"be.txt\"), HEDGES = load(\"hedge-adverbs.txt\"),"
					+ " MODALS = load(\"modals.txt\"), NEGATIONS = load(\"negations.txt\");",
			"throw new CorpusException(file, \"is too long\", \"to annotate\", \"in the memory given\", \"to Assay\", \"split it\");",
			"if (pos.equals(\"NOUN\") || pos.equals(\"PROPN\") || pos.equals(\"VERB\") || pos.equals(\"AUX\") || pos.equals(\"ADJ\")) {",
			"// around, about, roughly, nearly, circa: see modifiers.txt\n boolean a = w.equals(\"x\");",
			"boolean a = w.equals(\"around\") || v.equals(\"about\") || u.equals(\"roughly\") || s.equals(\"nearly\") || r.equals(\"circa\");" })
	void thatChecksOfAFewWordsMessagesFileNamesAndTagsAreNoList(String code) {
		assertThat(find("class Sample {\n" + code + "\n}")).isEmpty();
	}
}
