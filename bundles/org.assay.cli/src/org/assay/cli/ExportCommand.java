package org.assay.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.export.ExportOperation;
import org.assay.core.export.StatusFilter;
import org.eclipse.core.runtime.NullProgressMonitor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay export}: writes a corpus in one of the export formats. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Writes the corpus as JSON Lines, UIMA XMI, CoNLL-2003 or brat standoff. Each document is exported from its curated layer, else its only annotator layer, else the only FINISHED annotator layer, else its engine layer.",
		footer = { "", "Formats:",
				"  jsonl      one JSON document per line: id, text, entities, claims (UTF-16 offsets)",
				"  xmi        one UIMA XMI file per document plus TypeSystem.xml, in the folder <path>",
				"  conll2003  one file: -DOCSTART- per document, 'word POS O tag' per token (BIO;",
				"             PER/ORG/LOC/MISC only), a blank line between sentences",
				"  brat       <doc>.txt and <doc>.ann per document plus annotation.conf, in the folder",
				"             <path>: entities, claims (Claim/Source/Cue with R links, kind and",
				"             factuality as attributes)" })
final class ExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<corpus-dir>", description = "the corpus folder")
	private Path corpus;

	@Option(names = "--format", required = true, paramLabel = "jsonl|xmi|conll2003|brat",
			converter = Options.FormatConverter.class, description = "output format")
	private ExportOperation.Format format;

	@Option(names = "--out", required = true, paramLabel = "<path>",
			description = "output file (jsonl, conll2003) or folder (xmi, brat); '-' writes jsonl or conll2003 to standard output")
	private String target;

	@Option(names = "--status", paramLabel = "gold|all", converter = Options.StatusConverter.class, defaultValue = "gold",
			description = "gold: ACCEPTED, CORRECTED and MANUAL annotations only (default) all: gold plus SUGGESTED (engine output not yet reviewed)")
	private StatusFilter status;

	@Override
	public Integer call() throws CorpusException {
		boolean toStdout = "-".equals(target);
		if (toStdout && (format == ExportOperation.Format.XMI || format == ExportOperation.Format.BRAT)) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"--out - writes one file to standard output; " + format.name().toLowerCase(java.util.Locale.ROOT)
							+ " is a folder of files (give a folder)");
		}
		Path file;
		try {
			file = toStdout ? java.nio.file.Files.createTempFile("assay-export", ".tmp") : Path.of(target);
		} catch (java.io.IOException | java.nio.file.InvalidPathException e) {
			throw new CorpusException(Path.of("."), "cannot prepare the export: " + e.getMessage(), e);
		}
		try {
			ExportOperation.Result r = new ExportOperation(Corpus.open(corpus)).format(format).filter(status).to(file)
					.execute(new NullProgressMonitor());
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
					java.nio.file.Files.deleteIfExists(file);
				} catch (java.io.IOException ignored) {
					// a temporary file of the system's temporary folder
				}
			}
		}
	}

	private static void copy(Path file, java.io.PrintWriter out) throws CorpusException {
		try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
			char[] buffer = new char[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) {
				out.write(buffer, 0, n);
			}
			out.flush();
		} catch (java.io.IOException e) {
			throw new CorpusException(file, "cannot be copied to standard output: " + e.getMessage(), e);
		}
	}
}
