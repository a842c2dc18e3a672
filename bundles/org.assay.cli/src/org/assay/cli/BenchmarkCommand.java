package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.assay.cli.bench.AgreementBenchmark;
import org.assay.cli.bench.PipelineBenchmark;
import org.assay.cli.bench.SyntheticNews;
import org.assay.engines.ner.training.NameModelTraining;

import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay benchmark}: pipeline throughput against bare OpenNLP. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
		description = "Generates N news-like articles (same seed, same texts) and measures documents/s, tokens/s and peak heap of bare OpenNLP sentence+token+POS, of bare OpenNLP sentence+token+POS+name finder and of the Assay pipeline, with 1 and 2 threads, in this JVM. Prints the ratios against the targets.")
final class BenchmarkCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--docs", paramLabel = "N", defaultValue = "10000", converter = Options.PositiveConverter.class,
			description = "number of articles (default: ${DEFAULT-VALUE})")
	private int docs;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
	private int seed;

	@Option(names = "--names-data", paramLabel = "<dir>", defaultValue = "bundles/org.assay.engines/ner-data",
			description = "CoNLL data the bare pipeline's name finder is trained on, as the shipped model was (default: ${DEFAULT-VALUE}, run from the repository)")
	private Path namesData;

	@Option(names = "--names-iterations", paramLabel = "N", defaultValue = "300", converter = Options.PositiveConverter.class,
			description = "perceptron iterations for the bare name finder (default: ${DEFAULT-VALUE}, as for the shipped model: fewer iterations leave fewer features and a faster finder)")
	private int namesIterations;

	@Option(names = "--agreement", description = "instead: the agreement benchmark — N articles of about 700 tokens (default 1000 with this option) x 3 annotator layers, every figure of 'assay agreement', time and peak heap")
	private boolean agreement;

	@Option(names = "--agreement-dkpro", description = "with --agreement: also compute the same figures with DKPro Agreement's own unitizing alpha and print both and their largest difference")
	private boolean agreementDkpro;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		if (agreement || agreementDkpro) {
			int n = spec.commandLine().getParseResult().hasMatchedOption("--docs") ? docs : 1000;
			// articles of about 700 tokens, as in the corpus the agreement targets were set on: two generated ones each
			List<String> halves = new SyntheticNews(seed).articles(2 * n);
			List<String> articles = IntStream.range(0, n).mapToObj(i -> halves.get(2 * i) + "\n\n" + halves.get(2 * i + 1)).toList();
			new AgreementBenchmark(articles, out).run(agreementDkpro);
			return AssayCommand.OK;
		}
		long start = System.nanoTime();
		TokenNameFinderModel bareNames = NameModelTraining.trainPlain(namesData, namesIterations);
		out.printf(Locale.ROOT, "bare name finder: OpenNLP default features, perceptron, trained on %s in %.1f s%n", namesData,
				(System.nanoTime() - start) / 1e9);
		new PipelineBenchmark(new SyntheticNews(seed).articles(docs), bareNames, out).run();
		return AssayCommand.OK;
	}
}
