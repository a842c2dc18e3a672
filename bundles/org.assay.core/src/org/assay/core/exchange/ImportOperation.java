package org.assay.core.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.Span;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.formats.Format;
import org.assay.core.formats.LabelMapping;
import org.assay.core.formats.brat.BratReader;
import org.assay.core.formats.tsv3.Tsv3Reader;
import org.assay.core.formats.tsv3.Tsv3Writer;
import org.assay.core.io.XmiFiles;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;
import org.assay.type.Source;
import org.assay.type.Suggested;
import org.assay.types.AssayTypeSystem;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;
import org.assay.types.ReviewStatus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports JSON Lines (the export schema) or a folder of XMI files into a corpus layer. Every
 * record is validated (offsets inside the text, known statuses, kinds and factualities); a bad
 * record is reported with its file and line and the others are still imported.
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
		public Result(int imported, List<CorpusException> failures) {
			this(imported, failures, List.of(), List.of());
		}

		public Result(int imported, List<CorpusException> failures, List<Path> backups) {
			this(imported, failures, backups, List.of());
		}
	}

	/** Where replaced layers are kept, inside the corpus folder. */
	public static final String BACKUPS = ".assay-backups";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Corpus corpus;
	private String layer = "import";
	private Path source;
	private Format format = Format.JSONL;

	private boolean addLabels;
	private boolean replace;
	private List<String> mapPairs = List.of();
	private String entityLayer = Tsv3Writer.NAMED_ENTITY + ":value";
	private final List<String> notes = new ArrayList<>();
	private final List<Path> backups = new ArrayList<>();
	private final String startedAt = java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-');

	/** Imports into {@code corpus}; set the source (and format, layer) before running. */
	public ImportOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	/** The JSON Lines file or the folder of XMI files to read. */
	public ImportOperation from(Path file) {
		this.source = file;
		return this;
	}

	/** JSONL (default), XMI, brat (a folder of .txt + .ann) or TSV3 (a folder of WebAnno TSV 3 files). */
	public ImportOperation format(Format f) {
		if (f != Format.JSONL && f != Format.XMI && f != Format.BRAT
				&& f != Format.TSV3) {
			throw new IllegalArgumentException("import reads jsonl, xmi, brat or tsv3, not " + f.name().toLowerCase(Locale.ROOT));
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

	/**
	 * A layer name for an import that replaces nothing: {@code base} if no document of
	 * {@code corpus} has that layer yet, else {@code base-2}, {@code base-3}, ...
	 */
	public static String freshLayer(Corpus corpus, String base) throws CorpusException {
		java.util.Set<String> used = new java.util.HashSet<>();
		for (String id : corpus.documentIds()) {
			used.addAll(corpus.layers(id));
		}
		String name = base;
		for (int n = 2; used.contains(name); n++) {
			name = base + "-" + n;
		}
		return name;
	}

	/** The layer the documents go to (an annotator id, "curation" or "engine"). */
	public ImportOperation layer(String name) {
		this.layer = name;
		return this;
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
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source.getFileName(), 100);
		org.assay.core.io.AtomicFileWriter.cleanStrayFiles(corpus.root()); // left by a run killed while writing
		List<CorpusException> failures = new ArrayList<>();
		int count = 0;
		try {
			count = switch (format) {
			case JSONL -> importLines(progress, failures);
			case BRAT, TSV3 -> importForeign(progress, failures);
			default -> importXmi(progress, failures);
			};
		} finally {
			corpus.save(); // what was imported before a failure or a cancel is recorded
		}
		return new Result(count, failures, List.copyOf(backups), List.copyOf(notes));
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
				Path backup = corpus.root().resolve(BACKUPS).resolve(startedAt).resolve("annotations").resolve(id)
						.resolve(layer + ".xmi");
				try {
					Files.createDirectories(backup.getParent());
					Files.copy(corpus.layerPath(id, layer), backup, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				} catch (IOException e) {
					throw new CorpusException(backup, "cannot keep a backup of layer '" + layer + "' of " + id + ", so it was not replaced: "
							+ e.getMessage(), e);
				}
				backups.add(backup);
			}
		}
		if (!known) {
			corpus.putText(id, text);
		}
		corpus.writeLayer(id, layer, jcas, DocumentState.IN_PROGRESS);
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

	private int importLines(SubMonitor progress, List<CorpusException> failures) throws CorpusException {
		int count = 0;
		// line by line as bytes: one line that is not UTF-8 is reported with its number, the
		// others are still imported (a reader decoding the whole file stopped at the first bad byte)
		java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
		try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(source), 1 << 16)) {
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			int lineNo = 0;
			int b;
			boolean more = true;
			while (more) {
				b = in.read();
				if (b != -1 && b != '\n') {
					bytes.write(b);
					continue;
				}
				more = b != -1;
				if (!more && bytes.size() == 0) {
					break;
				}
				lineNo++;
				byte[] raw = bytes.toByteArray();
				bytes.reset();
				String line;
				try {
					line = utf8.decode(java.nio.ByteBuffer.wrap(raw)).toString();
				} catch (java.nio.charset.CharacterCodingException e) {
					failures.add(new CorpusException(source, "line " + lineNo + ": is not valid UTF-8; the line was skipped"));
					continue;
				}
				if (line.isBlank()) {
					continue;
				}
				progress.setWorkRemaining(100);
				progress.split(1);
				progress.subTask("line " + lineNo);
				try {
					importRecord(JSON.readTree(line), lineNo);
					count++;
				} catch (JsonProcessingException e) {
					failures.add(new CorpusException(source, "line " + lineNo + ": not valid JSON: " + e.getOriginalMessage()));
				} catch (IllegalArgumentException e) {
					failures.add(new CorpusException(source, "line " + lineNo + ": " + e.getMessage()));
				} catch (CorpusException e) {
					failures.add(source.equals(e.file()) ? new CorpusException(source, "line " + lineNo + ": " + e.problem(), e) : e);
				} catch (RuntimeException e) {
					failures.add(new CorpusException(source, "line " + lineNo + ": could not be imported (" + e.getClass().getSimpleName()
							+ (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
				}
			}
		} catch (IOException e) {
			throw new CorpusException(source, "cannot be read: " + e.getMessage(), e);
		}
		return count;
	}

	/** Ids imported so far, and where from: a second record with one of them is refused, not written over the first. */
	private final java.util.Map<String, String> imported = new java.util.HashMap<>();

	/** The id as the corpus spells it, or an exception saying why it cannot be one. */
	private String documentId(String raw, String where) {
		String id = org.assay.core.corpus.DocumentIds.normalise(raw);
		String why = org.assay.core.corpus.DocumentIds.problem(id);
		if (why != null) {
			throw new IllegalArgumentException("id " + org.assay.core.corpus.DocumentIds.quote(raw) + " " + why);
		}
		String first = imported.putIfAbsent(id, where);
		if (first != null) {
			throw new IllegalArgumentException("id " + org.assay.core.corpus.DocumentIds.quote(id) + " was already imported from " + first
					+ "; ids must be unique");
		}
		return id;
	}

	/**
	 * brat or TSV 3: every file is read twice — first to find entity types that map to no label,
	 * which refuse the whole import before anything is written (naming each type once), then to
	 * write. A file that cannot be read is reported with its line and the others are imported.
	 */
	private int importForeign(SubMonitor progress, List<CorpusException> failures) throws CorpusException {
		boolean brat = format == Format.BRAT;
		String extension = brat ? ".ann" : ".tsv";
		if (!Files.isDirectory(source)) {
			throw new CorpusException(source, Files.exists(source) ? "is not a folder (" + (brat ? "brat" : "tsv3")
					+ " imports a folder of " + (brat ? ".txt and .ann files" : ".tsv files") + ")" : "does not exist");
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(source)) {
			files = walk.filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
					.sorted().toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new CorpusException(source, "cannot be listed: " + e.getMessage(), e);
		}
		if (files.isEmpty()) {
			throw new CorpusException(source, "contains no " + extension + " files");
		}
		LabelMapping mapping;
		try {
			mapping = new LabelMapping(corpus, mapPairs, addLabels);
		} catch (IllegalArgumentException e) {
			throw new CorpusException(source, e.getMessage());
		}
		BratReader bratReader = new BratReader(mapping, layer);
		Tsv3Reader tsvReader;
		try {
			tsvReader = new Tsv3Reader(mapping, layer, entityLayer);
		} catch (IllegalArgumentException e) {
			throw new CorpusException(source, e.getMessage());
		}
		progress.setWorkRemaining(2 * files.size());
		for (Path file : files) { // first pass: types only
			progress.split(1);
			try {
				readForeign(file, brat, bratReader, tsvReader, AssayTypeSystem.newJCas());
			} catch (CorpusException | RuntimeException e) {
				// reported by the second pass
			}
		}
		String problem = mapping.problem();
		if (problem != null) {
			throw new CorpusException(source, problem);
		}
		bratReader.notMapped().clear();
		tsvReader.notMapped().clear();
		int count = 0;
		for (Path file : files) {
			progress.split(1);
			progress.subTask(file.getFileName().toString());
			try {
				JCas jcas = AssayTypeSystem.newJCas();
				Path textFile = readForeign(file, brat, bratReader, tsvReader, jcas);
				String name = source.relativize(textFile).toString().replace('\\', '/');
				if (!brat) {
					name = name.substring(0, name.length() - ".tsv".length()) + ".txt";
				}
				String bad = LayerCheck.textProblem(jcas.getDocumentText());
				if (bad != null) {
					throw new CorpusException(file, "its text " + bad);
				}
				checkAndWrite(file, name, textFile.getFileName().toString(), jcas);
				count++;
			} catch (CorpusException e) {
				failures.add(e);
			} catch (RuntimeException e) {
				failures.add(unexpected(file, e));
			}
		}
		mapping.implied().forEach((from, to) -> notes.add("type " + from + " was imported as " + to + " (the tagset's name for it)"));
		java.util.Map<String, Integer> left = new java.util.TreeMap<>(bratReader.notMapped());
		tsvReader.notMapped().forEach((k, v) -> left.merge(k, v, Integer::sum));
		left.forEach((what, n) -> notes.add("not imported, no Assay counterpart: " + what + " (" + n + ")"));
		return count;
	}

	/**
	 * Writes a document read from {@code file} under the id {@code name} gives, once its layer
	 * passes {@link LayerCheck}, its labels are in the tagset (or may be added) and the id is valid
	 * and new; else refuses it naming the file.
	 */
	private void checkAndWrite(Path file, String name, String where, JCas jcas) throws CorpusException {
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
	}

	/** A file whose import failed in a way no check foresaw: one line naming it, the others go on. */
	private static CorpusException unexpected(Path file, RuntimeException e) {
		return new CorpusException(file, "could not be imported (" + e.getClass().getSimpleName()
				+ (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
	}

	/** Reads one brat .ann (with its .txt) or TSV 3 file into {@code jcas}; returns the file whose name gives the id. */
	private Path readForeign(Path file, boolean brat, BratReader bratReader, Tsv3Reader tsvReader, JCas jcas) throws CorpusException {
		if (brat) {
			String name = file.getFileName().toString();
			Path txt = file.resolveSibling(name.substring(0, name.length() - ".ann".length()) + ".txt");
			if (!Files.isRegularFile(txt, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				throw new CorpusException(file, "has no " + txt.getFileName() + " beside it (brat keeps the text in a .txt of the same name)");
			}
			String text = org.assay.core.io.TextFiles.read(txt);
			String ann = org.assay.core.io.TextFiles.read(file);
			try {
				bratReader.read(text, ann, jcas);
			} catch (IllegalArgumentException e) {
				throw new CorpusException(file, e.getMessage());
			}
			return txt;
		}
		String content = org.assay.core.io.TextFiles.read(file);
		try {
			tsvReader.read(content, jcas);
		} catch (IllegalArgumentException e) {
			throw new CorpusException(file, e.getMessage());
		}
		return file;
	}

	private int importXmi(SubMonitor progress, List<CorpusException> failures) throws CorpusException {
		int count = 0;
		List<Path> files;
		try (Stream<Path> walk = Files.walk(source)) {
			files = walk.filter(p -> p.toString().endsWith(".xmi")).sorted().toList();
		} catch (IOException e) {
			throw new CorpusException(source, "cannot be listed: " + e.getMessage(), e);
		}
		progress.setWorkRemaining(files.size());
		for (Path file : files) {
			progress.split(1);
			progress.subTask(file.getFileName().toString());
			JCas jcas = AssayTypeSystem.newJCas();
			try {
				XmiFiles.read(file, jcas.getCas());
				String name = source.relativize(file).toString().replace('\\', '/');
				checkAndWrite(file, name.substring(0, name.length() - ".xmi".length()), file.getFileName().toString(), jcas);
				count++;
			} catch (CorpusException e) {
				failures.add(e);
			} catch (RuntimeException e) {
				failures.add(unexpected(file, e));
			}
		}
		return count;
	}

	private void importRecord(JsonNode doc, int lineNo) throws CorpusException {
		if (doc == null || !doc.isObject()) {
			throw new IllegalArgumentException("is not a JSON object");
		}
		String text = text(doc, "text");
		String bad = LayerCheck.textProblem(text);
		if (bad != null) {
			throw new IllegalArgumentException("the record " + bad);
		}
		String id = documentId(text(doc, "id"), "line " + lineNo);
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		for (JsonNode e : array(doc, "entities")) {
			Span at = span(e, text, "entity");
			Entity entity = new Entity(jcas, at.begin(), at.end());
			entity.setLabel(checkLabel(text(e, "label")));
			provenance(entity, e);
			entity.addToIndexes();
		}
		for (JsonNode c : array(doc, "claims")) {
			Span content = span(c.get("content"), text, "claim content");
			Claim claim = new Claim(jcas, content.begin(), content.end());
			claim.setKind(LayerCheck.known(ClaimKind.class, text(c, "kind"), "kind"));
			claim.setFactuality(LayerCheck.known(Factuality.class, text(c, "factuality"), "factuality"));
			provenance(claim, c);
			JsonNode fragments = c.get("fragments");
			if (fragments != null && fragments.isArray() && fragments.size() > 1) {
				List<Span> parts = new ArrayList<>();
				int after = claim.getBegin();
				for (JsonNode f : fragments) {
					Span part = new Span(offset(f, "begin", text), offset(f, "end", text));
					if (part.begin() < after || part.end() < part.begin() || part.end() > claim.getEnd()) {
						throw new IllegalArgumentException("claim fragments must lie inside the content, in text order, without overlap");
					}
					parts.add(part);
					after = part.end();
				}
				ClaimParts.setContent(claim, parts);
			}
			JsonNode s = c.get("source");
			if (s != null && !s.isNull()) {
				Span at = span(s, text, "claim source");
				Source source = new Source(jcas, at.begin(), at.end());
				copyProvenance(claim, source);
				source.addToIndexes();
				claim.setSource(source);
			}
			JsonNode k = c.get("cue");
			if (k != null && !k.isNull()) {
				Span at = span(k, text, "claim cue");
				Cue cue = new Cue(jcas, at.begin(), at.end());
				copyProvenance(claim, cue);
				cue.addToIndexes();
				claim.setCue(cue);
			}
			JsonNode q = c.get("quantity");
			if (q != null && !q.isNull()) {
				Span at = span(q, text, "claim quantity");
				Quantity quantity = new Quantity(jcas, at.begin(), at.end());
				quantity.setLow(bound(q, "low", Double.NEGATIVE_INFINITY));
				quantity.setHigh(bound(q, "high", Double.POSITIVE_INFINITY));
				if (quantity.getLow() > quantity.getHigh()) {
					throw new IllegalArgumentException("claim quantity: \"low\" " + quantity.getLow() + " exceeds \"high\" " + quantity.getHigh());
				}
				quantity.setApproximate(q.path("approximate").asBoolean());
				quantity.setMeasure(q.path("measure").asText(""));
				quantity.setUnit(q.path("unit").asText(""));
				copyProvenance(claim, quantity);
				quantity.addToIndexes();
				claim.setQuantity(quantity);
			}
			claim.addToIndexes();
		}
		String problem = LayerCheck.problem(jcas);
		if (problem != null) {
			throw new IllegalArgumentException("the record " + problem);
		}
		write(source, id, jcas);
	}

	/** A span of a record: both offsets inside the text, the end not before the begin. */
	private static Span span(JsonNode n, String text, String what) {
		if (n == null || !n.isObject()) {
			throw new IllegalArgumentException(what + ": missing or not an object with \"begin\" and \"end\"");
		}
		int begin = offset(n, "begin", text);
		int end = offset(n, "end", text);
		if (end < begin) {
			throw new IllegalArgumentException(what + ": \"end\" " + end + " is before \"begin\" " + begin);
		}
		return new Span(begin, end);
	}

	/** A bound of a figure: a number, or null for an open end; never missing. */
	private static double bound(JsonNode q, String field, double open) {
		JsonNode v = q.get(field);
		if (v == null) {
			throw new IllegalArgumentException("claim quantity lacks \"" + field + "\" (a number, or null for no bound)");
		}
		if (v.isNull()) {
			return open;
		}
		if (!v.isNumber()) {
			throw new IllegalArgumentException("claim quantity: \"" + field + "\" is not a number");
		}
		return v.asDouble();
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

	private static void provenance(Reviewable r, JsonNode n) {
		r.setStatus(LayerCheck.known(ReviewStatus.class, text(n, "status"), "status"));
		r.setOrigin(n.path("origin").isNull() ? null : n.path("origin").asText(null));
		r.setConfidence(n.path("confidence").asDouble(1.0));
		JsonNode s = n.get("suggested");
		if (s != null && s.isObject()) {
			String text = r.getCAS().getDocumentText();
			Span at = span(s, text, "suggested");
			Suggested suggested = new Suggested(r.getJCas(), at.begin(), at.end());
			suggested.setLabel(s.path("label").isTextual() ? s.get("label").asText() : null);
			suggested.setOrigin(s.path("origin").isTextual() ? s.get("origin").asText() : null);
			suggested.setConfidence(s.path("confidence").asDouble(0));
			r.setSuggested(suggested);
		}
		if (n.path("decidedBy").isTextual()) {
			r.setDecidedBy(n.get("decidedBy").asText());
			r.setChangedAt(n.path("decidedAt").isTextual() ? n.get("decidedAt").asText() : r.getChangedAt());
		}
	}

	private static void copyProvenance(Reviewable from, Reviewable to) {
		to.setStatus(from.getStatus());
		to.setOrigin(from.getOrigin());
		to.setConfidence(from.getConfidence());
	}

	private static String text(JsonNode n, String field) {
		JsonNode v = n == null ? null : n.get(field);
		if (v == null || !v.isTextual()) {
			throw new IllegalArgumentException("missing or non-text field \"" + field + "\"");
		}
		return v.asText();
	}

	private static Iterable<JsonNode> array(JsonNode n, String field) {
		JsonNode v = n.get(field);
		if (v == null || v.isNull()) {
			return List.of();
		}
		if (!v.isArray()) {
			throw new IllegalArgumentException("\"" + field + "\" is not an array");
		}
		return v;
	}

	private static int offset(JsonNode n, String field, String text) {
		JsonNode v = n == null ? null : n.get(field);
		if (v == null || !v.canConvertToInt()) {
			throw new IllegalArgumentException("missing offset \"" + field + "\"");
		}
		int o = v.asInt();
		if (o < 0 || o > text.length()) {
			throw new IllegalArgumentException("offset " + field + "=" + o + " is outside the text (length " + text.length() + ")");
		}
		return o;
	}
}
