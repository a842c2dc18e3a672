package org.assay.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.AnnotateOperation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay annotate}: pre-annotates a folder of texts into a corpus's engine layer. */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Runs the Assay pipeline (OpenNLP sentences, tokens and POS; quantities; dates; names; claims) on every .txt file below <input-dir> — and on every news page saved as .html/.htm, whose article (title and body, without navigation, ads and related links) becomes the document's text, the page itself kept under <corpus-dir>/originals/ — and stores the suggestions in the corpus's engine layer. The corpus is created if needed; existing documents are updated. Files that cannot be read, and pages with no recognisable article, are reported on stderr, one line each, and skipped.")
final class AnnotateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<input-dir>", description = "folder of .txt articles and .html pages (searched recursively)")
	private Path input;

	@Option(names = "--out", required = true, paramLabel = "<corpus-dir>", description = "corpus folder to create or update")
	private Path out;

	@Option(names = "--threads", paramLabel = "N", converter = Options.PositiveConverter.class,
			description = "pipelines to run in parallel (default: number of processors)")
	private Integer threads;

	@Override
	public Integer call() throws CorpusException {
		Corpus corpus = Corpus.openOrCreate(out);
		int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
		AnnotateOperation.Result r;
		try (ConsoleProgress progress = AssayCommand.progress(spec)) {
			r = new AnnotateOperation(input, corpus).threads(n).execute(progress);
		}
		r.failures().forEach(f -> spec.commandLine().getErr().println("assay: " + f.getMessage()));
		spec.commandLine().getOut().printf(Locale.ROOT, "%d document(s) annotated into %s (%d tokens, %.1f s)%n",
				r.annotated(), out, r.tokens(), r.seconds());
		if (!r.ok()) {
			spec.commandLine().getErr().println("assay annotate: " + r.failures().size() + " problem(s) with files or engines (listed above)");
			return AssayCommand.FAILED;
		}
		return AssayCommand.OK;
	}
}
