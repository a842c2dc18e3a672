package org.assay.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.conflicts.ConflictOperation;
import org.assay.core.corpus.Corpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay conflicts}: claims that contradict each other across sources. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
		description = "Groups the corpus's claims by what they are about -- the count of an event (people arrested, killed, displaced ...) or a named person and an event -- and lists every source in each group. Figures whose intervals do not overlap, or a denial against an assertion, are conflicts; nested figures ('at least 20' and '55') are compatible. Conflicts are data about the sources, kept in the corpus, not errors to fix.")
final class ConflictsCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Option(names = "--json", description = "one JSON document with every group, its claims and its conflicting pairs")
	private boolean json;

	@Override
	public Integer call() throws CorpusException {
		ConflictOperation.Result r;
		try (ConsoleProgress progress = AssayCommand.progress(spec)) {
			r = new ConflictOperation(Corpus.open(corpus)).execute(progress);
		}
		r.failures().forEach(f -> spec.commandLine().getErr().println("assay: " + f.getMessage()));
		ConflictReport report = new ConflictReport(r.groups());
		if (json) {
			report.writeJson(spec.commandLine().getOut());
		} else {
			report.writeText(spec.commandLine().getOut());
		}
		return r.failures().isEmpty() ? AssayCommand.OK : AssayCommand.FAILED;
	}
}
