package org.assay.engines.ner.training;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.io.AtomicFileWriter;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains and evaluates name models from folders of CoNLL files: the shipped model
 * ({@code assay model train}) and the cross-corpus comparison ({@code assay model evaluate}).
 */
public final class NameModelTraining {

	/** What a training run did. */
	public record Trained(int documents, int sentences, double seconds) {
	}

	/** One system's scores on a test corpus. */
	public record Row(String system, Map<String, NameModels.Score> scores, double trainingSeconds) {
	}

	private NameModelTraining() {
	}

	/** Every CoNLL file below {@code folder} ({@code *.conll}, {@code *.conll.txt}), in name order, read. */
	public static List<ConllDocuments.Document> read(Path folder) throws CorpusException {
		if (!Files.isDirectory(folder)) {
			throw new CorpusException(folder, Files.exists(folder) ? "is not a folder" : "does not exist");
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(p -> p.toString().endsWith(".conll") || p.toString().endsWith(".conll.txt")).sorted().toList();
		} catch (IOException e) {
			throw new CorpusException(folder, "cannot be listed: " + e.getMessage(), e);
		}
		if (files.isEmpty()) {
			throw new CorpusException(folder, "holds no .conll files");
		}
		List<ConllDocuments.Document> documents = new ArrayList<>();
		for (Path f : files) {
			try {
				documents.addAll(ConllDocuments.read(f));
			} catch (IOException e) {
				throw new CorpusException(f, e.getMessage().startsWith(f.toString()) ? e.getMessage().substring(f.toString().length() + 2)
						: "cannot be read: " + e.getMessage(), e);
			}
		}
		return documents;
	}

	/** Trains the knowledge model on {@code data} and writes it (atomically) to {@code out}. */
	public static Trained train(Path data, Path out, int iterations) throws CorpusException {
		List<ConllDocuments.Document> documents = read(data);
		long start = System.nanoTime();
		try {
			List<NameSample> samples = new NameSamples().withKnowledge(documents);
			TrainingParameters parameters = perceptron(iterations);
			TokenNameFinderModel model = NameModels.trainWithKnowledge(samples, parameters);
			AtomicFileWriter.write(out, (OutputStream stream) -> model.serialize(stream));
			return new Trained(documents.size(), samples.size(), (System.nanoTime() - start) / 1e9);
		} catch (ResourceInitializationException | AnalysisEngineProcessException | IOException e) {
			throw new CorpusException(data, "training failed: " + e.getMessage(), e);
		}
	}

	/**
	 * A model with OpenNLP's default features (no Assay knowledge) trained on {@code data} with
	 * Assay's perceptron settings: the name finder of a bare OpenNLP pipeline.
	 */
	public static TokenNameFinderModel trainPlain(Path data, int iterations) throws CorpusException {
		List<ConllDocuments.Document> documents = read(data);
		TrainingParameters parameters = perceptron(iterations);
		try {
			return NameModels.trainPlain(NameSamples.plain(documents), parameters);
		} catch (IOException e) {
			throw new CorpusException(data, "training failed: " + e.getMessage(), e);
		}
	}

	/**
	 * Trains on one corpus and tests on another: OpenNLP with its defaults (maxent, 100
	 * iterations, cutoff 5), OpenNLP's perceptron, Assay's rules alone, and Assay's model (the
	 * perceptron with the knowledge features) decoded by OpenNLP's beam search and as Assay's
	 * recogniser decodes it.
	 */
	public static List<Row> evaluate(Path train, Path test, int iterations) throws CorpusException {
		Pair data = Pair.read(train, test);
		List<NameSample> trainK = data.trainKnowledge();
		List<NameSample> testK = data.testKnowledge();
		List<NameSample> trainPlain = data.trainPlain();
		List<NameSample> testPlain = data.testPlain();
		TrainingParameters perceptron = perceptron(iterations);
		try {
			List<Row> rows = new ArrayList<>();
			long t = System.nanoTime();
			TokenNameFinderModel defaults = NameModels.trainPlain(trainPlain, NameModels.openNlpDefaults());
			rows.add(new Row("OpenNLP defaults (maxent 100/5)", NameModels.evaluate(defaults, testPlain), seconds(t)));
			t = System.nanoTime();
			TokenNameFinderModel plain = NameModels.trainPlain(trainPlain, perceptron);
			rows.add(new Row("OpenNLP perceptron", NameModels.evaluate(plain, testPlain), seconds(t)));
			rows.add(new Row("Assay rules alone", NameModels.rules(testK), 0));
			t = System.nanoTime();
			TokenNameFinderModel knowledge = NameModels.trainWithKnowledge(trainK, perceptron);
			double seconds = seconds(t);
			rows.add(new Row("Assay model, OpenNLP beam decoding", NameModels.evaluate(knowledge, testK), seconds));
			rows.add(new Row("Assay model, as shipped (greedy)", NameModels.evaluateAsShipped(knowledge, testK), seconds));
			return rows;
		} catch (IOException e) {
			throw new CorpusException(train, "evaluation failed: " + e.getMessage(), e);
		}
	}

