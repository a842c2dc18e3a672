package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.engines.ner.training.NameModelTraining;
import org.assay.engines.ner.training.NameModels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code assay model}: trains the shipped name model and compares name models across corpora. */
@Command(name = "model", mixinStandardHelpOptions = true,
		description = "The statistical name model: train the one that ships in the engines bundle from the openly licensed NER data in the repository, or train on one corpus and test on another.",
		subcommands = { ModelCommand.Train.class, ModelCommand.Evaluate.class, ModelCommand.Curve.class })
final class ModelCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		throw new ParameterException(spec.commandLine(), "missing subcommand (train, evaluate or curve)");
	}

	/** The --train and --test corpora of the comparisons. */
	static final class Corpora {
		@Option(names = "--train", required = true, paramLabel = "<dir>", description = "training corpus (CoNLL files)")
		Path train;

		@Option(names = "--test", required = true, paramLabel = "<dir>", description = "test corpus (CoNLL files)")
		Path test;

		/** The output, after a line naming both corpora. */
		PrintWriter header(CommandSpec spec) {
			PrintWriter out = spec.commandLine().getOut();
			out.printf(Locale.ROOT, "train %s -> test %s%n", train, test);
			return out;
		}
	}

	/** {@code assay model train}. */
	@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
			description = "Trains Assay's name model (OpenNLP perceptron with Assay's knowledge features: gazetteers, cue words, POS, the rule recogniser's decisions) on every .conll file below --data and writes it to --out. The shipped model is made with: assay model train --data bundles/org.assay.engines/ner-data --out bundles/org.assay.engines/src/org/assay/engines/ner/assay-names-en.bin")
	static final class Train implements Callable<Integer> {
		@Spec
		private CommandSpec spec;

		@Option(names = "--data", required = true, paramLabel = "<dir>", description = "folder of CoNLL files (PER/ORG/LOC in BIO or IO tags)")
		private Path data;

		@Option(names = "--out", required = true, paramLabel = "<file>", description = "where the model is written")
		private Path out;

		@Option(names = "--iterations", paramLabel = "N", defaultValue = "300", converter = Options.PositiveConverter.class,
				description = "perceptron iterations (default: ${DEFAULT-VALUE})")
		private int iterations;

		@Override
		public Integer call() throws CorpusException {
			NameModelTraining.Trained t = NameModelTraining.train(data, out, iterations);
			spec.commandLine().getOut().printf(Locale.ROOT, "trained on %d sentences of %d documents in %.1f s; written to %s%n",
					t.sentences(), t.documents(), t.seconds(), out);
			return AssayCommand.OK;
		}
	}

	/** {@code assay model evaluate}. */
	@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
			description = "Trains on the CoNLL files below --train and tests on those below --test (exact span and label, PER/ORG/LOC): OpenNLP with its defaults, OpenNLP's perceptron, Assay's rules alone and Assay's model.")
	static final class Evaluate implements Callable<Integer> {
		@Spec
		private CommandSpec spec;

		@Mixin
		private Corpora corpora;

		@Option(names = "--iterations", paramLabel = "N", defaultValue = "300", converter = Options.PositiveConverter.class,
				description = "perceptron iterations (default: ${DEFAULT-VALUE})")
		private int iterations;

		@Override
		public Integer call() throws CorpusException {
			List<NameModelTraining.Row> rows = NameModelTraining.evaluate(corpora.train, corpora.test, iterations);
			PrintWriter out = corpora.header(spec);
			out.printf(Locale.ROOT, "%-38s %7s %7s %7s  %7s %7s %7s %9s%n", "system", "P", "R", "F1", "PER F1", "ORG F1", "LOC F1", "train s");
			for (NameModelTraining.Row r : rows) {
				NameModels.Score all = r.scores().getOrDefault("all", new NameModels.Score(0, 0, 0));
				out.printf(Locale.ROOT, "%-38s %7.3f %7.3f %7.3f  %7.3f %7.3f %7.3f %9.1f%n", r.system(), all.precision(), all.recall(),
						all.f1(), f1(r, "PERSON"), f1(r, "ORGANIZATION"), f1(r, "LOCATION"), r.trainingSeconds());
			}
			return AssayCommand.OK;
		}

		private static double f1(NameModelTraining.Row r, String label) {
			return r.scores().getOrDefault(label, new NameModels.Score(0, 0, 0)).f1();
		}
	}

	/** {@code assay model curve}. */
	@Command(name = "curve", mixinStandardHelpOptions = true, sortOptions = false,
			description = "The learning curve of Assay's sequence recommender (perceptron with Assay's knowledge features, as 'assay train' trains it) against OpenNLP with INCEpTION's defaults (maxent, 100 iterations, cutoff 5): both trained on the first N sentences of --train, tested on --test (exact span and label, PER/ORG/LOC).")
	static final class Curve implements Callable<Integer> {
		@Spec
		private CommandSpec spec;

		@Mixin
		private Corpora corpora;

		@Option(names = "--sizes", paramLabel = "N,N,...", split = ",", defaultValue = "100,300,1000,3000",
				description = "numbers of training sentences (default: ${DEFAULT-VALUE})")
		private int[] sizes;

		@Option(names = "--iterations", paramLabel = "N", defaultValue = "100", converter = Options.PositiveConverter.class,
				description = "perceptron iterations, as the sequence recommender trains (default: ${DEFAULT-VALUE})")
		private int iterations;

		@Override
		public Integer call() throws CorpusException {
			List<NameModelTraining.CurvePoint> points = NameModelTraining.curve(corpora.train, corpora.test, sizes, iterations);
			PrintWriter out = corpora.header(spec);
			out.printf(Locale.ROOT, "%9s  %-27s %8s  %-27s %8s%n", "sentences", "Assay P / R / F1", "train s", "OpenNLP defaults P / R / F1",
					"train s");
			for (NameModelTraining.CurvePoint p : points) {
				out.printf(Locale.ROOT, "%9d  %.3f / %.3f / %.3f %11.2f  %.3f / %.3f / %.3f %11.2f%n", p.sentences(), p.assay().precision(),
						p.assay().recall(), p.assay().f1(), p.assaySeconds(), p.openNlp().precision(), p.openNlp().recall(),
						p.openNlp().f1(), p.openNlpSeconds());
			}
			return AssayCommand.OK;
		}
	}
}
