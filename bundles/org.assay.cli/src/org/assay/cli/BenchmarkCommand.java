package org.assay.cli;

import java.util.concurrent.Callable;

import org.assay.cli.bench.PipelineBenchmark;
import org.assay.cli.bench.SyntheticNews;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay benchmark}: pipeline throughput against bare OpenNLP. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
		description = "Generates N news-like articles (same seed, same texts) and measures documents/s, tokens/s and peak heap of bare OpenNLP sentence+token+POS and of the Assay pipeline, with 1 and 2 threads, in this JVM. Prints the ratios against the targets.")
final class BenchmarkCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--docs", paramLabel = "N", defaultValue = "10000", converter = Options.PositiveConverter.class,
			description = "number of articles (default: ${DEFAULT-VALUE})")
	private int docs;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
	private int seed;

	@Override
	public Integer call() throws Exception {
		new PipelineBenchmark(new SyntheticNews(seed).articles(docs), spec.commandLine().getOut()).run();
		return AssayCommand.OK;
	}
}
