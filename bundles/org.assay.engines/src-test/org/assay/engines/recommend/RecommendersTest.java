package org.assay.engines.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.Manifest;
import org.assay.core.review.ReviewNavigator;
import org.assay.engines.AnnotateOperation;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.assertj.core.data.Offset;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** Recommenders learn a corpus's own labels from what its annotators confirmed. */
class RecommendersTest {

	private static TextPreparer preparer;

	@TempDir
	Path dir;

	@BeforeAll
	static void engines() throws Exception {
		preparer = new TextPreparer();
	}

	@AfterAll
	static void close() {
		preparer.close();
	}

	/** A document whose annotator confirmed {@code confirmed} and rejected {@code rejected} as {@code label}. */
	private static Recommender.Example example(String text, String label, List<String> confirmed, List<String> rejected)
			throws Exception {
		List<LabeledSpan> yes = new ArrayList<>();
		for (String c : confirmed) {
			int at = text.indexOf(c);
			yes.add(new LabeledSpan(at, at + c.length(), label));
		}
		List<LabeledSpan> no = new ArrayList<>();
		for (String r : rejected) {
			int at = text.indexOf(r);
			no.add(new LabeledSpan(at, at + r.length(), label));
		}
		return new Recommender.Example(new TrainingDocument("d", text, yes, no), preparer.prepare(text));
	}

	private static List<String> suggest(Recommender r, List<Recommender.Example> examples, String text) throws Exception {
		PreparedText p = preparer.prepare(text);
		return r.load(r.train(examples, new NullProgressMonitor())).suggest(p).stream()
				.map(s -> text.substring(s.begin(), s.end()) + "/" + s.label() + "/" + s.confidence()).toList();
	}

	@Test
	void thatTheStringMatcherSuggestsOtherOccurrencesScoredByHowOftenTheTextGotTheLabel() throws Exception {
		List<Recommender.Example> examples = List.of(
				example("Rebels fired an RPG-7 at the convoy near Gao.", "WEAPON", List.of("RPG-7"), List.of()),
				example("Soldiers seized two AK-47 rifles and an RPG-7 launcher.", "WEAPON", List.of("AK-47"), List.of("RPG-7")));
		assertThat(suggest(new StringMatcher(), examples, "Police said an AK-47 and an RPG-7 were used."))
				.containsExactly("AK-47/WEAPON/1.0", "RPG-7/WEAPON/0.5");
	}

	@Test
	void thatTheLongestConfirmedTextWins() throws Exception {
		List<Recommender.Example> examples = List.of(example(
				"The Islamic State in the Greater Sahara and the Islamic State claimed it.", "ARMED_GROUP",
				List.of("Islamic State in the Greater Sahara", "Islamic State claimed"), List.of()));
		assertThat(suggest(new StringMatcher(), examples, "Fighters of the Islamic State in the Greater Sahara left."))
				.containsExactly("Islamic State in the Greater Sahara/ARMED_GROUP/1.0");
	}

	@Test
	void thatTheSequenceModelLearnsACustomLabel() throws Exception {
		List<Recommender.Example> examples = new ArrayList<>();
		String[] weapons = { "AK-47", "RPG-7", "M16", "Dragunov", "FN FAL", "PKM", "Uzi", "Glock 17" };
		for (int i = 0; i < weapons.length; i++) {
			String w = weapons[i];
			examples.add(example("Witnesses said the gunmen carried a " + w + " rifle during the raid on " + (i + 3) + " May.", "WEAPON",
					List.of(w), List.of()));
		}
		List<String> found = suggest(new SequenceRecommender(100), examples, "Witnesses said the gunmen carried a Steyr rifle during the raid.");
		assertThat(found).anySatisfy(s -> assertThat(s).startsWith("Steyr/WEAPON/"));
	}

