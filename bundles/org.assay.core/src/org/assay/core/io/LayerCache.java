package org.assay.core.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.util.CasIOUtils;

/**
 * A binary copy of an XMI layer (UIMA compressed form 6 with its type system) that loads several
 * times faster than parsing the XMI. The XMI stays the format of record: the cache records the
 * size and modification time of the XMI it was made from and is ignored as soon as they differ,
 * or when it cannot be read. Cache files are derived data, kept out of git.
 */
public final class LayerCache {

	private static final int MAGIC = 0x41535931; // "ASY1"

	private LayerCache() {
	}

	/** Fills {@code cas} from the cache of {@code xmi}; false (and {@code cas} reset) if there is no valid cache. */
	public static boolean load(Path xmi, Path cache, CAS cas) {
		if (!Files.isRegularFile(cache) || !Files.isRegularFile(xmi)) {
			return false;
		}
		try (InputStream raw = new BufferedInputStream(Files.newInputStream(cache), 1 << 16);
				DataInputStream in = new DataInputStream(raw)) {
			if (in.readInt() != MAGIC || in.readLong() != Files.size(xmi)
					|| in.readLong() != Files.getLastModifiedTime(xmi).toMillis()) {
				return false;
			}
			CasIOUtils.load(in, cas);
			return true;
		} catch (IOException | RuntimeException e) {
			cas.reset(); // a stale or damaged cache is only a missed shortcut
			return false;
		}
	}

	/** Writes the cache of {@code xmi} from {@code cas}; failures are ignored (the XMI is intact). */
	public static void store(CAS cas, Path xmi, Path cache) {
		try {
			long size = Files.size(xmi);
			long modified = Files.getLastModifiedTime(xmi).toMillis();
			AtomicFileWriter.write(cache, out -> {
				DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
				data.writeInt(MAGIC);
				data.writeLong(size);
				data.writeLong(modified);
				CasIOUtils.save(cas, data, SerialFormat.COMPRESSED_FILTERED_TSI);
				data.flush();
			});
		} catch (IOException | org.assay.core.CorpusException | RuntimeException e) {
			// the cache is an optimisation; the layer itself was written
		}
	}
}
