package org.assay.engines.ner;

import static org.assay.engines.EngineFixture.run;
import static org.assay.engines.EngineFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.engines.dates.DateRecognizer;
import org.assay.type.Token;
import org.junit.jupiter.api.Test;

/** The knowledge features of each token, as the name model sees them. */
class NameKnowledgeTest {

	private static List<String> features(String text) {
		JCas jcas = run(EntityRecognizer.class, run(DateRecognizer.class, tokens(text)));
		NameKnowledge k = NameKnowledge.of(jcas);
		return List.of(k.tokens(0, (int) jcas.select(Token.class).count() - 1)).stream()
				.map(t -> t.replace(NameTokens.SEPARATOR, '|')).toList();
	}

	@Test
	void thatGazetteersCuesPosAndRuleDecisionsAreFeatures() {
		assertThat(features("General John Camara flew to Burkina Faso.")).containsExactly(
				"title role p=PROPN|General", "given r=PERSON:B p=PROPN|John", "r=PERSON:I p=PROPN|Camara", "p=VERB|flew",
				"p=PART|to", "g=country:B r=LOCATION:B p=PROPN|Burkina", "g=country:I r=LOCATION:I p=PROPN|Faso", "p=PUNCT|.");
	}

	@Test
	void thatCapitalLinesAndWordsTheDocumentWritesInLowerCaseAreMarked() {
		List<String> f = features("POLICE RAID OFFICES\nThe police raided three offices.");
		assertThat(f.get(0)).contains("capsline").endsWith("|POLICE");
		assertThat(features("Police said more. The police left.").get(0)).contains("lcdoc");
	}

	@Test
	void thatRuleNamesAreReadBackFromTheirFeatures() {
		String[] tokens = { "r=PERSON:B\uE000Ada", "r=PERSON:I\uE000Lovelace", "\uE000met", "r=ORGANIZATION:B\uE000AFP",
				"r=ORGANIZATION:B\uE000NATO" };
		assertThat(NameKnowledge.ruleNames(tokens)).extracting(s -> s.getStart() + "-" + s.getEnd() + " " + s.getType())
				.containsExactly("0-2 PERSON", "3-4 ORGANIZATION", "4-5 ORGANIZATION");
	}
}
