package org.assay.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.io.AtomicFileWriter;
import org.assay.core.io.LayerCache;
import org.assay.core.io.TextFiles;
import org.assay.core.io.XmiFiles;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.AssayTypeSystem;

/**
 * A corpus folder, laid out to diff well in git:
 *
 * <pre>
 * assay.json                         manifest: tagset, annotators, document states
 * TypeSystem.xml                     the type system the XMI files use
 * texts/&lt;id&gt;                         source texts, UTF-8, as imported
 * annotations/&lt;id&gt;/&lt;layer&gt;.xmi       one layer per annotator ("engine" holds pre-annotation)
 * </pre>
 *
 * Every write is atomic. Methods that change the manifest are synchronized so pre-annotation
 * threads can share one corpus; call {@link #save()} to persist it.
 */
public final class Corpus {

	/** The manifest file, in the corpus folder. */
	public static final String MANIFEST = "assay.json";
	/** The type system descriptor the XMI files use, in the corpus folder. */
	public static final String TYPE_SYSTEM = "TypeSystem.xml";
	/** Layer holding engine suggestions before anyone reviews them. */
	public static final String ENGINE_LAYER = "engine";
	/** Layer holding the curated result. */
	public static final String CURATION_LAYER = "curation";
	/** Folder of derived binary caches of the XMI layers. */
	public static final String CACHE = ".assay-cache";
	/** Folder of run logs (details of engine failures); ignored by git. */
	public static final String LOGS = ".assay-logs";
	/** Trained recommender models: derived data, rebuilt by training, ignored by git. */
	public static final String MODELS = ".assay-models";

	private static final Pattern LAYER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private final Path root;
	private final CorpusFolder folder;
	private Manifest manifest;
	/** What this process changed since the manifest was read: kept when merging with the file on save. */
	private final ManifestChanges changes = new ManifestChanges();
	/** The documents: every text under {@code texts/}. */
	private final SortedSet<String> documents = new TreeSet<>();

	private Corpus(Path root, Manifest manifest) {
		this.root = root;
		this.folder = new CorpusFolder(root);
		this.manifest = manifest;
	}

	/** Opens an existing corpus. */
	public static Corpus open(Path root) throws CorpusException {
		Path file = root.resolve(MANIFEST);
		if (!Files.isDirectory(root)) {
			throw new CorpusException(root, "does not exist or is not a folder");
		}
		if (!Files.isRegularFile(file)) {
			throw new CorpusException(root, "is not an Assay corpus (no " + MANIFEST + ")");
		}
		Corpus corpus = new Corpus(root, ManifestFile.read(file));
		corpus.addDocumentsOnDisk();
		return corpus;
	}

	/**
	 * The folder is the truth: a text on disk is a document even when the manifest does not list
	 * it (a run killed before it saved the manifest, a second process that saved last), and a
	 * listed document whose text is gone is not one.
	 */
	private void addDocumentsOnDisk() throws CorpusException {
		documents.addAll(folder.textsOnDisk());
	}

	/** Opens the corpus at {@code root}, creating an empty one if there is none. */
	public static Corpus openOrCreate(Path root) throws CorpusException {
		if (Files.isRegularFile(root.resolve(MANIFEST))) {
			return open(root);
		}
		if (Files.exists(root) && !Files.isDirectory(root)) {
			throw new CorpusException(root, "exists and is not a folder");
		}
		try {
			Files.createDirectories(root);
		} catch (IOException e) {
			throw new CorpusException(root, "cannot be created: " + e.getMessage(), e);
		}
		Manifest m = new Manifest();
		m.typeSystemVersion = AssayTypeSystem.VERSION;
		Corpus corpus = new Corpus(root, m);
		corpus.save();
		return corpus;
	}

	/** The corpus folder. */
	public Path root() {
		return root;
	}

	/** The corpus's labels, in key order. */
	public synchronized List<String> tagset() {
		return List.copyOf(manifest.tagset);
	}

