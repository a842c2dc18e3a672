package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.agreement.AgreementOperation;
import org.assay.core.corpus.Corpus;
import org.assay.core.report.CorpusReport;
import org.assay.types.ReviewStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay report}: counts, agreement and engine precision/recall of a corpus. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Counts of entities and claims per label and review status (in the layer an export uses), agreement between annotators when there are two or more, engine precision/recall per label against the reviewed annotations (exact span and label), and what annotators did with each engine's and recommender's suggestions (accepted, corrected, rejected).")
final class ReportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path root;

	@Override
	public Integer call() throws CorpusException {
		PrintWriter out = spec.commandLine().getOut();
		Corpus corpus = Corpus.open(root);
		CorpusReport.Result r;
		try (ConsoleProgress progress = AssayCommand.progress(spec)) {
			r = new CorpusReport(corpus).execute(progress);
		}
		out.printf(Locale.ROOT, "%s: %d document(s), %d reviewed%n%n", corpus.root(), r.documents(), r.reviewedDocuments());
		List<String> statuses = Arrays.stream(ReviewStatus.values()).map(Enum::name).toList();
		out.printf(Locale.ROOT, "%-24s", "label");
		statuses.forEach(st -> out.printf(Locale.ROOT, " %10s", st));
		out.println();
		r.counts().forEach((label, byStatus) -> {
			out.printf(Locale.ROOT, "%-24s", label);
			statuses.forEach(st -> out.printf(Locale.ROOT, " %10d", byStatus.getOrDefault(st, 0)));
			out.println();
		});
		if (!r.engineScores().isEmpty()) {
			out.println();
			out.println("Engine suggestions against the reviewed annotations (exact span and label):");
			out.printf(Locale.ROOT, "%-16s %6s %6s %6s %9s %9s%n", "label", "tp", "fp", "fn", "precision", "recall");
			r.engineScores().forEach((label, s) -> out.printf(Locale.ROOT, "%-16s %6d %6d %6d %9.3f %9.3f%n", label,
					s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall()));
		}
		if (!r.decisions().isEmpty()) {
			out.println();
			out.println("What annotators did with the suggestions (per origin and suggested label):");
			out.printf(Locale.ROOT, "%-44s %-16s %8s %9s %8s %10s%n", "origin", "label", "accepted", "corrected", "rejected", "acceptance");
			r.decisions().forEach((origin, byLabel) -> byLabel.forEach((label, d) -> out.printf(Locale.ROOT,
					"%-44s %-16s %8d %9d %8d %10.3f%n", origin, label, d.accepted(), d.corrected(), d.rejected(), d.acceptance())));
		}
		Set<String> annotators = new TreeSet<>();
		for (String id : corpus.documentIds()) {
			annotators.addAll(corpus.annotatorLayers(id));
		}
		if (annotators.size() >= 2) {
			out.println();
			AgreementOperation.Result a;
			try (ConsoleProgress progress = AssayCommand.progress(spec)) {
				a = new AgreementOperation(corpus).execute(progress);
			}
			new AgreementReport(a.documents(), a.corpus()).writeText(out);
		}
		r.failures().forEach(f -> spec.commandLine().getErr().println("assay: " + f.getMessage()));
		return r.failures().isEmpty() ? AssayCommand.OK : AssayCommand.FAILED;
	}
}
