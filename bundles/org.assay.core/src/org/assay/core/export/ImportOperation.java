package org.assay.core.export;

import java.io.BufferedReader;
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
import org.assay.core.Span;
import org.assay.core.review.ClaimParts;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.io.XmiFiles;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports JSON Lines (the export schema) or a folder of XMI files into a corpus layer. Every
 * record is validated (offsets inside the text, known statuses, kinds and factualities); a bad
 * record is reported with its file and line and the others are still imported.
 */
public final class ImportOperation implements CorpusOperation<ImportOperation.Result> {

	/** What happened. */
	public record Result(int imported, List<CorpusException> failures) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Corpus corpus;
	private String layer = "import";
	private Path source;
	private ExportOperation.Format format = ExportOperation.Format.JSONL;

	private boolean addLabels;

	/** Imports into {@code corpus}; set the source (and format, layer) before running. */
	public ImportOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	/** The JSON Lines file or the folder of XMI files to read. */
	public ImportOperation from(Path file) {
		this.source = file;
		return this;
	}

	/** JSONL (default) or XMI. */
	public ImportOperation format(ExportOperation.Format f) {
		if (f != ExportOperation.Format.JSONL && f != ExportOperation.Format.XMI) {
			throw new IllegalArgumentException("import reads jsonl or xmi, not " + f.name().toLowerCase(Locale.ROOT));
		}
		this.format = f;
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

	/** The layer the documents go to (an annotator id, "curation" or "engine"). */
	public ImportOperation layer(String name) {
		this.layer = name;
		return this;
	}

	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		if (source == null) {
			throw new IllegalStateException("no source");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source.getFileName(), 100);
		List<CorpusException> failures = new ArrayList<>();
		int count = 0;
		try {
			count = format == ExportOperation.Format.JSONL ? importLines(progress, failures) : importXmi(progress, failures);
		} finally {
			corpus.save(); // what was imported before a failure or a cancel is recorded
		}
		return new Result(count, failures);
	}

	private int importLines(SubMonitor progress, List<CorpusException> failures) throws CorpusException {
		int count = 0;
		try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
			String line;
			int lineNo = 0;
			while ((line = in.readLine()) != null) {
				lineNo++;
				if (line.isBlank()) {
					continue;
				}
				progress.setWorkRemaining(100);
				progress.split(1);
				progress.subTask("line " + lineNo);
				try {
					importRecord(JSON.readTree(line));
					count++;
				} catch (JsonProcessingException e) {
					failures.add(new CorpusException(source, "line " + lineNo + ": not valid JSON: " + e.getOriginalMessage()));
				} catch (IllegalArgumentException e) {
					failures.add(new CorpusException(source, "line " + lineNo + ": " + e.getMessage()));
				} catch (CorpusException e) {
					failures.add(e);
				}
			}
		} catch (IOException e) {
			throw new CorpusException(source, "cannot be read: " + e.getMessage(), e);
		}
		return count;
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
				try {
					jcas.select(Entity.class).forEach(e -> checkLabel(e.getLabel()));
				} catch (IllegalArgumentException e) {
					throw new CorpusException(file, e.getMessage());
				}
				String name = source.relativize(file).toString().replace('\\', '/');
				String id = name.substring(0, name.length() - ".xmi".length());
				corpus.putText(id, jcas.getDocumentText());
				corpus.writeLayer(id, layer, jcas, DocumentState.IN_PROGRESS);
				count++;
			} catch (CorpusException e) {
				failures.add(e);
			}
		}
		return count;
	}

	private void importRecord(JsonNode doc) throws CorpusException {
		String id = text(doc, "id");
		String text = text(doc, "text");
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		for (JsonNode e : array(doc, "entities")) {
			Entity entity = new Entity(jcas, offset(e, "begin", text), offset(e, "end", text));
			entity.setLabel(checkLabel(text(e, "label")));
			provenance(entity, e);
			entity.addToIndexes();
		}
		for (JsonNode c : array(doc, "claims")) {
			JsonNode content = c.get("content");
			Claim claim = new Claim(jcas, offset(content, "begin", text), offset(content, "end", text));
			claim.setKind(ClaimKind.valueOf(text(c, "kind")).name());
			claim.setFactuality(Factuality.valueOf(text(c, "factuality")).name());
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
				Source source = new Source(jcas, offset(s, "begin", text), offset(s, "end", text));
				copyProvenance(claim, source);
				source.addToIndexes();
				claim.setSource(source);
			}
			JsonNode k = c.get("cue");
			if (k != null && !k.isNull()) {
				Cue cue = new Cue(jcas, offset(k, "begin", text), offset(k, "end", text));
				copyProvenance(claim, cue);
				cue.addToIndexes();
				claim.setCue(cue);
			}
			JsonNode q = c.get("quantity");
			if (q != null && !q.isNull()) {
				Quantity quantity = new Quantity(jcas, offset(q, "begin", text), offset(q, "end", text));
				quantity.setLow(q.get("low").isNull() ? Double.NEGATIVE_INFINITY : q.get("low").asDouble());
				quantity.setHigh(q.get("high").isNull() ? Double.POSITIVE_INFINITY : q.get("high").asDouble());
				quantity.setApproximate(q.path("approximate").asBoolean());
				quantity.setMeasure(q.path("measure").asText(""));
				quantity.setUnit(q.path("unit").asText(""));
				copyProvenance(claim, quantity);
				quantity.addToIndexes();
				claim.setQuantity(quantity);
			}
			claim.addToIndexes();
		}
		corpus.putText(id, text);
		corpus.writeLayer(id, layer, jcas, DocumentState.IN_PROGRESS);
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
		r.setStatus(ReviewStatus.valueOf(text(n, "status")).name());
		r.setOrigin(n.path("origin").isNull() ? null : n.path("origin").asText(null));
		r.setConfidence(n.path("confidence").asDouble(1.0));
		JsonNode s = n.get("suggested");
		if (s != null && s.isObject()) {
			String text = r.getCAS().getDocumentText();
			Suggested suggested = new Suggested(r.getJCas(), offset(s, "begin", text), offset(s, "end", text));
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
