package org.assay.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.exchange.ExportOperation;
import org.assay.core.formats.DatasetSplit;
import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay export}: writes a corpus in one of the export formats. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Writes the corpus as JSON Lines, UIMA XMI, CoNLL-2003, brat standoff, WebAnno TSV 3 (INCEpTION) or a Hugging Face token-classification dataset. Each document is exported from its curated layer, else its only annotator layer, else the only FINISHED annotator layer, else its engine layer.",
		footer = { "", "Formats:",
				"  jsonl      one JSON document per line: id, text, entities, claims (UTF-16 offsets)",
				"  xmi        one UIMA XMI file per document plus TypeSystem.xml, in the folder <path>",
				"  conll2003  one file: -DOCSTART- per document, 'word POS O tag' per token (BIO;",
				"             PER/ORG/LOC/MISC only), a blank line between sentences",
				"  brat       <doc>.txt and <doc>.ann per document plus annotation.conf, in the folder",
				"             <path>: entities, claims (Claim/Source/Cue with R links, kind and",
				"             factuality as attributes, a quantity's figures in its note; offsets in",
				"             code points, as brat counts them)",
				"  tsv3       <doc>.tsv per document, in the folder <path>: WebAnno TSV 3.3 as INCEpTION",
				"             imports it (Named Entity layer; claims in the custom layers",
				"             webanno.custom.Claim and webanno.custom.ClaimLink)",
				"  huggingface  in the folder <path>: <split>.jsonl (id, document, tokens, ner_tags as IOB2",
				"             strings), ids/<split>.jsonl (ner_tags as indexes into labels.json),",
				"             <split>.iob (spaCy's IOB input); splits train/validation/test with --split,",
				"             else one split 'data'" })
final class ExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Option(names = "--format", required = true, paramLabel = "jsonl|xmi|conll2003|brat|tsv3|huggingface",
			converter = Options.FormatConverter.class, description = "output format")
	private Format format;

	@Option(names = "--out", required = true, paramLabel = "<path>",
			description = "output file (jsonl, conll2003) or folder (xmi, brat, tsv3, huggingface); '-' writes jsonl or conll2003 to standard output")
	private String target;

	@Option(names = "--split", paramLabel = "TRAIN/VAL/TEST",
			description = "huggingface: divide the documents into train, validation and test in these percentages (e.g. 80/10/10), by document")
	private String split;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "42",
			description = "huggingface: the seed of the shuffle before --split (default 42); the same seed gives the same splits")
	private long seed;

	@Option(names = "--entity-layer", paramLabel = "TYPE:FEATURE",
			description = "tsv3: the span layer and feature of entity labels (default: INCEpTION's Named Entity layer, de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity:value)")
	private String entityLayer;

	@Option(names = "--status", paramLabel = "gold|all", converter = Options.StatusConverter.class, defaultValue = "gold",
			description = "gold: ACCEPTED, CORRECTED and MANUAL annotations only (default) all: gold plus SUGGESTED (engine output not yet reviewed)")
	private StatusFilter status;

	@Override
	public Integer call() throws CorpusException {
		boolean toStdout = "-".equals(target);
		DatasetSplit datasetSplit = null;
		if (split != null) {
			if (format != Format.HUGGINGFACE) {
				throw new ParameterException(spec.commandLine(), "--split applies to --format huggingface only");
			}
			try {
				datasetSplit = DatasetSplit.parse(split, seed);
			} catch (IllegalArgumentException e) {
				throw new ParameterException(spec.commandLine(), e.getMessage());
			}
		}
		if (toStdout && format.isFolder()) {
			throw new ParameterException(spec.commandLine(),
					"--out - writes one file to standard output; " + format.id() + " is a folder of files (give a folder)");
		}
		Path file;
		try {
			file = toStdout ? Files.createTempFile("assay-export", ".tmp") : Path.of(target);
		} catch (IOException | InvalidPathException e) {
			throw new CorpusException(Path.of("."), "cannot prepare the export: " + e.getMessage(), e);
		}
		try {
			ExportOperation export = new ExportOperation(Corpus.open(corpus)).format(format).filter(status).to(file).split(datasetSplit);
			if (entityLayer != null) {
				try {
					export.entityLayer(entityLayer);
				} catch (IllegalArgumentException e) {
					throw new ParameterException(spec.commandLine(), e.getMessage());
				}
			}
			ExportOperation.Result r;
			try (ConsoleProgress progress = AssayCommand.progress(spec)) {
				r = export.execute(progress);
			}
			r.failures().forEach(f -> spec.commandLine().getErr().println("assay: " + f.getMessage()));
			if (toStdout) {
				copy(file, spec.commandLine().getOut());
				// standard output holds the data only: the summary goes to standard error
				spec.commandLine().getErr().println(r.exported() + " document(s) exported to standard output");
			} else {
				spec.commandLine().getOut().println(r.exported() + " document(s) exported to " + target);
			}
			if (!r.ok()) {
				spec.commandLine().getErr().println("assay export: " + r.failures().size() + " document(s) could not be exported (listed above)");
				return AssayCommand.FAILED;
			}
			return AssayCommand.OK;
		} finally {
			if (toStdout) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException ignored) {
					// a temporary file of the system's temporary folder
				}
			}
		}
	}

	private static void copy(Path file, PrintWriter out) throws CorpusException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			char[] buffer = new char[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) {
				out.write(buffer, 0, n);
			}
			out.flush();
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be copied to standard output: " + e.getMessage(), e);
		}
	}
}
