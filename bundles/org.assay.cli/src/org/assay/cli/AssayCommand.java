package org.assay.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.export.ExportOperation;
import org.assay.core.export.StatusFilter;
import org.assay.engines.AnnotateOperation;

/**
 * The {@code assay} command line: {@code annotate} and {@code export}. Plain Java so it runs the
 * same inside Equinox (through {@link AssayApplication}) and in tests. Exit codes: 0 success,
 * 1 some input failed, 2 usage error.
 */
public final class AssayCommand {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private static final String USAGE_TEXT = String.join("\n",
			"usage: assay <command> [options]",
			"",
			"commands:",
			"  annotate <input-dir> --out <corpus-dir> [--threads N]",
			"      pre-annotate every .txt file below <input-dir> into the corpus (engine layer)",
			"  export <corpus-dir> --format jsonl|xmi|conll2003|brat --out <path> [--status gold|all]",
			"      write the corpus as JSON Lines, UIMA XMI, CoNLL-2003 or brat standoff",
			"  import <file-or-dir> --format jsonl|xmi --out <corpus-dir> [--layer NAME]",
			"      read a JSON Lines file or a folder of XMI back into a corpus layer",
			"  curate <corpus-dir>",
			"      merge what annotators agree on into the curated layer; list the differences left",
			"  report <corpus-dir>",
			"      counts per label and status, agreement, engine precision/recall against the gold",
			"  agreement <corpus-dir> [--annotators a,b,...] [--json]",
			"      inter-annotator agreement on entities: Cohen, Fleiss, Krippendorff alpha, unitizing alpha",
			"  conflicts <corpus-dir> [--json]",
			"      claims that contradict each other across sources (figures, denials)",
			"  benchmark [--docs N] [--seed S]",
			"      pipeline throughput against bare OpenNLP on N synthetic articles, 1 and 2 threads",
			"",
			"Run 'assay <command> --help' for the options of a command.");

	private static final String ANNOTATE_HELP = String.join("\n",
			"usage: assay annotate <input-dir> --out <corpus-dir> [--threads N]",
			"",
			"Runs the Assay pipeline (OpenNLP sentences, tokens and POS; quantities; entities; claims)",
			"on every .txt file below <input-dir> and stores the suggestions in <corpus-dir>, which is",
			"created if needed. Files that cannot be read are reported on stderr and skipped.",
			"",
			"  --out <corpus-dir>   corpus folder to create or update (required)",
			"  --threads N          pipelines to run in parallel (default: number of processors)");

	private static final String EXPORT_HELP = String.join("\n",
			"usage: assay export <corpus-dir> --format jsonl|xmi|conll2003|brat --out <path> [--status gold|all]",
			"",
			"  --format jsonl      one JSON document per line: id, text, entities, claims (UTF-16 offsets)",
			"  --format xmi        one UIMA XMI file per document plus TypeSystem.xml, in the folder <path>",
			"  --format conll2003  one file: -DOCSTART- per document, 'word POS O tag' per token (BIO;",
			"                      PER/ORG/LOC/MISC only), a blank line between sentences",
			"  --format brat       <doc>.txt and <doc>.ann per document plus annotation.conf, in the",
			"                      folder <path>: entities, claims (Claim/Source/Cue with R links, kind",
			"                      and factuality as attributes)",
			"  --out <path>     output file (jsonl) or folder (xmi) (required)",
			"  --status gold    ACCEPTED, CORRECTED and MANUAL annotations only (default)",
			"  --status all     gold plus SUGGESTED (engine output not yet reviewed)",
			"",
			"Each document is exported from its curated layer, else its only annotator layer, else",
			"its engine layer.");

	private static final String BENCHMARK_HELP = String.join("\n",
			"usage: assay benchmark [--docs N] [--seed S]",
			"",
			"Generates N news-like articles (default 10000; same seed, same texts) and measures",
			"documents/s, tokens/s and peak heap of bare OpenNLP sentence+token+POS and of the Assay",
			"pipeline, with 1 and 2 threads, in this JVM. Prints the ratios against the targets.");

