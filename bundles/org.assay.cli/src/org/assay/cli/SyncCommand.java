package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.team.ArrivalSummary;
import org.assay.core.team.SyncOperation;
import org.assay.core.team.Workload;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay sync}: shares one person's work through the corpus's git repository and brings in everyone else's. */
@Command(name = "sync", mixinStandardHelpOptions = true,
		description = "Commits your own layers and their records (and team files changed here, such as new texts) with a message naming the documents, then fetches, merges and pushes -- again when the push is refused because someone pushed meanwhile. Another person's layer is never committed. Files are written by one person each, so nothing conflicts; if two curators curated one document, or two people changed one setting of assay.json, the other version stays in place and yours is kept under .assay-conflicts/ (see 'assay resolve'). A corpus without a remote is committed only. HTTPS remotes use git's credential helper or ~/.netrc, SSH remotes your keys and ~/.ssh/config.")
final class SyncCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder, in a clone of the team's repository")
	private Path corpus;

	@Option(names = "--annotator", paramLabel = "ID", description = "who you are (default: $" + Annotator.ENVIRONMENT + ")")
	private String annotator;

	@Override
	public Integer call() throws CorpusException {
		String me = Annotator.of(spec, annotator);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Corpus.open(corpus);
		SyncOperation.Result r;
		try (ConsoleProgress progress = AssayCommand.progress(spec)) {
			r = new SyncOperation(corpus, me).execute(progress);
		}
		Corpus after = Corpus.open(corpus);
		out.println(r.shared().isEmpty() ? "Nothing of yours to share." : "Shared " + r.shared().size() + " file(s) of yours.");
		if (r.remote() == null) {
			out.println("The repository has no remote: committed here only.");
		}
		for (String line : ArrivalSummary.of(after, new Workload(after.team(), Clock.systemUTC()), r.arrived())) {
			out.println("From others: " + line + ".");
		}
		for (String path : r.replaced()) {
			err.println("assay sync: " + path + ": not yours to share; the committed version is back and this one is kept under .assay-backups/");
		}
		for (SyncOperation.KeptVersion k : r.conflicts()) {
			err.println("assay sync: " + k.path() + ": " + k.why() + "; theirs is in place, yours is kept as " + corpus.relativize(k.mine())
					+ "; choose with 'assay resolve " + corpus + " " + k.path() + " --mine' (or --theirs)");
		}
		return AssayCommand.OK;
	}
}
