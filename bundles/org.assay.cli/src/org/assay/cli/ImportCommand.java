package org.assay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.export.ExportOperation;
import org.assay.core.export.ImportOperation;
import org.eclipse.core.runtime.NullProgressMonitor;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay import}: reads JSON Lines or XMI back into a corpus layer. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Reads documents into a corpus (created if needed): a JSON Lines file in the export schema, or a folder of UIMA XMI files (Assay type system). Each document's text is stored and its annotations become one layer. Bad records are reported with file and line; the others are still imported.")
final class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<file-or-dir>", description = "a .jsonl file or a folder of .xmi files")
	private Path source;

	@Option(names = "--format", required = true, paramLabel = "jsonl|xmi", converter = Options.FormatConverter.class,
			description = "what <file-or-dir> holds")
	private ExportOperation.Format format;

	@Option(names = "--out", required = true, paramLabel = "<corpus-dir>", description = "corpus folder to create or update")
	private Path out;

	@ArgGroup(exclusive = true)
	private Target target;

	@Option(names = "--add-labels", description = "add entity labels the corpus's tagset lacks (without it, a document with such a label is refused)")
	private boolean addLabels;

	@Option(names = "--replace", description = "replace layers that hold decisions (accepted, rejected, corrected or hand-made annotations, or a FINISHED or CURATED state); the old files are kept under <corpus-dir>/.assay-backups/<time>/. Without it such documents are refused and the others imported")
	private boolean replace;

	/** Where the annotations go. */
	static final class Target {
		@Option(names = "--layer", paramLabel = "NAME", description = "layer to import into (default: import)")
		String layer;

		@Option(names = "--annotator", paramLabel = "ID", description = "an annotator's layer: the same as --layer ID")
		String annotator;
	}

	@Override
	public Integer call() throws CorpusException {
		if (format != ExportOperation.Format.JSONL && format != ExportOperation.Format.XMI) {
			throw new ParameterException(spec.commandLine(), "import reads jsonl or xmi");
		}
		String layer = target == null ? "import" : target.annotator != null ? target.annotator : target.layer;
		if (!Corpus.isValidLayer(layer)) {
			throw new ParameterException(spec.commandLine(), "'" + layer
					+ "' is not a valid layer id (letters, digits, '.', '_' and '-', at most 64)");
		}
		if (!Files.exists(source)) {
			throw new CorpusException(source, "does not exist");
		}
		Corpus corpus = Corpus.openOrCreate(out);
		ImportOperation.Result r = new ImportOperation(corpus).layer(layer).from(source).format(format).addLabels(addLabels)
				.replace(replace).execute(new NullProgressMonitor());
		r.failures().forEach(f -> spec.commandLine().getErr().println("assay: " + f.getMessage()));
		spec.commandLine().getOut().println(r.imported() + " document(s) imported into " + corpus.root());
		if (!r.backups().isEmpty()) {
			spec.commandLine().getOut().println(r.backups().size() + " layer(s) with decisions replaced; the old ones are kept in "
					+ corpus.root().resolve(ImportOperation.BACKUPS).relativize(r.backups().get(0)).getName(0).toString()
							.transform(t -> corpus.root().resolve(ImportOperation.BACKUPS).resolve(t).toString()));
		}
		return r.failures().isEmpty() ? AssayCommand.OK : AssayCommand.FAILED;
	}
}
