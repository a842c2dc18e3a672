package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.recommend.RecommenderState;
import org.assay.engines.recommend.RecommenderTraining;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay train}: trains a corpus's recommenders from what its annotators confirmed. */
@Command(name = "train", mixinStandardHelpOptions = true,
		description = "Trains the corpus's recommenders (a string matcher and a sequence model) from the entities annotators accepted, corrected or made (the curated layer wins where there is one; rejections count against a text's label). With five or more documents each is first scored on every fifth document after learning from the others; it then suggests in 'assay annotate' and the workbench while its F1 is at or above the corpus's threshold (assay.json, recommenders.<name>.threshold: a number or \"always\"; default 0.5). Models go to .assay-models/ in the corpus (ignored by git).")
final class TrainCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Override
	public Integer call() throws CorpusException {
		PrintWriter out = spec.commandLine().getOut();
		Corpus c = Corpus.open(corpus);
		RecommenderState state;
		try (ConsoleProgress progress = AssayCommand.progress(spec)) {
			state = new RecommenderTraining(c, RecommenderTraining.forCorpus(c)).execute(progress);
		}
		for (Map.Entry<String, RecommenderState.Entry> e : state.recommenders.entrySet()) {
			RecommenderState.Entry r = e.getValue();
			out.printf(Locale.ROOT, "%s: %d confirmed entities in %d documents, trained in %.2f s%s; %s%n", e.getKey(), r.spans,
					r.documents, r.seconds, r.modelId == null ? "" : " (model " + r.modelId + ")", r.reason);
			if (r.evaluated) {
				out.printf(Locale.ROOT, "  %-24s %5s %5s %5s  %7s%n", "label", "P", "R", "F1", "entities");
				for (Map.Entry<String, RecommenderState.Score> s : r.scores.entrySet()) {
					RecommenderState.Score v = s.getValue();
					out.printf(Locale.ROOT, "  %-24s %5.3f %5.3f %5.3f  %7d%n", s.getKey(), v.precision, v.recall, v.f1,
							v.truePositives + v.falseNegatives);
				}
				StringBuilder curve = new StringBuilder();
				for (RecommenderState.CurvePoint p : r.learningCurve) {
					curve.append(String.format(Locale.ROOT, "  %d→%.3f", p.spans, p.f1));
				}
				out.println("  learning curve (entities learnt from → F1):" + curve);
			}
		}
		return AssayCommand.OK;
	}
}
