package org.assay.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.io.AtomicFileWriter;
import org.assay.core.io.LayerCache;
import org.assay.core.io.TextFiles;
import org.assay.core.io.XmiFiles;
import org.assay.types.AssayTypeSystem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

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

	public static final String MANIFEST = "assay.json";
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
	/** What a corpus's {@code .gitignore} must list: the derived folders. */
	private static final List<String> IGNORED = List.of(CACHE + "/", LOGS + "/", MODELS + "/", CorpusLock.FILE);

	private static final Pattern LAYER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final Path root;
	private Manifest manifest;
	/** What this process changed since the manifest was read: kept when merging with the file on save. */
	private final Map<String, java.util.Set<String>> changedStates = new java.util.HashMap<>();
	private final java.util.Set<String> changedRecommenders = new java.util.HashSet<>();
	private final java.util.Set<String> addedDocuments = new java.util.HashSet<>();

	private Corpus(Path root, Manifest manifest) {
		this.root = root;
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
		try {
			Manifest m = readManifest(file);
			Corpus corpus = new Corpus(root, m);
			corpus.addDocumentsOnDisk();
			return corpus;
		} catch (JsonProcessingException e) {
			throw new CorpusException(file, "is not valid JSON (line " + e.getLocation().getLineNr() + "): "
					+ e.getOriginalMessage());
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	/** Reads and checks a manifest: every id, layer and state in it is valid, or the file is refused. */
	private static Manifest readManifest(Path file) throws IOException, CorpusException {
		Manifest m;
		try (InputStream in = Files.newInputStream(file)) {
			m = JSON.readValue(in, Manifest.class);
		}
		if (m == null) {
			throw new CorpusException(file, "holds no manifest (it is empty or null)");
		}
		if (!Manifest.FORMAT.equals(m.format)) {
			throw new CorpusException(file, "is not an Assay corpus manifest (format is " + m.format + ")");
		}
		if (m.formatVersion > Manifest.FORMAT_VERSION) {
			throw new CorpusException(file, "was written by a newer Assay (format version " + m.formatVersion + ")");
		}
		m.tagset = m.tagset == null ? new ArrayList<>(Manifest.DEFAULT_TAGSET) : new ArrayList<>(m.tagset);
		m.annotators = m.annotators == null ? new ArrayList<>() : new ArrayList<>(m.annotators);
		m.documents = m.documents == null ? new java.util.TreeMap<>() : new java.util.TreeMap<>(m.documents);
		for (Map.Entry<String, Map<String, String>> doc : m.documents.entrySet()) {
			String why = DocumentIds.problem(doc.getKey());
			if (why != null) {
				throw new CorpusException(file, "lists document " + DocumentIds.quote(doc.getKey()) + ", which " + why);
			}
			Map<String, String> states = doc.getValue() == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(doc.getValue());
			doc.setValue(states);
			for (Map.Entry<String, String> layer : states.entrySet()) {
				if (!isValidLayer(layer.getKey())) {
					throw new CorpusException(file, "lists layer " + DocumentIds.quote(layer.getKey()) + " of " + doc.getKey()
							+ ", which is not a valid layer id (letters, digits, '.', '_' and '-', at most 64)");
				}
				if (DocumentState.parse(layer.getValue()) == null) {
					throw new CorpusException(file, "gives " + doc.getKey() + " layer " + layer.getKey() + " the unknown state "
							+ DocumentIds.quote(String.valueOf(layer.getValue())) + "; expected one of " + DocumentState.names());
				}
			}
		}
		return m;
	}

	/**
	 * The folder is the truth: a text on disk is a document even when the manifest does not list
	 * it (a run killed before it saved the manifest, a second process that saved last), and a
	 * listed document whose text is gone is not one.
	 */
	private void addDocumentsOnDisk() throws CorpusException {
		Path texts = root.resolve("texts");
		java.util.Set<String> onDisk = new java.util.HashSet<>();
		if (Files.isDirectory(texts)) {
			try {
				// other processes may be writing meanwhile: a temporary file that is gone by the time
				// it is looked at is skipped, not a failure of the whole listing
				Files.walkFileTree(texts, new java.nio.file.SimpleFileVisitor<>() {
					@Override
					public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes attrs) {
						String name = p.getFileName().toString();
						if (attrs.isRegularFile() && !name.startsWith(".")) {
							String id = texts.relativize(p).toString().replace('\\', '/');
							if (DocumentIds.problem(id) == null) {
								onDisk.add(id);
							}
						}
						return java.nio.file.FileVisitResult.CONTINUE;
					}

					@Override
					public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
						if (e instanceof java.nio.file.NoSuchFileException) {
							return java.nio.file.FileVisitResult.CONTINUE;
						}
						throw e;
					}
				});
			} catch (IOException | java.io.UncheckedIOException e) {
				throw new CorpusException(texts, "cannot be listed: " + e.getMessage(), e);
			}
		}
		manifest.documents.keySet().retainAll(onDisk);
		for (String id : onDisk) {
			manifest.statesOf(id);
		}
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
		return List.copyOf(manifest.documents.keySet());
	}

	/** Whether the corpus has this document. */
	public synchronized boolean contains(String documentId) {
		return manifest.documents.containsKey(documentId);
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
		confine(target);
		AtomicFileWriter.write(target, out -> out.write(bytes));
	}

	/** Adds or replaces a document's text. */
	public void putText(String documentId, String text) throws CorpusException {
		checkDocumentId(documentId);
		confine(textPath(documentId));
		AtomicFileWriter.writeString(textPath(documentId), text);
		synchronized (this) {
			manifest.statesOf(documentId);
			addedDocuments.add(documentId);
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
		Map<String, String> pool = new java.util.HashMap<>();
		for (org.assay.type.Reviewable r : jcas.select(org.assay.type.Reviewable.class)) {
			r.setOrigin(shared(pool, r.getOrigin()));
			r.setChangedAt(shared(pool, r.getChangedAt()));
			if (r instanceof org.assay.type.Entity e) {
				e.setLabel(shared(pool, e.getLabel()));
			}
		}
	}

	private static String shared(Map<String, String> pool, String s) {
		return s == null ? null : pool.computeIfAbsent(s, k -> k);
	}

	/**
	 * Where the binary form of a layer lives: beside its XMI ({@code annotations/<id>/<layer>.bin}),
	 * written with it, so it travels with the corpus (a copy, a clone) and a layer opens without
	 * parsing its XMI. The XMI stays the format of record: the binary form is used only while it
	 * matches the XMI's size and CRC-32C, else the XMI is read and the binary form rewritten.
	 */
	public Path cachePath(String documentId, String layer) {
		checkLayer(layer);
		return root.resolve("annotations").resolve(documentId).resolve(layer + ".bin");
	}

	/** Writes a layer atomically and records its state. */
	public void writeLayer(String documentId, String layer, JCas jcas, DocumentState state) throws CorpusException {
		checkDocumentId(documentId);
		confine(layerPath(documentId, layer));
		XmiFiles.write(jcas.getCas(), layerPath(documentId, layer));
		if (isConfined(cachePath(documentId, layer))) {
			LayerCache.store(jcas.getCas(), layerPath(documentId, layer), cachePath(documentId, layer));
		}
		synchronized (this) {
			manifest.statesOf(documentId).put(layer, state.name());
			changedStates.computeIfAbsent(documentId, k -> new java.util.HashSet<>()).add(layer);
			if (!layer.equals(ENGINE_LAYER) && !layer.equals(CURATION_LAYER) && !manifest.annotators.contains(layer)) {
				manifest.annotators.add(layer);
			}
		}
	}

	/** Records a layer's state (call {@link #save()} to persist the manifest). */
	public synchronized void setState(String documentId, String layer, DocumentState state) {
		checkLayer(layer);
		manifest.statesOf(documentId).put(layer, state.name());
		changedStates.computeIfAbsent(documentId, k -> new java.util.HashSet<>()).add(layer);
	}

	/** The recorded state of a layer (NEW when none is recorded). */
	public synchronized DocumentState state(String documentId, String layer) {
		String s = manifest.documents.getOrDefault(documentId, Map.of()).get(layer);
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
					manifest = merged(readManifest(file));
				} catch (IOException | CorpusException e) {
					// an unreadable manifest on disk: ours replaces it (the folder holds the documents)
				}
			}
			AtomicFileWriter.write(file, out -> JSON.writeValue(out, manifest));
			changedStates.clear();
			changedRecommenders.clear();
			addedDocuments.clear();
		});
		ignoreDerivedFolders();
		XmiFiles.writeTypeSystem(root.resolve(TYPE_SYSTEM));
	}

	/**
	 * The manifest on disk with this process's changes on top: its states, our states of the
	 * layers we wrote; the union of documents, annotators and labels; its recommender settings,
	 * ours where we changed them.
	 */
	private Manifest merged(Manifest disk) {
		for (String id : addedDocuments) {
			disk.statesOf(id);
		}
		for (String id : manifest.documents.keySet()) {
			Map<String, String> states = disk.statesOf(id);
			java.util.Set<String> changed = changedStates.getOrDefault(id, java.util.Set.of());
			for (Map.Entry<String, String> e : manifest.documents.get(id).entrySet()) {
				if (changed.contains(e.getKey()) || !states.containsKey(e.getKey())) {
					states.put(e.getKey(), e.getValue());
				}
			}
		}
		for (String a : manifest.annotators) {
			if (!disk.annotators.contains(a)) {
				disk.annotators.add(a);
			}
		}
		for (String label : manifest.tagset) {
			if (!disk.tagset.contains(label)) {
				disk.tagset.add(label);
			}
		}
		if (disk.recommenders == null) {
			disk.recommenders = new java.util.TreeMap<>();
		}
		if (manifest.recommenders != null) {
			for (Map.Entry<String, Manifest.RecommenderSettings> e : manifest.recommenders.entrySet()) {
				if (changedRecommenders.contains(e.getKey()) || !disk.recommenders.containsKey(e.getKey())) {
					disk.recommenders.put(e.getKey(), e.getValue());
				}
			}
		}
		disk.typeSystemVersion = manifest.typeSystemVersion != null ? manifest.typeSystemVersion : disk.typeSystemVersion;
		return disk;
	}

	/** Adds the derived folders a corpus's {@code .gitignore} lacks (a user's own lines stay). */
	private void ignoreDerivedFolders() throws CorpusException {
		Path file = root.resolve(".gitignore");
		String text = "";
		if (Files.exists(file)) {
			try {
				text = Files.readString(file, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
			}
		}
		List<String> lines = text.lines().map(String::strip).toList();
		StringBuilder missing = new StringBuilder();
		for (String folder : IGNORED) {
			if (!lines.contains(folder)) {
				missing.append(folder).append('\n');
			}
		}
		if (missing.length() > 0) {
			String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
			AtomicFileWriter.writeString(file, text + sep + missing);
		}
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
			manifest.recommenders = new java.util.TreeMap<>();
		}
		manifest.recommenders.put(name, settings);
		changedRecommenders.add(name);
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
	public static java.util.Optional<Path> findRoot(Path path) {
		for (Path p = path; p != null; p = p.getParent()) {
			if (Files.isRegularFile(p.resolve(MANIFEST))) {
				return java.util.Optional.of(p);
			}
		}
		return java.util.Optional.empty();
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

	/**
	 * Refuses to write {@code target} unless it stays inside the corpus folder once symbolic links
	 * are followed: a link in {@code annotations/} or {@code texts/} must not lead a write out.
	 */
	private void confine(Path target) throws CorpusException {
		if (!isConfined(target)) {
			throw new CorpusException(target, "leads out of the corpus through a symbolic link; not written");
		}
	}

	private boolean isConfined(Path target) {
		try {
			Path realRoot = root.toRealPath();
			if (Files.isSymbolicLink(target)) {
				return false;
			}
			Path existing = target.toAbsolutePath().getParent();
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			return existing != null && existing.toRealPath().startsWith(realRoot);
		} catch (IOException e) {
			return false;
		}
	}

	private void checkDocumentId(String id) throws CorpusException {
		String why = DocumentIds.problem(id);
		if (why != null) {
			throw new CorpusException(root.resolve("texts"), "cannot hold document " + DocumentIds.quote(id) + ", which " + why);
		}
	}
}
