package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.agreement.AgreementOperation;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.TeamPolicy;
import org.assay.core.team.TeamProgress;
import org.assay.core.team.TeamRecords;
import org.assay.core.team.Workload;
import org.assay.core.team.Workload.DocumentRecords;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay status}: how far the team is — per annotator, per document, agreement so far, what the curator has left. */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = "How far the team is, from the records that travel with the layers (sync first to see everyone's): per annotator the documents finished, in progress, taken and abandoned, active editing time and how suggestions were decided; per document who has it and whether it is curated; agreement so far between each pair on the documents both finished; and what the curator has left.")
final class StatusCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Option(names = "--json", description = "one JSON document with every figure, for scripts")
	private boolean json;

	/** Agreement between two annotators on the documents both finished. */
	record PairAgreement(String a, String b, int documents, double cohen, double unitizingAlpha) {
	}

	@Override
	public Integer call() throws Exception {
		Corpus c = Corpus.open(corpus);
		TeamPolicy policy = c.team();
		Workload workload = new Workload(policy, Clock.systemUTC());
		List<DocumentRecords> records = TeamRecords.read(c);
		TeamProgress.Report report = TeamProgress.of(policy, workload, records);
		List<PairAgreement> pairs = agreement(c, workload, records, report);
		PrintWriter out = spec.commandLine().getOut();
		if (json) {
			Map<String, Object> all = new LinkedHashMap<>();
			all.put("corpus", c.root().getFileName().toString());
			all.put("report", report);
			all.put("agreement", pairs);
			out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
			return AssayCommand.OK;
		}
		out.printf(Locale.ROOT, "%s: %d documents, %d annotator(s) per document, %s order; %d curated, %d ready to curate%n",
				c.root().getFileName(), report.documents().size(), policy.perDocument(), policy.order().name().toLowerCase(Locale.ROOT),
				report.curated(), report.readyToCurate());
		out.println();
		out.printf(Locale.ROOT, "%-16s %8s %11s %6s %9s %11s %9s %8s %9s %8s %7s%n", "annotator", "finished", "in progress",
				"taken", "abandoned", "active time", "per doc", "accepted", "corrected", "rejected", "by hand");
		for (TeamProgress.Annotator a : report.annotators()) {
			out.printf(Locale.ROOT, "%-16s %8d %11d %6d %9d %11s %9s %8d %9d %8d %7d%n", a.id(), a.finished(), a.inProgress(),
					a.taken(), a.abandoned(), duration(a.activeSeconds()), duration(a.secondsPerFinishedDocument()), a.accepted(),
					a.corrected(), a.rejected(), a.manual());
		}
		if (!pairs.isEmpty()) {
			out.println();
			out.println("Agreement so far (documents both finished):");
			for (PairAgreement p : pairs) {
				out.printf(Locale.ROOT, "  %s - %s: %d document(s), Cohen's kappa %.2f, unitizing alpha %.2f%n", p.a(), p.b(),
						p.documents(), p.cohen(), p.unitizingAlpha());
			}
		}
		out.println();
		out.println("Documents:");
		for (TeamProgress.Document d : report.documents()) {
			List<String> holders = new ArrayList<>();
			d.annotators().forEach((who, state) -> holders.add(who + " " + state));
			String curation = d.curated() ? "; CURATED" + (d.curatedBy() == null ? "" : " by " + d.curatedBy())
					: d.readyToCurate() ? "; ready to curate" : "";
			out.printf(Locale.ROOT, "  %-40s %s%s%n", d.id(), holders.isEmpty() ? "nobody yet" : String.join(", ", holders), curation);
		}
		report.overAssigned().forEach((doc, who) -> out.printf(Locale.ROOT,
				"Over the policy: %s is held by %s (%d asked); someone came back to a document given back to the pool%n", doc,
				String.join(", ", who), policy.perDocument()));
		return AssayCommand.OK;
	}

	private static List<PairAgreement> agreement(Corpus c, Workload workload, List<DocumentRecords> records, TeamProgress.Report report)
			throws CorpusException {
		List<PairAgreement> pairs = new ArrayList<>();
		List<String> ids = report.annotators().stream().map(TeamProgress.Annotator::id).toList();
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				String a = ids.get(i);
				String b = ids.get(j);
				List<String> both = records.stream().filter(d -> finished(workload, d, a) && finished(workload, d, b))
						.map(DocumentRecords::document).toList();
				if (both.isEmpty()) {
					continue;
				}
				AgreementOperation.Result r = new AgreementOperation(c).annotators(List.of(a, b)).documents(both).execute(null);
				pairs.add(new PairAgreement(a, b, r.documents().size(), r.corpus().cohen().getOrDefault(a + "|" + b, Double.NaN),
						r.corpus().unitizingAlpha()));
			}
		}
		return pairs;
	}

	private static boolean finished(Workload workload, DocumentRecords d, String who) {
		return d.annotators().containsKey(who) && workload.holding(d.annotators().get(who)) == Workload.Holding.FINISHED;
	}

	/** "3h 12m", "16m", "0m". */
	static String duration(long seconds) {
		long minutes = (seconds + 30) / 60;
		return minutes >= 60 ? minutes / 60 + "h " + minutes % 60 + "m" : minutes + "m";
	}
}
