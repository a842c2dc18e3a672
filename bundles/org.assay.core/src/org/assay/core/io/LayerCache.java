package org.assay.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.util.CasIOUtils;

/**
 * A binary copy of an XMI layer (UIMA compressed form 6) that loads several times faster than
 * parsing the XMI, written beside it whenever the layer is written. It is written without its
 * type system, whose reading cost a quarter of every load (a corpus-wide agreement reads
 * thousands of layers): instead it records a fingerprint of the type system it was written with,
 * and is used only by a CAS of the same type system (another Assay version's layers are read
 * from their XMI, and their binary form rewritten). The XMI
 * stays the format of record, and the binary form is never trusted blindly: it records the size
 * and CRC-32C checksum of the XMI it was made from (and when, for information: a copy or a clone
 * changes times, not content), and the checksum of its own content. Any mismatch — another XMI, a
 * binary form damaged on disk (a single flipped bit can still deserialise, into different text), a
 * truncated write — makes it a missed shortcut: the XMI is read and the binary form rewritten.
 */
public final class LayerCache {

	private static final int MAGIC = 0x41535933; // "ASY3": type system fingerprint, no type system ("ASY1", "ASY2" files are ignored)

	private LayerCache() {
	}

	/** Fills {@code cas} from the cache of {@code xmi}; false (and {@code cas} reset) if there is no valid cache. */
	public static boolean load(Path xmi, Path cache, CAS cas) {
		if (!Files.isRegularFile(cache) || !Files.isRegularFile(xmi)) {
			return false;
		}
		try {
			byte[] bytes = Files.readAllBytes(cache);
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
			// the XMI it was made from is recognised by size and checksum, not by time: a copy or a
			// clone of the corpus gives every file a new time and keeps the binary form valid
			if (bytes.length < HEADER || in.readInt() != MAGIC || in.readLong() != fingerprint(cas.getTypeSystem())
					|| in.readLong() != Files.size(xmi)) {
				return false;
			}
			in.readLong(); // when it was made (informative)
			long xmiChecksum = in.readLong();
			long length = in.readInt() & 0xFFFFFFFFL;
			long payloadChecksum = in.readLong();
			int start = HEADER;
			if (length != bytes.length - start || payloadChecksum != crc(bytes, start, (int) length)
					|| xmiChecksum != checksum(xmi)) {
				return false;
			}
			CasIOUtils.load(new ByteArrayInputStream(bytes, start, (int) length), cas);
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
			long xmiChecksum = checksum(xmi);
			ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 16);
			CasIOUtils.save(cas, payload, SerialFormat.COMPRESSED_FILTERED);
			byte[] body = payload.toByteArray();
			long bodyChecksum = crc(body, 0, body.length);
			AtomicFileWriter.write(cache, out -> {
				DataOutputStream data = new DataOutputStream(out);
				data.writeInt(MAGIC);
				data.writeLong(fingerprint(cas.getTypeSystem()));
				data.writeLong(size);
				data.writeLong(modified);
				data.writeLong(xmiChecksum);
				data.writeInt(body.length);
				data.writeLong(bodyChecksum);
				data.write(body);
				data.flush();
			});
		} catch (IOException | org.assay.core.CorpusException | RuntimeException e) {
			// the cache is an optimisation; the layer itself was written
		}
	}

	/** Magic, type system, XMI size, time and checksum, payload length and checksum. */
	private static final int HEADER = 4 + 8 + 8 + 8 + 8 + 4 + 8;

	/** The type system last fingerprinted (one per program, in practice) and its fingerprint. */
	private record Known(TypeSystem ts, long fingerprint) {
	}

	private static volatile Known last;

	/**
	 * A checksum of every type of {@code ts}, its supertype and its features with their ranges,
	 * in the type system's order (which fixes the codes compressed form 6 writes).
	 */
	static long fingerprint(TypeSystem ts) {
		Known known = last;
		if (known != null && known.ts() == ts) {
			return known.fingerprint();
		}
		StringBuilder b = new StringBuilder(1 << 14);
		for (java.util.Iterator<Type> types = ts.getTypeIterator(); types.hasNext();) {
			Type t = types.next();
			Type parent = ts.getParent(t);
			b.append(t.getName()).append('<').append(parent == null ? "" : parent.getName()).append('{');
			for (Feature f : t.getFeatures()) {
				b.append(f.getShortName()).append(':').append(f.getRange().getName()).append(';');
			}
			b.append("}\n");
		}
		byte[] bytes = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		long fingerprint = (long) bytes.length << 32 | crc(bytes, 0, bytes.length);
		last = new Known(ts, fingerprint);
		return fingerprint;
	}

	private static long crc(byte[] bytes, int offset, int length) {
		CRC32C crc = new CRC32C();
		crc.update(bytes, offset, length);
		return crc.getValue();
	}

	/** CRC-32C of a file's bytes. */
	static long checksum(Path file) throws IOException {
		CRC32C crc = new CRC32C();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
			while (channel.read(buffer) > 0) {
				buffer.flip();
				crc.update(buffer);
				buffer.clear();
			}
		}
		return crc.getValue();
	}
}
