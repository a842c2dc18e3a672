package org.assay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.exchange.ImportOperation;
import org.assay.core.formats.Format;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay import}: reads JSON Lines or XMI back into a corpus layer. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Reads documents into a corpus (created if needed): a JSON Lines file in the export schema, a folder of UIMA XMI files (Assay type system), a brat standoff folder (.txt + .ann), or a folder of WebAnno TSV 3 files (INCEpTION's export). Each document's text is stored and its annotations become one layer. Bad records are reported with file and line; the others are still imported. What another tool's files hold that Assay does not model is listed after the import.",
		footer = { "", "brat and TSV 3 entity types become labels: by --map, else by the tagset's name (any case; PER, ORG, LOC",
				"for PERSON, ORGANIZATION, LOCATION), else with --add-labels; an import with other types is refused",
				"before anything is written, naming them. brat attribution: T types Claim or Content, Source, Cue,",
				"Quantity (or --map T=claim|source|cue|quantity) linked by relations or by an event (its trigger is",
				"the cue); attributes Kind and Factuality." })
final class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<file-or-dir>", description = "a .jsonl file, or a folder of .xmi, brat (.txt + .ann) or .tsv files")
	private Path source;

	@Option(names = "--format", required = true, paramLabel = "jsonl|xmi|brat|tsv3", converter = Options.FormatConverter.class,
			description = "what <file-or-dir> holds")
	private Format format;

	@Option(names = "--out", required = true, paramLabel = "<corpus-dir>", description = "corpus folder to create or update")
	private Path out;

	@ArgGroup(exclusive = true)
	private Target target;

	@Option(names = "--add-labels", description = "add entity labels the corpus's tagset lacks (without it, a document with such a label is refused)")
	private boolean addLabels;

	@Option(names = "--map", paramLabel = "TYPE=LABEL", split = ",",
			description = "brat, tsv3: map another tool's entity type to a label (Person=PERSON), leave it out (Misc=-), or make it a claim part (Speaker=source)")
	private List<String> map = new ArrayList<>();

	@Option(names = "--entity-layer", paramLabel = "TYPE:FEATURE",
			description = "tsv3: the span layer and feature of entity labels (default: INCEpTION's Named Entity layer, de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity:value)")
	private String entityLayer;

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
		if (!format.isImported()) {
			throw new ParameterException(spec.commandLine(), "import reads jsonl, xmi, brat or tsv3");
		}
		if (!map.isEmpty() && (format == Format.JSONL || format == Format.XMI)) {
			throw new ParameterException(spec.commandLine(), "--map applies to brat and tsv3 imports");
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
		ImportOperation operation = new ImportOperation(corpus).layer(layer).from(source).format(format).addLabels(addLabels).map(map)
				.replace(replace);
		if (entityLayer != null) {
			operation.entityLayer(entityLayer);
		}
		ImportOperation.Result r;
		try (ConsoleProgress progress = AssayCommand.progress(spec)) {
			r = operation.execute(progress);
		}
		r.failures().forEach(f -> spec.commandLine().getErr().println("assay: " + f.getMessage()));
		r.notes().forEach(n -> spec.commandLine().getErr().println("assay import: " + n));
		spec.commandLine().getOut().println(r.imported() + " document(s) imported into " + corpus.root());
		if (!r.backups().isEmpty()) {
			spec.commandLine().getOut().println(r.backups().size() + " layer(s) with decisions replaced; the old ones are kept in "
					+ corpus.root().resolve(ImportOperation.BACKUPS).relativize(r.backups().get(0)).getName(0).toString()
							.transform(t -> corpus.root().resolve(ImportOperation.BACKUPS).resolve(t).toString()));
		}
		return r.failures().isEmpty() ? AssayCommand.OK : AssayCommand.FAILED;
	}
}
