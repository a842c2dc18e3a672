package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.TeamPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code assay team}: shows or sets who works on a corpus and how documents are handed out. */
@Command(name = "team", mixinStandardHelpOptions = true,
		description = "Shows the corpus's team and assignment policy (the \"team\" section of assay.json), or sets what the options give. Set it once, share it with 'assay sync', and everyone's 'assay next' and Next Document follow it.")
final class TeamCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Option(names = "--annotators", split = ",", paramLabel = "ID,...", description = "who annotates (empty: anyone)")
	private List<String> annotators;

	@Option(names = "--curators", split = ",", paramLabel = "ID,...", description = "who curates (empty: anyone)")
	private List<String> curators;

	@Option(names = "--per-document", paramLabel = "N", converter = Options.PositiveConverter.class,
			description = "annotators per document (default 1)")
	private Integer perDocument;

	@Option(names = "--order", paramLabel = "ORDER", description = "listed, random (seeded) or uncertain (least certain suggestions first)")
	private String order;

	@Option(names = "--seed", paramLabel = "S", description = "seed of the random order")
	private Long seed;

	@Option(names = "--abandon-after", paramLabel = "HOURS", converter = Options.PositiveConverter.class,
			description = "hours a started document may sit untouched before it goes back to the pool (default 72)")
	private Integer abandonAfter;

	@Override
	public Integer call() throws CorpusException {
		Corpus c = Corpus.open(corpus);
		TeamPolicy policy = c.team();
		boolean change = annotators != null || curators != null || perDocument != null || order != null || seed != null
				|| abandonAfter != null;
		if (change) {
			if (annotators != null) {
				policy.annotators = checked(annotators);
			}
			if (curators != null) {
				policy.curators = checked(curators);
			}
			if (perDocument != null) {
				policy.annotatorsPerDocument = perDocument;
			}
			if (order != null) {
				if (TeamPolicy.Order.parse(order) == null) {
					throw new ParameterException(spec.commandLine(), "--order must be listed, random or uncertain, not '" + order + "'");
				}
				policy.order = order.toLowerCase(Locale.ROOT);
			}
			if (seed != null) {
				policy.seed = seed;
			}
			if (abandonAfter != null) {
				policy.abandonAfterHours = abandonAfter;
			}
			String problem = policy.problem();
			if (problem != null) {
				throw new ParameterException(spec.commandLine(), "the team " + problem);
			}
			c.setTeam(policy);
			c.save();
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println("annotators:              " + (policy.annotators.isEmpty() ? "anyone" : String.join(", ", policy.annotators)));
		out.println("curators:                " + (policy.curators.isEmpty() ? "anyone" : String.join(", ", policy.curators)));
		out.println("annotators per document: " + policy.perDocument());
		out.println("order:                   " + policy.order().name().toLowerCase(Locale.ROOT)
				+ (policy.order() == TeamPolicy.Order.RANDOM ? " (seed " + policy.seed + ")" : ""));
		out.println("back to the pool after:  " + policy.abandonAfter().toHours() + " hours untouched");
		return AssayCommand.OK;
	}

	private List<String> checked(List<String> ids) {
		List<String> result = new ArrayList<>();
		for (String id : ids) {
			if (id.isBlank()) {
				continue;
			}
			if (!Corpus.isValidLayer(id.strip())) {
				throw new ParameterException(spec.commandLine(), "'" + id + "' is not a valid annotator id");
			}
			result.add(id.strip());
		}
		return result;
	}
}