	@Test
	void thatTheSequenceModelSaysItsSecondBestLabellingForMostUncertainFirst() throws Exception {
		List<Recommender.Example> examples = new ArrayList<>();
		String[] weapons = { "AK-47", "RPG-7", "M16", "Dragunov", "FN FAL", "PKM", "Uzi", "Glock 17" };
		for (int i = 0; i < weapons.length; i++) {
			examples.add(example("Witnesses said the gunmen carried a " + weapons[i] + " rifle during the raid on " + (i + 3) + " May.",
					"WEAPON", List.of(weapons[i]), List.of()));
		}
		SequenceRecommender r = new SequenceRecommender(100);
		String text = "Witnesses said the gunmen carried a Steyr rifle during the raid.";
		Suggestion steyr = r.load(r.train(examples, new NullProgressMonitor())).suggest(preparer.prepare(text)).stream()
				.filter(s -> text.substring(s.begin(), s.end()).equals("Steyr")).findFirst().orElseThrow();
		// a model that learnt only WEAPON hesitates between a weapon and no name at all
		assertThat(steyr.runnerUp()).isEqualTo("O");
		assertThat(steyr.runnerUpConfidence()).isBetween(0.0, steyr.confidence());

		// the margin reaches the annotation, where "most uncertain first" reads it
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		CorpusRecommenders.add(jcas, CorpusRecommenders.existing(jcas), steyr, "recommender:sequence@x");
		Entity e = jcas.select(Entity.class).findFirst().orElseThrow();
		assertThat(e.getRunnerUp()).isEqualTo("O");
		assertThat(ReviewNavigator.uncertainty(e))
				.isCloseTo(1 - (steyr.confidence() - steyr.runnerUpConfidence()), Offset.offset(1e-9));
	}

