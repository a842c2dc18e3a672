package org.assay.core.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;

/**
 * Where an import keeps the layers it replaces: {@code .assay-backups/<time>/annotations/<id>/<layer>.xmi}
 * inside the corpus, one folder per import, so replacing someone's decisions never loses them.
 */
final class LayerBackups {

	/** The folder of backups, inside the corpus folder. */
	static final String FOLDER = ".assay-backups";

	private final Corpus corpus;
	private final String startedAt = LocalDateTime.now().withNano(0).toString().replace(':', '-');
	private final List<Path> kept = new ArrayList<>();

	LayerBackups(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * Copies {@code layer} of {@code id} into this import's backup folder.
	 *
	 * @throws CorpusException when it cannot be copied: then the layer must not be replaced
	 */
	void keep(String id, String layer) throws CorpusException {
		Path backup = corpus.root().resolve(FOLDER).resolve(startedAt).resolve("annotations").resolve(id).resolve(layer + ".xmi");
		try {
			Files.createDirectories(backup.getParent());
			Files.copy(corpus.layerPath(id, layer), backup, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new CorpusException(backup, "cannot keep a backup of layer '" + layer + "' of " + id + ", so it was not replaced: "
					+ e.getMessage(), e);
		}
		kept.add(backup);
	}

	/** The backups kept so far. */
	List<Path> kept() {
		return List.copyOf(kept);
	}
}
