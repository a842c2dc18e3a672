package org.assay.core.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentIds;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.formats.DocumentSink;
import org.assay.core.formats.ForeignFolderReader;
import org.assay.core.formats.ForeignLayer;
import org.assay.core.formats.Format;
import org.assay.core.formats.ImportReader;
import org.assay.core.formats.LabelMapping;
import org.assay.core.formats.brat.BratReader;
import org.assay.core.formats.jsonl.JsonlReader;
import org.assay.core.formats.tsv3.Tsv3Reader;
import org.assay.core.formats.tsv3.Tsv3Writer;
import org.assay.core.formats.xmi.XmiReader;
import org.assay.core.io.AtomicFileWriter;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.AssayTypeSystem;
import org.assay.types.ReviewStatus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Imports documents into a corpus layer from JSON Lines (the export schema), a folder of XMI
 * files, a brat folder or a folder of WebAnno TSV 3 files. The format's reader reads; what every
 * import shares is here: each document is checked (its layer valid, its labels in the tagset or
 * added, its id valid and new), a layer holding decisions is replaced only when asked and then
 * kept in a backup, and a bad document is reported naming its file (and line) while the others
 * are still imported.
 */
public final class ImportOperation implements CorpusOperation<ImportOperation.Result> {

	/**
	 * What happened.
	 *
	 * @param imported  documents written
	 * @param failures  records or documents not imported, each naming its file (and line)
	 * @param backups   layers that held decisions and were replaced: where their old file was kept
	 * @param notes     what the other tool's files held that Assay does not model and left out, and
	 *                  types mapped by name ("PER → PERSON"), one line each
	 */
	public record Result(int imported, List<CorpusException> failures, List<Path> backups, List<String> notes) {
	}

	/** Where replaced layers are kept, inside the corpus folder. */
	public static final String BACKUPS = LayerBackups.FOLDER;

	private final Corpus corpus;
	private String layer = "import";
	private Path source;
	private Format format = Format.JSONL;
	private boolean addLabels;
	private boolean replace;
	private List<String> mapPairs = List.of();
	private String entityLayer = Tsv3Writer.NAMED_ENTITY + ":value";

	/** Imports into {@code corpus}; set the source (and format, layer) before running. */
	public ImportOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	/** The JSON Lines file or the folder of XMI, brat or TSV 3 files to read. */
	public ImportOperation from(Path file) {
		this.source = file;
		return this;
	}

	/** JSONL (default), XMI, brat (a folder of .txt + .ann) or TSV3 (a folder of WebAnno TSV 3 files). */
	public ImportOperation format(Format f) {
		if (!f.isImported()) {
			throw new IllegalArgumentException("import reads jsonl, xmi, brat or tsv3, not " + f.id());
		}
		this.format = f;
		return this;
	}

	/**
	 * How another tool's entity types map to labels (brat, TSV 3): "Type=LABEL", "Type=-" to
	 * leave a type out, "Type=claim|source|cue|quantity" for attribution parts.
	 */
	public ImportOperation map(List<String> pairs) {
		this.mapPairs = List.copyOf(pairs);
		return this;
	}

	/**
	 * TSV 3: the span layer and feature holding entity labels ("type:feature"; default INCEpTION's
	 * Named Entity layer, {@code de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity:value}).
	 */
	public ImportOperation entityLayer(String layer) {
		this.entityLayer = layer;
		return this;
	}

	/**
	 * Whether entity labels outside the corpus's tagset are added to it (default: such a
	 * document is refused with a message naming the label).
	 */
	public ImportOperation addLabels(boolean add) {
		this.addLabels = add;
		return this;
	}

	/**
	 * Whether a layer that holds decisions (anything accepted, rejected, corrected or made by
	 * hand, or a FINISHED or CURATED state) may be replaced; its old file is then kept under
	 * {@code .assay-backups/<time>/}. Default: such a document is refused, naming the layer and
	 * what it holds, and the others are imported.
	 */
	public ImportOperation replace(boolean replace) {
		this.replace = replace;
		return this;
	}

	/** The layer the documents go to (an annotator id, "curation" or "engine"). */
	public ImportOperation layer(String name) {
		this.layer = name;
		return this;
	}

	/**
	 * A layer name for an import that replaces nothing: {@code base} if no document of
	 * {@code corpus} has that layer yet, else {@code base-2}, {@code base-3}, ...
	 */
	public static String freshLayer(Corpus corpus, String base) throws CorpusException {
		Set<String> used = new HashSet<>();
		for (String id : corpus.documentIds()) {
			used.addAll(corpus.layers(id));
		}
		String name = base;
		for (int n = 2; used.contains(name); n++) {
			name = base + "-" + n;
		}
		return name;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		if (source == null) {
			throw new IllegalStateException("no source");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source.getFileName() + " into layer " + layer, 100);
		AtomicFileWriter.cleanStrayFiles(corpus.root()); // left by a run killed while writing
		Target target = new Target();
		try {
			reader().read(source, target, progress);
		} finally {
			corpus.save(); // what was imported before a failure or a cancel is recorded
		}
		return new Result(target.imported, List.copyOf(target.failures), target.backups.kept(), List.copyOf(target.notes));
	}