	/**
	 * One point of a learning curve.
	 *
	 * @param sentences      sentences learnt from
	 * @param assay          Assay's sequence recommender (perceptron with the knowledge features)
	 * @param assaySeconds   its training time
	 * @param openNlp        OpenNLP with INCEpTION's defaults (maxent, 100 iterations, cutoff 5)
	 * @param openNlpSeconds its training time
	 */
	public record CurvePoint(int sentences, NameModels.Score assay, double assaySeconds, NameModels.Score openNlp,
			double openNlpSeconds) {
	}

	/**
	 * The learning curve of Assay's sequence recommender against OpenNLP's defaults: both trained
	 * on the first N sentences of {@code train} for each N of {@code sizes}, tested on {@code test}.
	 */
	public static List<CurvePoint> curve(Path train, Path test, int[] sizes, int iterations) throws CorpusException {
		Pair data = Pair.read(train, test);
		List<NameSample> trainK = data.trainKnowledge();
		List<NameSample> testK = data.testKnowledge();
		List<NameSample> trainPlain = data.trainPlain();
		List<NameSample> testPlain = data.testPlain();
		TrainingParameters perceptron = perceptron(iterations);
		try {
			List<CurvePoint> points = new ArrayList<>();
			for (int n : sizes) {
				int size = Math.min(n, trainK.size());
				long t = System.nanoTime();
				TokenNameFinderModel assay = NameModels.trainWithKnowledge(trainK.subList(0, size), perceptron);
				double assaySeconds = seconds(t);
				t = System.nanoTime();
				TokenNameFinderModel plain = NameModels.trainPlain(trainPlain.subList(0, size), NameModels.openNlpDefaults());
				double plainSeconds = seconds(t);
				points.add(new CurvePoint(size, NameModels.evaluateAsShipped(assay, testK).get("all"), assaySeconds,
						NameModels.evaluate(plain, testPlain).get("all"), plainSeconds));
			}
			return points;
		} catch (IOException e) {
			throw new CorpusException(train, "the learning curve failed: " + e.getMessage(), e);
		}
	}

	/** A training and a test corpus as samples, with Assay's knowledge and plain. */
	private record Pair(List<NameSample> trainKnowledge, List<NameSample> testKnowledge, List<NameSample> trainPlain,
			List<NameSample> testPlain) {
		static Pair read(Path train, Path test) throws CorpusException {
			List<ConllDocuments.Document> trainDocs = NameModelTraining.read(train);
			List<ConllDocuments.Document> testDocs = NameModelTraining.read(test);
			try {
				NameSamples maker = new NameSamples();
				return new Pair(maker.withKnowledge(trainDocs), maker.withKnowledge(testDocs), NameSamples.plain(trainDocs),
						NameSamples.plain(testDocs));
			} catch (ResourceInitializationException | AnalysisEngineProcessException e) {
				throw new CorpusException(train, "the pipeline cannot prepare the samples: " + e.getMessage(), e);
			}
		}
	}

	/** Assay's perceptron settings with {@code iterations} iterations. */
	private static TrainingParameters perceptron(int iterations) {
		TrainingParameters p = NameModels.assayParameters();
		p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
		return p;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
