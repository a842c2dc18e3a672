package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.team.NextDocumentOperation;
import org.assay.core.team.TeamRecords;
import org.assay.core.team.Workload;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay next}: the document a person should work on next, taken for them under the team's policy. */
@Command(name = "next", mixinStandardHelpOptions = true,
		description = "Prints the document you should annotate next under the corpus's team policy (assay.json, see 'assay team') and takes it for you: your own unfinished document first, never one you finished or one enough others have. Where the corpus has a git remote, taking it is shared at once, and if others took it meanwhile the next one is picked. With --curate: the next document finished by all the annotators it needs and not curated yet.")
final class NextCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Option(names = "--annotator", paramLabel = "ID", description = "who you are (default: $" + Annotator.ENVIRONMENT + ")")
	private String annotator;

	@Option(names = "--curate", description = "the next document to curate instead")
	private boolean curate;

	@Override
	public Integer call() throws CorpusException {
		String me = Annotator.of(spec, annotator);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Corpus c = Corpus.open(corpus);
		if (curate) {
			if (!c.team().mayCurate(me)) {
				err.println("assay next: " + me + " is not a curator of this corpus (" + Corpus.MANIFEST + " lists "
						+ String.join(", ", c.team().curators) + ")");
				return AssayCommand.FAILED;
			}
			Optional<String> next = new Workload(c.team(), Clock.systemUTC()).nextToCurate(me, TeamRecords.read(c));
			if (next.isEmpty()) {
				err.println("assay next: nothing to curate: no document is finished by the " + c.team().perDocument()
						+ " annotator(s) it needs and not curated yet");
				return AssayCommand.OK;
			}
			out.println(next.get());
			return AssayCommand.OK;
		}
		NextDocumentOperation.Result r;
		try (ConsoleProgress progress = AssayCommand.progress(spec)) {
			r = new NextDocumentOperation(c, me).execute(progress);
		}
		if (r.document().isEmpty()) {
			err.println("assay next: nothing for " + me + ": " + r.why());
			return AssayCommand.OK;
		}
		out.println(r.document().get());
		if (!r.givenBack().isEmpty()) {
			err.println("assay next: others took " + String.join(", ", r.givenBack()) + " meanwhile; given back");
		}
		err.println("assay next: " + r.document().get() + ": " + r.why());
		return AssayCommand.OK;
	}
}