	/** The reader of the format, its types mapped for the formats of other tools. */
	private ImportReader reader() throws CorpusException {
		if (format == Format.JSONL) {
			return new JsonlReader();
		}
		if (format == Format.XMI) {
			return new XmiReader();
		}
		try {
			ForeignLayer foreign = new ForeignLayer(new LabelMapping(corpus, mapPairs, addLabels), layer);
			return new ForeignFolderReader(foreign, format == Format.BRAT ? new BratReader(foreign) : new Tsv3Reader(foreign, entityLayer));
		} catch (IllegalArgumentException e) {
			throw new CorpusException(source, e.getMessage());
		}
	}

	/** What the reader hands its documents to: checks, names and writes each, and collects what went wrong. */
	private final class Target implements DocumentSink {
		final List<CorpusException> failures = new ArrayList<>();
		final List<String> notes = new ArrayList<>();
		final LayerBackups backups = new LayerBackups(corpus);
		/** Ids imported so far, and where from: a second document with one of them is refused, not written over the first. */
		final Map<String, String> origins = new HashMap<>();
		int imported;

		@Override
		public void add(Path file, String where, String name, JCas jcas) throws CorpusException {
			String id;
			try {
				String problem = LayerCheck.problem(jcas);
				if (problem != null) {
					throw new IllegalArgumentException("it " + problem);
				}
				jcas.select(Entity.class).forEach(e -> checkLabel(e.getLabel()));
				id = documentId(name, where);
			} catch (IllegalArgumentException e) {
				throw new CorpusException(file, e.getMessage());
			}
			write(file, id, jcas);
			imported++;
		}

		@Override
		public void failed(CorpusException problem) {
			failures.add(problem);
		}

		@Override
		public void note(String note) {
			notes.add(note);
		}

		/** The id as the corpus spells it, or an exception saying why it cannot be one. */
		private String documentId(String raw, String where) {
			String id = DocumentIds.normalise(raw);
			String why = DocumentIds.problem(id);
			if (why != null) {
				throw new IllegalArgumentException("id " + DocumentIds.quote(raw) + " " + why);
			}
			String first = origins.putIfAbsent(id, where);
			if (first != null) {
				throw new IllegalArgumentException("id " + DocumentIds.quote(id) + " was already imported from " + first + "; ids must be unique");
			}
			return id;
		}

		/**
		 * Writes an imported document: its text only when new (an existing text must be the same:
		 * other layers are anchored in it), its layer only when that replaces no decisions unless
		 * {@link #replace} allows it, keeping the old one.
		 */
		private void write(Path file, String id, JCas jcas) throws CorpusException {
			String text = jcas.getDocumentText();
			boolean known = corpus.contains(id) && Files.exists(corpus.textPath(id));
			if (known && !corpus.text(id).equals(text)) {
				throw new CorpusException(file, id + ": its text differs from the corpus's text of that document, in which its other"
						+ " layers are anchored; import it under another id or into another corpus");
			}
			if (corpus.layers(id).contains(layer)) {
				String held = decisionsHeld(id);
				if (held != null) {
					if (!replace) {
						throw new CorpusException(file, id + ": layer '" + layer + "' holds " + held + "; import into a new layer"
								+ " (--layer NAME) or replace it explicitly (--replace keeps a backup)");
					}
					backups.keep(id, layer);
				}
			}
			if (!known) {
				corpus.putText(id, text);
			}
			corpus.writeLayer(id, layer, jcas, DocumentState.IN_PROGRESS);
		}
	}

	/** What decisions the target layer of {@code id} holds ("12 decisions, FINISHED"), or null for none. */
	private String decisionsHeld(String id) throws CorpusException {
		JCas existing = AssayTypeSystem.newJCas();
		corpus.readLayer(id, layer, existing);
		long decided = existing.select(Reviewable.class)
				.filter(r -> r.getStatus() != null && !ReviewStatus.SUGGESTED.name().equals(r.getStatus())).count();
		DocumentState state = corpus.state(id, layer);
		boolean closed = state == DocumentState.FINISHED || state == DocumentState.CURATED;
		if (decided == 0 && !closed) {
			return null;
		}
		return decided + " decision" + (decided == 1 ? "" : "s") + (closed ? ", " + state : "");
	}

	/** The label, if the tagset has it or it may be added; else a message saying what to do. */
	private String checkLabel(String label) {
		if (!corpus.tagset().contains(label)) {
			if (!addLabels) {
				throw new IllegalArgumentException("label '" + label + "' is not in the corpus's tagset (" + String.join(", ", corpus.tagset())
						+ "); import with --add-labels to add it");
			}
			corpus.addLabel(label);
		}
		return label;
	}
}
