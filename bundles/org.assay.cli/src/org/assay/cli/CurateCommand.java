package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.assay.core.Abbreviation;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.curation.CurateOperation;
import org.assay.core.curation.Curation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay curate}: merges what annotators agree on and lists their differences. */
@Command(name = "curate", mixinStandardHelpOptions = true,
		description = "For every document with two or more annotator layers, writes the curated layer (annotations/<doc>/curation.xmi, unless it exists) with every entity and claim the annotators agree on, then lists the positions where they differ: different labels or boundaries, a span only some have, a claim whose source, cue, kind or factuality differ. Settle those in the workbench (Curation view) or by editing the curated layer. Exports use the curated layer when there is one.")
final class CurateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Option(names = "--curator", paramLabel = "ID", description = "who curates, recorded with the curated layers so 'assay sync' shares them (default: $"
			+ Annotator.ENVIRONMENT + ", else unnamed: the team's)")
	private String curator;

	@Override
	public Integer call() throws CorpusException {
		PrintWriter out = spec.commandLine().getOut();
		String who = curator != null || System.getenv(Annotator.ENVIRONMENT) != null ? Annotator.of(spec, curator) : null;
		CurateOperation operation = new CurateOperation(Corpus.open(corpus)).curator(who);
		List<CurateOperation.DocumentResult> results;
		try (ConsoleProgress progress = AssayCommand.progress(spec)) {
			results = operation.execute(progress);
		}
		if (results.isEmpty() && operation.failures().isEmpty()) {
			out.println("No document has two or more annotator layers; nothing to curate.");
		}
		for (CurateOperation.DocumentResult r : results) {
			out.printf(Locale.ROOT, "%s: %d agreed%s, %d difference(s) between %s%n", r.documentId(), r.agreed(),
					r.created() ? " and merged" : "", r.differences().size(), String.join(", ", r.annotators()));
			for (Curation.Difference d : r.differences()) {
				StringBuilder versions = new StringBuilder();
				for (int i = 0; i < r.annotators().size(); i++) {
					Curation.Version v = d.versions().get(i);
					versions.append(i == 0 ? "" : "; ").append(r.annotators().get(i)).append(": ")
							.append(v.isPresent() ? v.value() : "(none)");
				}
				out.printf(Locale.ROOT, "  %6d-%-6d %-7s %-34s %s  [%s]%n", d.begin(), d.end(), d.unit().noun(),
						"'" + Abbreviation.of(d.text(), 30) + "'", d.describe(), versions);
			}
		}
		operation.failures().forEach(f -> spec.commandLine().getErr().println("assay curate: " + f.getMessage()));
		return operation.failures().isEmpty() ? AssayCommand.OK : AssayCommand.FAILED;
	}
}
