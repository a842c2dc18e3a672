package org.assay.core.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.LayerRecord;
import org.assay.core.team.Workload.DocumentRecords;

/**
 * The records of every layer of a corpus, as the team sees them after a sync: for each document
 * its annotators' records (a layer taken with "Next Document" has a record before it has any
 * annotations) and its curated layer's. A layer written by an older release has no record yet;
 * its state comes from the manifest of that release.
 */
public final class TeamRecords {

	private TeamRecords() {
	}

	/** The records of every document of {@code corpus}, in the corpus's order. */
	public static List<DocumentRecords> read(Corpus corpus) throws CorpusException {
		List<DocumentRecords> result = new ArrayList<>();
		for (String id : corpus.documentIds()) {
			result.add(read(corpus, id));
		}
		return result;
	}

	/** The records of one document. */
	public static DocumentRecords read(Corpus corpus, String documentId) throws CorpusException {
		Map<String, LayerRecord> annotators = new TreeMap<>();
		for (String layer : layersWithRecordOrFile(corpus, documentId)) {
			if (!layer.equals(Corpus.ENGINE_LAYER) && !layer.equals(Corpus.CURATION_LAYER)) {
				annotators.put(layer, record(corpus, documentId, layer));
			}
		}
		Optional<LayerRecord> curation = layersWithRecordOrFile(corpus, documentId).contains(Corpus.CURATION_LAYER)
				? Optional.of(record(corpus, documentId, Corpus.CURATION_LAYER))
				: Optional.empty();
		return new DocumentRecords(documentId, annotators, curation);
	}

	/** Where the record of a layer lives: {@code annotations/<id>/<layer>.json}. */
	public static Path recordPath(Corpus corpus, String documentId, String layer) {
		return corpus.recordPath(documentId, layer);
	}

	/** A layer's record; for a layer an older release wrote, one holding the state its manifest gave. */
	public static LayerRecord record(Corpus corpus, String documentId, String layer) throws CorpusException {
		Optional<LayerRecord> record = LayerRecord.read(recordPath(corpus, documentId, layer));
		if (record.isPresent()) {
			return record.get();
		}
		LayerRecord legacy = new LayerRecord();
		DocumentState state = corpus.state(documentId, layer);
		legacy.state = state.name();
		legacy.by = layer.equals(Corpus.CURATION_LAYER) ? null : layer;
		return legacy;
	}

	/** The layers of a document that have an XMI file or a record. */
	private static List<String> layersWithRecordOrFile(Corpus corpus, String documentId) throws CorpusException {
		Path dir = corpus.layerPath(documentId, Corpus.ENGINE_LAYER).getParent();
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
					.filter(n -> n.endsWith(".xmi") || n.endsWith(LayerRecord.EXTENSION))
					.map(n -> n.substring(0, n.lastIndexOf('.'))).filter(Corpus::isValidLayer).distinct().sorted().toList();
		} catch (IOException e) {
			throw new CorpusException(dir, "cannot be listed: " + e.getMessage(), e);
		}
	}
}