	private final PrintStream out;
	private final PrintStream err;

	public AssayCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		if (args.length == 0 || isHelp(args[0])) {
			(args.length == 0 ? err : out).println(USAGE_TEXT);
			return args.length == 0 ? USAGE : OK;
		}
		String command = args[0];
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		try {
			switch (command) {
			case "annotate":
				return annotate(rest);
			case "export":
				return export(rest);
			case "benchmark":
				return benchmark(rest);
			case "conflicts":
				return conflicts(rest);
			case "agreement":
				return agreement(rest);
			case "import":
				return importCorpus(rest);
			case "report":
				return report(rest);
			case "curate":
				return curate(rest);
			default:
				err.println("assay: unknown command '" + command + "'\n\n" + USAGE_TEXT);
				return USAGE;
			}
		} catch (UsageException e) {
			err.println("assay " + command + ": " + e.getMessage());
			err.println("Run 'assay " + command + " --help' for usage.");
			return USAGE;
		} catch (CorpusException e) {
			err.println("assay " + command + ": " + e.getMessage());
			return FAILED;
		}
	}

	private int annotate(String[] args) throws UsageException, CorpusException {
		Options o = Options.parse(args, List.of("--out", "--threads"));
		if (o.help) {
			out.println(ANNOTATE_HELP);
			return OK;
		}
		Path input = Path.of(o.single("input folder"));
		Path corpusDir = Path.of(o.required("--out"));
		int threads = o.integer("--threads", Runtime.getRuntime().availableProcessors());
		Corpus corpus = Corpus.openOrCreate(corpusDir);
		AnnotateOperation.Result r = new AnnotateOperation(input, corpus).threads(threads)
				.progress(line -> err.println("assay: " + line)).execute();
		out.printf(java.util.Locale.ROOT, "%d document(s) annotated into %s (%d tokens, %.1f s)%n", r.annotated(),
				corpusDir, r.tokens(), r.seconds());
		if (!r.ok()) {
			err.println("assay annotate: " + r.failures().size() + " file(s) could not be annotated (listed above)");
			return FAILED;
		}
		return OK;
	}

	private int export(String[] args) throws UsageException, CorpusException {
		Options o = Options.parse(args, List.of("--format", "--out", "--status"));
		if (o.help) {
			out.println(EXPORT_HELP);
			return OK;
		}
		Path corpusDir = Path.of(o.single("corpus folder"));
		ExportOperation.Format format;
		StatusFilter filter;
		try {
			format = ExportOperation.Format.parse(o.required("--format"));
			filter = StatusFilter.parse(o.value("--status", "gold"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		Path target = Path.of(o.required("--out"));
		Corpus corpus = Corpus.open(corpusDir);
		ExportOperation.Result r = new ExportOperation(corpus).format(format).filter(filter).to(target)
				.progress(line -> err.println("assay: " + line)).execute();
		out.println(r.exported() + " document(s) exported to " + target);
		if (!r.ok()) {
			err.println("assay export: " + r.failures().size() + " document(s) could not be exported (listed above)");
			return FAILED;
		}
		return OK;
	}

	private static final String CONFLICTS_HELP = String.join("\n",
			"usage: assay conflicts <corpus-dir> [--json]",
			"",
			"Groups the corpus's claims by what they are about -- the count of an event (people",
			"arrested, killed, displaced ...) or a named person and an event -- and lists every",
			"source in each group. Figures whose intervals do not overlap, or a denial against an",
			"assertion, are conflicts; nested figures ('at least 20' and '55') are compatible.",
			"Conflicts are data about the sources, kept in the corpus, not errors to fix.",
			"",
			"  --json   one JSON document with every group, its claims and its conflicting pairs");

	private int conflicts(String[] args) throws UsageException, CorpusException {
		Options o = Options.parse(args, List.of("--json"), List.of("--json"));
		if (o.help) {
			out.println(CONFLICTS_HELP);
			return OK;
		}
		Corpus corpus = Corpus.open(Path.of(o.single("corpus folder")));
		org.assay.core.conflicts.ConflictOperation.Result r = new org.assay.core.conflicts.ConflictOperation(corpus).execute();
		for (CorpusException e : r.failures()) {
			err.println("assay: " + e.getMessage());
		}
		if (o.values.containsKey("--json")) {
			new ConflictReport(r.groups()).writeJson(out);
		} else {
			new ConflictReport(r.groups()).writeText(out);
		}
		return r.failures().isEmpty() ? OK : FAILED;
	}

	private static final String AGREEMENT_HELP = String.join("\n",
			"usage: assay agreement <corpus-dir> [--annotators a,b,...] [--json]",
			"",
			"Agreement on entities between annotator layers, per document and pooled over the corpus,",
			"overall and per label (that label against the rest), computed with DKPro Agreement:",
			"tokens are the items, each coded with the label of the entity covering it (or O), giving",
			"Cohen's kappa for every pair, Fleiss' kappa and Krippendorff's alpha (nominal); entity",
			"spans on the character continuum give Krippendorff's unitizing alpha. An annotator's",
			"entities are the ones they decided on (ACCEPTED, CORRECTED, MANUAL).",
			"",
			"  --annotators a,b   compare these layers (default: every annotator of the corpus)",
			"  --json             the figures as JSON");

	private int agreement(String[] args) throws UsageException, CorpusException {
		Options o = Options.parse(args, List.of("--annotators", "--json"), List.of("--json"));
		if (o.help) {
			out.println(AGREEMENT_HELP);
			return OK;
		}
		Corpus corpus = Corpus.open(Path.of(o.single("corpus folder")));
		org.assay.core.agreement.AgreementOperation op = new org.assay.core.agreement.AgreementOperation(corpus);
		if (o.values.containsKey("--annotators")) {
			op.annotators(List.of(o.values.get("--annotators").split(",")));
		}
		org.assay.core.agreement.AgreementOperation.Result r = op.execute();
		for (CorpusException e : r.failures()) {
			err.println("assay: " + e.getMessage());
		}
		AgreementReport report = new AgreementReport(r.documents(), r.corpus());
		if (o.values.containsKey("--json")) {
			report.writeJson(out);
		} else {
			report.writeText(out);
		}
		return r.failures().isEmpty() ? OK : FAILED;
	}

	private static final String IMPORT_HELP = String.join("\n",
			"usage: assay import <file-or-dir> --format jsonl|xmi --out <corpus-dir> [--layer NAME | --annotator ID]",
			"",
			"Reads documents into a corpus (created if needed): a JSON Lines file in the export",
			"schema, or a folder of UIMA XMI files (Assay type system). Each document's text is",
			"stored and its annotations become the layer NAME (default: import). Bad records are",
			"reported with file and line; the others are still imported. --annotator ID is the same",
			"as --layer ID: an annotator's layer is named after them.");

	private int importCorpus(String[] args) throws UsageException, CorpusException {
		Options o = Options.parse(args, List.of("--format", "--out", "--layer", "--annotator"));
		if (o.help) {
			out.println(IMPORT_HELP);
			return OK;
		}
		Path source = Path.of(o.single("file or folder"));
		ExportOperation.Format format;
		try {
			format = ExportOperation.Format.parse(o.required("--format"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (format != ExportOperation.Format.JSONL && format != ExportOperation.Format.XMI) {
			throw new UsageException("import reads jsonl or xmi");
		}
		if (!java.nio.file.Files.exists(source)) {
			throw new CorpusException(source, "does not exist");
		}
		Corpus corpus = Corpus.openOrCreate(Path.of(o.required("--out")));
		org.assay.core.export.ImportOperation.Result r;
		try {
			String layer = o.value("--annotator", o.value("--layer", "import"));
			r = new org.assay.core.export.ImportOperation(corpus).layer(layer).execute(source, format);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		for (CorpusException e : r.failures()) {
			err.println("assay: " + e.getMessage());
		}
		out.println(r.imported() + " document(s) imported into " + corpus.root());
		return r.failures().isEmpty() ? OK : FAILED;
	}

	private int curate(String[] args) throws UsageException, CorpusException {
		Options o = Options.parse(args, List.of());
		if (o.help) {
			out.println(String.join("\n", "usage: assay curate <corpus-dir>", "",
					"For every document with two or more annotator layers and no curated layer yet, writes the",
					"curated layer (annotations/<doc>/curation.xmi) with every entity and claim the annotators",
					"agree on, then lists the positions where they differ: different labels or boundaries, a",
					"span only some have, a claim whose source, cue, kind or factuality differ. Settle those in",
					"the workbench (Curation view) or by editing the curated layer. Exports use the curated",
					"layer when there is one."));
			return OK;
		}
		Corpus corpus = Corpus.open(Path.of(o.single("corpus folder")));
		List<org.assay.core.curation.CurateOperation.DocumentResult> results = new org.assay.core.curation.CurateOperation(corpus).execute();
		if (results.isEmpty()) {
			out.println("No document has two or more annotator layers; nothing to curate.");
		}
		for (org.assay.core.curation.CurateOperation.DocumentResult r : results) {
			out.printf(java.util.Locale.ROOT, "%s: %d agreed%s, %d difference(s) between %s%n", r.documentId(), r.agreed(),
					r.created() ? " and merged" : "", r.differences().size(), String.join(", ", r.annotators()));
			for (org.assay.core.curation.Curation.Difference d : r.differences()) {
				StringBuilder versions = new StringBuilder();
				for (int i = 0; i < r.annotators().size(); i++) {
					versions.append(i == 0 ? "" : "; ").append(r.annotators().get(i)).append(": ")
							.append(d.versions()[i] == null ? "(none)" : d.versions()[i]);
				}
				out.printf(java.util.Locale.ROOT, "  %6d-%-6d %-7s %-34s %s  [%s]%n", d.begin(), d.end(), d.kind(),
						"'" + (d.text().length() > 30 ? d.text().substring(0, 27) + "..." : d.text()) + "'", d.describe(), versions);
			}
		}
		return OK;
	}

	private int report(String[] args) throws UsageException, CorpusException {
		Options o = Options.parse(args, List.of());
		if (o.help) {
			out.println(String.join("\n", "usage: assay report <corpus-dir>", "",
					"Counts of entities and claims per label and review status (in the layer an export uses),",
					"agreement between annotators when there are two or more, and engine precision/recall per",
					"label against the reviewed annotations (exact span and label)."));
			return OK;
		}
		Corpus corpus = Corpus.open(Path.of(o.single("corpus folder")));
		org.assay.core.report.CorpusReport.Result r = new org.assay.core.report.CorpusReport(corpus).execute();
		out.printf(java.util.Locale.ROOT, "%s: %d document(s), %d reviewed%n%n", corpus.root(), r.documents(), r.reviewedDocuments());
		java.util.List<String> statuses = java.util.Arrays.stream(org.assay.types.ReviewStatus.values()).map(Enum::name).toList();
		out.printf(java.util.Locale.ROOT, "%-24s", "label");
		statuses.forEach(st -> out.printf(java.util.Locale.ROOT, " %10s", st));
		out.println();
		r.counts().forEach((label, byStatus) -> {
			out.printf(java.util.Locale.ROOT, "%-24s", label);
			statuses.forEach(st -> out.printf(java.util.Locale.ROOT, " %10d", byStatus.getOrDefault(st, 0)));
			out.println();
		});
		if (!r.engineScores().isEmpty()) {
			out.println();
			out.println("Engine suggestions against the reviewed annotations (exact span and label):");
			out.printf(java.util.Locale.ROOT, "%-16s %6s %6s %6s %9s %9s%n", "label", "tp", "fp", "fn", "precision", "recall");
			r.engineScores().forEach((label, s) -> out.printf(java.util.Locale.ROOT, "%-16s %6d %6d %6d %9.3f %9.3f%n", label,
					s[0], s[1], s[2], org.assay.core.report.CorpusReport.Result.precision(s),
					org.assay.core.report.CorpusReport.Result.recall(s)));
		}
		java.util.Set<String> annotators = new java.util.TreeSet<>();
		for (String id : corpus.documentIds()) {
			annotators.addAll(corpus.annotatorLayers(id));
		}
		if (annotators.size() >= 2) {
			out.println();
			org.assay.core.agreement.AgreementOperation.Result a = new org.assay.core.agreement.AgreementOperation(corpus).execute();
			new AgreementReport(a.documents(), a.corpus()).writeText(out);
		}
		for (CorpusException e : r.failures()) {
			err.println("assay: " + e.getMessage());
		}
		return r.failures().isEmpty() ? OK : FAILED;
	}

	private int benchmark(String[] args) throws UsageException {
		Options o = Options.parse(args, List.of("--docs", "--seed"));
		if (o.help) {
			out.println(BENCHMARK_HELP);
			return OK;
		}
		int docs = o.integer("--docs", 10_000);
		int seed = o.integer("--seed", 42);
		try {
			new org.assay.cli.bench.PipelineBenchmark(new org.assay.cli.bench.SyntheticNews(seed).articles(docs), out).run();
			return OK;
		} catch (Exception e) {
			err.println("assay benchmark: failed: " + e);
			return FAILED;
		}
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
	}

	/** A mistake in the command line. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	/** Positional arguments and {@code --name value} options. */
	static final class Options {
		final List<String> positional = new ArrayList<>();
		final Map<String, String> values = new LinkedHashMap<>();
		boolean help;

		static Options parse(String[] args, List<String> known) throws UsageException {
			return parse(args, known, List.of());
		}

		static Options parse(String[] args, List<String> known, List<String> flags) throws UsageException {
			Options o = new Options();
			for (int i = 0; i < args.length; i++) {
				String a = args[i];
				if (isHelp(a)) {
					o.help = true;
				} else if (a.startsWith("--")) {
					String name = a;
					String value = null;
					int eq = a.indexOf('=');
					if (eq > 0) {
						name = a.substring(0, eq);
						value = a.substring(eq + 1);
					}
					if (!known.contains(name)) {
						throw new UsageException("unknown option " + name);
					}
					if (flags.contains(name)) {
						o.values.put(name, "true");
						continue;
					}
					if (value == null) {
						if (i + 1 >= args.length) {
							throw new UsageException(name + " needs a value");
						}
						value = args[++i];
					}
					o.values.put(name, value);
				} else {
					o.positional.add(a);
				}
			}
			return o;
		}

		String single(String what) throws UsageException {
			if (positional.size() != 1) {
				throw new UsageException(positional.isEmpty() ? "missing " + what
						: "expected one " + what + ", got " + positional);
			}
			return positional.get(0);
		}

		String required(String name) throws UsageException {
			String v = values.get(name);
			if (v == null) {
				throw new UsageException("missing " + name);
			}
			return v;
		}

		String value(String name, String fallback) {
			return values.getOrDefault(name, fallback);
		}

		int integer(String name, int fallback) throws UsageException {
			String v = values.get(name);
			if (v == null) {
				return fallback;
			}
			try {
				int n = Integer.parseInt(v);
				if (n < 1) {
					throw new NumberFormatException();
				}
				return n;
			} catch (NumberFormatException e) {
				throw new UsageException(name + " must be a positive whole number, not '" + v + "'");
			}
		}
	}
}
