package org.assay.core.formats.huggingface;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.formats.DatasetSplit;
import org.assay.core.formats.ExportDocuments;
import org.assay.core.formats.ExportWriter;
import org.assay.core.formats.IobSentences;
import org.assay.core.formats.StatusFilter;
import org.assay.core.io.AtomicFileWriter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Token classification for Hugging Face trainers: one JSON object per sentence with
 * {@code id}, {@code document}, {@code tokens} and {@code ner_tags} — IOB2 strings in the main
 * file, the labels' indexes in the integer variant, whose names {@link #labels} lists (the
 * {@code ClassLabel} names) — and spaCy's IOB input ({@code word|B-PERSON ...}, one sentence a
 * line) for {@code spacy convert}. Every label of the corpus is kept (DATE, QUANTITY, custom
 * ones); the label indexes follow the corpus's tagset, so they stay the same across exports of
 * one corpus.
 */
public final class HuggingFaceWriter implements ExportWriter {

	private static final JsonFactory JSON = new JsonFactory();

	private final StatusFilter filter;
	private final DatasetSplit split;
	private final List<String> labels = new ArrayList<>(List.of("O"));
	private final Map<String, Integer> index = new HashMap<>(Map.of("O", 0));
	private int sentences;
	private int dropped;

	/**
	 * A writer keeping the entities {@code filter} keeps, indexing labels in {@code tagset}'s order,
	 * the documents divided as {@code split} says (null: all in one split, {@code data}).
	 */
	public HuggingFaceWriter(StatusFilter filter, List<String> tagset, DatasetSplit split) {
		this.filter = filter;
		this.split = split;
		tagset.forEach(this::index);
	}

	/**
	 * Writes per split {@code <split>.jsonl} (IOB2 strings), {@code ids/<split>.jsonl} (label
	 * indexes) and {@code <split>.iob} (spaCy), and {@code labels.json}, all together into {@code folder}.
	 */
	@Override
	public void write(ExportDocuments documents, Path folder) throws CorpusException {
		List<String> ids = documents.ids();
		List<String> names = split == null ? List.of("data") : split.names();
		Map<String, String> splitOf = split == null ? Map.of() : split.assign(ids);
		List<Path> targets = new ArrayList<>();
		for (String name : names) {
			targets.add(folder.resolve(name + ".jsonl"));
			targets.add(folder.resolve("ids").resolve(name + ".jsonl"));
			targets.add(folder.resolve(name + ".iob"));
		}
		targets.add(folder.resolve("labels.json"));
		AtomicFileWriter.writeAll(targets, streams -> {
			for (ExportDocuments.Document d : documents.readable()) {
				int s = 3 * names.indexOf(splitOf.getOrDefault(d.id(), "data"));
				write(d.id(), d.jcas(), streams.get(s), streams.get(s + 1), streams.get(s + 2));
			}
			streams.get(streams.size() - 1).write(labels().getBytes(StandardCharsets.UTF_8));
		});
	}

	private int index(String label) {
		Integer i = index.get("B-" + label);
		if (i == null) {
			i = labels.size();
			labels.add("B-" + label);
			labels.add("I-" + label);
			index.put("B-" + label, i);
			index.put("I-" + label, i + 1);
		}
		return i;
	}

	/** Writes a document's sentences: tags as strings to {@code strings}, as indexes to {@code ints}, and as IOB to {@code iob}. */
	private void write(String documentId, JCas jcas, OutputStream strings, OutputStream ints, OutputStream iob) throws IOException {
		IobSentences document = new IobSentences(jcas, filter, label -> label);
		dropped += document.dropped();
		int n = 0;
		StringBuilder lines = new StringBuilder();
		for (IobSentences.Tagged sentence : document.sentences()) {
			String id = documentId + "#" + (++n);
			record(strings, id, documentId, sentence, false);
			record(ints, id, documentId, sentence, true);
			for (int i = 0; i < sentence.tokens().size(); i++) {
				lines.append(i == 0 ? "" : " ").append(sentence.tokens().get(i).replace('|', '/')).append('|').append(sentence.tags().get(i));
			}
			lines.append('\n');
			sentences++;
		}
		iob.write(lines.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void record(OutputStream out, String id, String document, IobSentences.Tagged sentence, boolean asIndexes) throws IOException {
		JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
		g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		g.writeStartObject();
		g.writeStringField("id", id);
		g.writeStringField("document", document);
		g.writeArrayFieldStart("tokens");
		for (String t : sentence.tokens()) {
			g.writeString(t);
		}
		g.writeEndArray();
		g.writeArrayFieldStart("ner_tags");
		for (String tag : sentence.tags()) {
			if (asIndexes) {
				g.writeNumber(tag.equals("O") ? 0 : index(tag.substring(2)) + (tag.startsWith("I-") ? 1 : 0));
			} else {
				g.writeString(tag);
			}
		}
		g.writeEndArray();
		g.writeEndObject();
		g.close();
		out.write('\n');
	}

	/** The label names by index ("O", "B-PERSON", "I-PERSON", ...), as a JSON array. */
	public String labels() {
		try {
			return new ObjectMapper().writeValueAsString(labels) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e); // a list of strings always serialises
		}
	}

	/** Sentences written so far. */
	public int sentences() {
		return sentences;
	}

	/** Entities left out so far because they overlap another (IOB2 cannot express both). */
	public int dropped() {
		return dropped;
	}
}
