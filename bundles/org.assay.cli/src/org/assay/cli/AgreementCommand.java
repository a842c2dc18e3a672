package org.assay.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.agreement.AgreementOperation;
import org.assay.core.corpus.Corpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay agreement}: inter-annotator agreement on entities. */
@Command(name = "agreement", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Agreement on entities between annotator layers, per document and pooled over the corpus, overall and per label (that label against the rest), computed with DKPro Agreement: tokens are the items, each coded with the label of the entity covering it (or O), giving Cohen's kappa for every pair, Fleiss' kappa and Krippendorff's alpha (nominal); entity spans on the character continuum give Krippendorff's unitizing alpha. An annotator's entities are the ones they decided on (ACCEPTED, CORRECTED, MANUAL).")
final class AgreementCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Option(names = "--annotators", paramLabel = "a,b,...", split = ",",
			description = "compare these layers (default: every annotator of the corpus)")
	private List<String> annotators;

	@Option(names = "--json", description = "the figures as JSON")
	private boolean json;

	@Override
	public Integer call() throws CorpusException {
		AgreementOperation op = new AgreementOperation(Corpus.open(corpus));
		if (annotators != null) {
			op.annotators(annotators);
		}
		AgreementOperation.Result r;
		try (ConsoleProgress progress = AssayCommand.progress(spec)) {
			r = op.execute(progress);
		}
		r.failures().forEach(f -> spec.commandLine().getErr().println("assay: " + f.getMessage()));
		AgreementReport report = new AgreementReport(r.documents(), r.corpus());
		if (json) {
			report.writeJson(spec.commandLine().getOut());
		} else {
			report.writeText(spec.commandLine().getOut());
		}
		return r.failures().isEmpty() ? AssayCommand.OK : AssayCommand.FAILED;
	}
}
