package org.assay.engines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/** Greedy decoding against OpenNLP's beam search, with the same POS model on real articles. */
class GreedyDecoderTest {

	private static List<String[]> sentences() throws IOException {
		SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentence());
		TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokenizer());
		List<String[]> sentences = new ArrayList<>();
		for (Path folder : List.of(Path.of("../../releng/demo/articles"), Path.of("heldout"))) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
					for (String s : detector.sentDetect(Files.readString(f))) {
						sentences.add(tokenizer.tokenize(s));
					}
				}
			}
		}
		return sentences;
	}

	@Test
	void thatGreedyPosTagsAgreeWithTheBeamSearchOnAlmostEveryToken() throws IOException {
		POSModel model = OpenNlpModels.pos();
		POSTaggerME beam = new POSTaggerME(model, POSTagFormat.UD);
		GreedyDecoder greedy = new GreedyDecoder(model.getArtifact("pos.model"), model.getFactory().getPOSContextGenerator(0),
				model.getFactory().getSequenceValidator());
		int tokens = 0;
		int same = 0;
		for (String[] words : sentences()) {
			String[] expected = beam.tag(words);
			double[] probabilities = new double[words.length];
			String[] actual = greedy.decode(words, probabilities, null);
			for (int i = 0; i < words.length; i++) {
				tokens++;
				same += expected[i].equals(actual[i]) ? 1 : 0;
				assertThat(probabilities[i]).isBetween(0.0, 1.0);
			}
		}
		assertThat(tokens).isGreaterThan(3000);
		System.out.printf("greedy POS agrees with the beam on %d of %d tokens (%.4f)%n", same, tokens, (double) same / tokens);
		assertThat((double) same / tokens).isGreaterThan(0.995);
	}

	@Test
	void thatSettledTokensAreNotAskedAndLaterTokensSeeThem() throws IOException {
		POSModel model = OpenNlpModels.pos();
		GreedyDecoder greedy = new GreedyDecoder(model.getArtifact("pos.model"), model.getFactory().getPOSContextGenerator(0),
				model.getFactory().getSequenceValidator());
		String[] words = { "They", "run", "fast", "." };
		double[] probabilities = new double[4];
		String[] tags = greedy.decode(words, probabilities, (i, before) -> i == 1 ? "NOUN" : null);
		assertThat(tags).containsExactly("PRON", "NOUN", tags[2], "PUNCT");
		assertThat(probabilities[1]).isEqualTo(1.0);
		assertThat(greedy.decode(words, probabilities, null)[1]).isEqualTo("VERB");
	}
}
