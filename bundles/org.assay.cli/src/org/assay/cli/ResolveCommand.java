package org.assay.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.team.KeptVersions;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay resolve}: chooses between the two versions of a file that collided in a sync. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
		description = "When two curators curated one document, or two people changed one setting of assay.json, 'assay sync' keeps the other side's version in place and yours under .assay-conflicts/. Choose: --mine puts yours in place (the next sync shares it), --theirs keeps theirs; the kept copy goes. Without a path: lists what waits for a choice.")
final class ResolveCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Parameters(index = "1", arity = "0..1", paramLabel = "<path>", description = "the file, as sync named it (annotations/a.txt/curation.xmi, assay.json)")
	private String path;

	@ArgGroup(exclusive = true)
	private Choice choice;

	static final class Choice {
		@Option(names = "--mine", required = true, description = "your version")
		boolean mine;
		@Option(names = "--theirs", required = true, description = "the version in place")
		boolean theirs;
	}

	@Override
	public Integer call() throws CorpusException {
		Corpus.open(corpus);
		if (path == null) {
			List<String> waiting = KeptVersions.waiting(corpus);
			if (waiting.isEmpty()) {
				spec.commandLine().getOut().println("Nothing waits for a choice.");
			}
			waiting.forEach(p -> spec.commandLine().getOut().println(p));
			return AssayCommand.OK;
		}
		if (choice == null) {
			throw new ParameterException(spec.commandLine(), "choose --mine or --theirs for " + path);
		}
		List<String> changed = KeptVersions.resolve(corpus, path, choice.mine);
		spec.commandLine().getOut().println(changed.isEmpty() ? "Kept theirs: " + path
				: "Yours is in place: " + String.join(", ", changed) + " (shared at the next sync)");
		return AssayCommand.OK;
	}
}
