package org.assay.cli;

import org.assay.core.corpus.Corpus;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Who is running a team command: {@code --annotator}, else the environment's {@code ASSAY_ANNOTATOR}. */
final class Annotator {

	/** The environment variable naming the person when {@code --annotator} is not given. */
	static final String ENVIRONMENT = "ASSAY_ANNOTATOR";

	private Annotator() {
	}

	/** The annotator id, checked; a usage error saying how to give it when there is none. */
	static String of(CommandSpec spec, String option) {
		String id = option != null ? option : System.getenv(ENVIRONMENT);
		if (id == null || id.isBlank()) {
			throw new ParameterException(spec.commandLine(),
					"say who you are with --annotator NAME (or the environment variable " + ENVIRONMENT + ")");
		}
		if (!Corpus.isValidLayer(id)) {
			throw new ParameterException(spec.commandLine(), "'" + id
					+ "' is not a valid annotator id (letters, digits, '.', '_' and '-', at most 64)");
		}
		return id;
	}
}