	@Test
	void thatCappedTrainingKeepsEveryRareLabelAndSpreadsOverTheRest() throws Exception {
		List<NameSample> samples = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			String label = i % 100 == 7 ? "WEAPON" : "PERSON"; // 10 WEAPON sentences among 1,000
			samples.add(new NameSample(new String[] { "w" + i, "said" },
					new Span[] { new Span(0, 1, label) }, false));
		}
		List<NameSample> capped = SequenceRecommender.cap(samples, 100);
		assertThat(capped).hasSize(100);
		assertThat(capped.stream().filter(s -> s.getNames()[0].getType().equals("WEAPON"))).hasSize(10);
		// the PERSON sentences come from the whole range, not only its start
		assertThat(capped.get(capped.size() - 1).getSentence()[0]).isEqualTo("w" + capped.stream()
				.mapToInt(s -> Integer.parseInt(s.getSentence()[0].substring(1))).max().getAsInt());
		assertThat(capped.stream().mapToInt(s -> Integer.parseInt(s.getSentence()[0].substring(1))).max().getAsInt()).isGreaterThan(900);
		assertThat(SequenceRecommender.cap(samples, 5000)).isSameAs(samples);
	}

	@Test
	void thatACancelledTrainingStopsWithinItsIterations() throws Exception {
		List<Recommender.Example> examples = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			examples.add(example("Witnesses in town " + i + " said the gunmen carried a Dragunov rifle.", "WEAPON", List.of("Dragunov"),
					List.of()));
		}
		int[] asked = { 0 };
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return ++asked[0] > 3; // cancelled during the third iteration
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> new SequenceRecommender(2_000).train(examples, monitor));
		// asked during the iterations (three times each), and it stopped after the first ones
		assertThat(asked[0]).isBetween(4, 9);
	}

	private Corpus corpusWithWeapons(int documents) throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		String[] weapons = { "AK-47", "RPG-7", "M16", "Dragunov", "PKM", "Uzi", "Glock 17" };
		for (int i = 0; i < documents; i++) {
			String w = weapons[i % weapons.length];
			String text = "Police in town " + i + " said the attackers used a " + w + " and fled. The " + w + " was found later.";
			JCas jcas = AssayTypeSystem.newJCas();
			jcas.setDocumentText(text);
			int at = text.indexOf(w);
			Entity e = new Entity(jcas, at, at + w.length());
			e.setLabel("WEAPON");
			e.setStatus("ACCEPTED");
			e.setOrigin("alice");
			e.setConfidence(1.0);
			e.addToIndexes();
			String id = "doc" + i + ".txt";
			corpus.putText(id, text);
			corpus.writeLayer(id, "alice", jcas, DocumentState.FINISHED);
		}
		corpus.addLabel("WEAPON");
		corpus.save();
		return corpus;
	}

	@Test
	void thatTrainingOnAFewDocumentsActivatesTheRecommendersUnscoredAndAnnotateUsesThem() throws Exception {
		Corpus corpus = corpusWithWeapons(2);
		RecommenderState state = new RecommenderTraining(corpus, RecommenderTraining.builtIn()).execute(new NullProgressMonitor());
		RecommenderState.Entry strings = state.recommenders.get(StringMatcher.NAME);
		assertThat(strings.evaluated).isFalse();
		assertThat(strings.active).isTrue();
		assertThat(strings.spans).isEqualTo(2);
		assertThat(corpus.modelsFolder().resolve("strings.bin")).exists();
		assertThat(Files.readString(corpus.root().resolve(".gitignore"))).contains(".assay-models/");

		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("new.txt"), "Witnesses said a man with an AK-47 ran off.");
		new AnnotateOperation(in, corpus).execute(new NullProgressMonitor());
		JCas jcas = AssayTypeSystem.newJCas();
		corpus.readLayer("new.txt", Corpus.ENGINE_LAYER, jcas);
		Entity weapon = jcas.select(Entity.class).filter(e -> e.getLabel().equals("WEAPON")).findFirst().orElseThrow();
		assertThat(weapon.getCoveredText()).isEqualTo("AK-47");
		assertThat(weapon.getStatus()).isEqualTo("SUGGESTED");
		assertThat(weapon.getOrigin()).startsWith("recommender:strings@" + strings.modelId);
	}

	@Test
	void thatWithFiveDocumentsOrMoreEachRecommenderIsScoredWithALearningCurveAndGatedByTheThreshold() throws Exception {
		Corpus corpus = corpusWithWeapons(10);
		Manifest.RecommenderSettings strict = new Manifest.RecommenderSettings();
		strict.threshold = "1.01";
		corpus.setRecommender(SequenceRecommender.NAME, strict);
		Manifest.RecommenderSettings always = new Manifest.RecommenderSettings();
		always.threshold = "always";
		corpus.setRecommender(StringMatcher.NAME, always);
		RecommenderState state = new RecommenderTraining(corpus, RecommenderTraining.builtIn()).execute(new NullProgressMonitor());
		RecommenderState.Entry sequence = state.recommenders.get(SequenceRecommender.NAME);
		assertThat(sequence.evaluated).isTrue();
		assertThat(sequence.scores).containsKeys("WEAPON", "all");
		assertThat(sequence.learningCurve).hasSize(4);
		assertThat(sequence.learningCurve.get(3).spans).isGreaterThan(sequence.learningCurve.get(0).spans);
		assertThat(sequence.active).isFalse();
		assertThat(sequence.reason).startsWith("silent: F1");
		assertThat(state.recommenders.get(StringMatcher.NAME).active).isTrue();
		assertThat(RecommenderTrainingStore.readState(Corpus.open(corpus.root())).recommenders).containsKeys("strings", "sequence");
	}

	@Test
	void thatARecommenderAgreeingWithTheRulesAddsItsOriginToTheOneSuggestion() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		String text = "Police in Nairobi said the roads were closed.";
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		Entity e = new Entity(jcas, 10, 17);
		e.setLabel("LOCATION");
		e.setStatus("ACCEPTED");
		e.addToIndexes();
		corpus.putText("a.txt", text);
		corpus.writeLayer("a.txt", "alice", jcas, DocumentState.FINISHED);
		corpus.save();
		new RecommenderTraining(corpus, RecommenderTraining.builtIn()).execute(new NullProgressMonitor());

		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("b.txt"), "Traffic in Nairobi stopped on Friday.");
		new AnnotateOperation(in, corpus).execute(new NullProgressMonitor());
		JCas out = AssayTypeSystem.newJCas();
		corpus.readLayer("b.txt", Corpus.ENGINE_LAYER, out);
		List<Entity> nairobi = out.select(Entity.class).filter(x -> x.getCoveredText().equals("Nairobi")).toList();
		assertThat(nairobi).hasSize(1);
		assertThat(nairobi.get(0).getOrigin()).startsWith("assay-entities@").contains("+recommender:strings@");
	}

	@Test
	void thatAThresholdThatIsNoNumberIsNamedWithWhatToWrite() throws Exception {
		Corpus corpus = corpusWithWeapons(2);
		Manifest.RecommenderSettings wrong = new Manifest.RecommenderSettings();
		wrong.threshold = "high";
		corpus.setRecommender(StringMatcher.NAME, wrong);
		assertThat(catchThrowable(
				() -> new RecommenderTraining(corpus, RecommenderTraining.builtIn()).execute(new NullProgressMonitor())))
				.hasMessage(corpus.root().resolve("assay.json") + ": recommenders.strings.threshold is 'high': give the F1 from which it suggests (a number such as 0.5) or \"always\"");
	}
}