	/** Every document of the corpus, sorted. */
	public synchronized List<String> documentIds() {
		return List.copyOf(documents);
	}

	/** Whether the corpus has this document. */
	public synchronized boolean contains(String documentId) {
		return documents.contains(documentId);
	}

	/** Layers of a document that exist on disk, engine layer included. */
	public List<String> layers(String documentId) throws CorpusException {
		Path dir = root.resolve("annotations").resolve(documentId);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xmi") && !n.startsWith("."))
					.map(n -> n.substring(0, n.length() - 4)).sorted().toList();
		} catch (IOException e) {
			throw new CorpusException(dir, "cannot be listed: " + e.getMessage(), e);
		}
	}

	/** Where a document's text is stored. */
	public Path textPath(String documentId) {
		return root.resolve("texts").resolve(documentId);
	}

	/** Where a layer of a document is stored ({@code annotations/<id>/<layer>.xmi}). */
	public Path layerPath(String documentId, String layer) {
		checkLayer(layer);
		return root.resolve("annotations").resolve(documentId).resolve(layer + ".xmi");
	}

	/** A document's text, validated as UTF-8. */
	public String text(String documentId) throws CorpusException {
		return TextFiles.read(textPath(documentId));
	}

	/**
	 * Keeps the file a document's text was extracted from (a saved news page) under
	 * {@code originals/<relativePath>}, so what the text came from is never lost.
	 */
	public void putOriginal(String relativePath, byte[] bytes) throws CorpusException {
		checkDocumentId(relativePath);
		Path target = root.resolve("originals").resolve(relativePath);
		folder.confine(target);
		AtomicFileWriter.write(target, out -> out.write(bytes));
	}

	/** Adds or replaces a document's text. */
	public void putText(String documentId, String text) throws CorpusException {
		checkDocumentId(documentId);
		folder.confine(textPath(documentId));
		AtomicFileWriter.writeString(textPath(documentId), text);
		synchronized (this) {
			documents.add(documentId);
		}
	}

	/**
	 * Reads a layer into an empty JCas of the Assay type system: from its binary cache when that
	 * was made from the current XMI, else from the XMI (and then refreshes the cache).
	 */
	public void readLayer(String documentId, String layer, JCas into) throws CorpusException {
		Path xmi = layerPath(documentId, layer);
		Path cache = cachePath(documentId, layer);
		if (LayerCache.load(xmi, cache, into.getCas())) {
			return;
		}
		XmiFiles.read(xmi, into.getCas());
		LayerCache.store(into.getCas(), xmi, cache);
		shareRepeatedStrings(into);
	}

	/**
	 * Reads a layer as {@link #readLayer} does, but leaves its tokens out of the CAS and returns
	 * them as arrays (the editor holds them so while a layer is open): from the binary form
	 * without making a feature structure of each.
	 */
	public LayerCache.Tokens readLayerWithoutTokens(String documentId, String layer, JCas into) throws CorpusException {
		Path xmi = layerPath(documentId, layer);
		LayerCache.Tokens tokens = LayerCache.loadWithoutTokens(xmi, cachePath(documentId, layer), into.getCas());
		if (tokens != null) {
			return tokens;
		}
		readLayer(documentId, layer, into);
		return LayerCache.Tokens.detach(into);
	}

	/**
	 * Only the tokens of a layer (the agreement needs nothing else of the engine layer): from its
	 * binary form, else read from its XMI into the empty {@code scratch} (and the binary form
	 * rewritten).
	 */
	public LayerCache.Tokens readTokens(String documentId, String layer, JCas scratch) throws CorpusException {
		LayerCache.Tokens tokens = LayerCache.loadTokens(layerPath(documentId, layer), cachePath(documentId, layer), scratch.getTypeSystem());
		if (tokens != null) {
			return tokens;
		}
		readLayer(documentId, layer, scratch);
		return LayerCache.Tokens.of(scratch);
	}

	/**
	 * XMI reading makes a new string for every origin, time and label; on a large layer that is
	 * megabytes of copies of a handful of values. Share one instance of each, as a layer loaded
	 * from the binary cache already does.
	 */
	private static void shareRepeatedStrings(JCas jcas) {
		Map<String, String> pool = new HashMap<>();
		for (Reviewable r : jcas.select(Reviewable.class)) {
			r.setOrigin(shared(pool, r.getOrigin()));
			r.setChangedAt(shared(pool, r.getChangedAt()));
			if (r instanceof Entity e) {
				e.setLabel(shared(pool, e.getLabel()));
			}
		}
	}

	private static String shared(Map<String, String> pool, String s) {
		return s == null ? null : pool.computeIfAbsent(s, k -> k);
	}

	/**
	 * Where the binary form of a layer lives: {@code .assay-cache/<id>/<layer>.bin}, derived data
	 * that never travels in git and is rebuilt where it is missing. The XMI stays the format of
	 * record: the binary form is used only while it matches the XMI's size and CRC-32C, else the
	 * XMI is read and the binary form rewritten.
	 */
	public Path cachePath(String documentId, String layer) {
		checkLayer(layer);
		return root.resolve(CACHE).resolve(documentId).resolve(layer + ".bin");
	}

	/**
	 * Writes a layer atomically with its record: its state, held by the annotator it is named
	 * after (the curated layer keeps the curator its record names; see {@link #writeLayer(String,
	 * String, JCas, DocumentState, String)}).
	 */
	public void writeLayer(String documentId, String layer, JCas jcas, DocumentState state) throws CorpusException {
		writeLayer(documentId, layer, jcas, state, holder(layer));
	}

	/** Writes a layer atomically with its record, held by {@code by}. */
	public void writeLayer(String documentId, String layer, JCas jcas, DocumentState state, String by) throws CorpusException {
		checkDocumentId(documentId);
		Path xmi = layerPath(documentId, layer);
		folder.confine(xmi);
		folder.confine(recordPath(documentId, layer));
		LayerWriter.write(xmi, recordPath(documentId, layer), textPath(documentId), jcas, state, by);
		if (folder.isConfined(cachePath(documentId, layer))) {
			LayerCache.store(jcas.getCas(), xmi, cachePath(documentId, layer));
		}
	}

	/** Who holds a layer by its name: the annotator it is named after; nobody for the engine and curated layers. */
	private static String holder(String layer) {
		return layer.equals(ENGINE_LAYER) || layer.equals(CURATION_LAYER) ? null : layer;
	}

	/** Where a layer's record lives ({@code annotations/<id>/<layer>.json}). */
	public Path recordPath(String documentId, String layer) {
		checkLayer(layer);
		return root.resolve("annotations").resolve(documentId).resolve(layer + LayerRecord.EXTENSION);
	}

	/** Records a layer's state in its record, at once. */
	public void setState(String documentId, String layer, DocumentState state) throws CorpusException {
		setState(documentId, layer, state, holder(layer));
	}

	/** Records a layer's state in its record, at once, set by {@code by}. */
	public void setState(String documentId, String layer, DocumentState state, String by) throws CorpusException {
		folder.confine(recordPath(documentId, layer));
		LayerWriter.setState(recordPath(documentId, layer), state, by);
	}

	/**
	 * The state of a layer: from its record; for a layer an older release wrote, from that
	 * release's manifest; NEW when neither says.
	 */
	public DocumentState state(String documentId, String layer) {
		Optional<LayerRecord> record = LayerRecord.readQuietly(recordPath(documentId, layer));
		if (record.isPresent() && record.get().state != null) {
			return record.get().state();
		}
		String s;
		synchronized (this) {
			s = manifest.documents.getOrDefault(documentId, Map.of()).get(layer);
		}
		DocumentState state = s == null ? null : DocumentState.parse(s);
		return state == null ? DocumentState.NEW : state;
	}

	/** Human annotator layers of a document (neither engine nor curation). */
	public List<String> annotatorLayers(String documentId) throws CorpusException {
		List<String> result = new ArrayList<>();
		for (String l : layers(documentId)) {
			if (!l.equals(ENGINE_LAYER) && !l.equals(CURATION_LAYER)) {
				result.add(l);
			}
		}
		return result;
	}

	/** Persists the manifest and the type system descriptor beside the XMI files. */
	public synchronized void save() throws CorpusException {
		Path file = root.resolve(MANIFEST);
		CorpusLock.run(root, () -> {
			// another process may have saved since we read: merge, never overwrite what it added
			if (Files.isRegularFile(file)) {
				try {
					manifest = changes.merge(ManifestFile.read(file), manifest);
				} catch (CorpusException e) {
					// an unreadable manifest on disk: ours replaces it (the folder holds the documents)
				}
			}
			ManifestFile.write(file, manifest);
			changes.clear();
		});
		folder.ignoreDerivedFolders();
		XmiFiles.writeTypeSystem(root.resolve(TYPE_SYSTEM));
	}

	/** The folder of the corpus's trained recommender models. */
	public Path modelsFolder() {
		return root.resolve(MODELS);
	}

	/** The settings of recommender {@code name} (the defaults when the manifest has none). */
	public synchronized Manifest.RecommenderSettings recommender(String name) {
		Manifest.RecommenderSettings s = manifest.recommenders == null ? null : manifest.recommenders.get(name);
		return s != null ? s : new Manifest.RecommenderSettings();
	}

	/** Every recommender the manifest configures, by name. */
	public synchronized Map<String, Manifest.RecommenderSettings> recommenders() {
		return manifest.recommenders == null ? Map.of() : Map.copyOf(manifest.recommenders);
	}

	/** Records the settings of recommender {@code name} (saved with the manifest). */
	public synchronized void setRecommender(String name, Manifest.RecommenderSettings settings) {
		if (manifest.recommenders == null) {
			manifest.recommenders = new TreeMap<>();
		}
		manifest.recommenders.put(name, settings);
		changes.recommender(name);
	}

	/** The team and its assignment policy (the defaults when the manifest sets none). */
	public synchronized TeamPolicy team() {
		return manifest.team != null ? manifest.team : new TeamPolicy();
	}

	/** Sets the team and its assignment policy (saved with the manifest). */
	public synchronized void setTeam(TeamPolicy team) {
		manifest.team = team;
		changes.team();
	}

	/** Adds {@code label} to the tagset if it is not there yet (saved with the manifest). */
	public synchronized void addLabel(String label) {
		if (!manifest.tagset.contains(label)) {
			manifest.tagset.add(label);
		}
	}

	/**
	 * The corpus folder that holds {@code path} (the path itself or the nearest folder above it
	 * with an {@code assay.json}), if any.
	 */
	public static Optional<Path> findRoot(Path path) {
		for (Path p = path; p != null; p = p.getParent()) {
			if (Files.isRegularFile(p.resolve(MANIFEST))) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

	/** {@code name} made into a valid layer id: characters outside the id alphabet dropped, at most 64. */
	public static String toLayerId(String name) {
		String id = name.replaceAll("[^A-Za-z0-9._-]", "").replaceFirst("^[._-]+", "");
		id = id.length() > 64 ? id.substring(0, 64) : id;
		return id.isEmpty() ? "annotator" : id;
	}

	/** Whether {@code layer} can name an annotator or layer (letters, digits, '.', '_', '-'; at most 64). */
	public static boolean isValidLayer(String layer) {
		return layer != null && LAYER_ID.matcher(layer).matches();
	}

	private static void checkLayer(String layer) {
		if (!isValidLayer(layer)) {
			throw new IllegalArgumentException("Not a valid annotator or layer id: '" + layer
					+ "' (letters, digits, '.', '_' and '-', at most 64)");
		}
	}

	private void checkDocumentId(String id) throws CorpusException {
		String why = DocumentIds.problem(id);
		if (why != null) {
			throw new CorpusException(root.resolve("texts"), "cannot hold document " + DocumentIds.quote(id) + ", which " + why);
		}
	}
}
