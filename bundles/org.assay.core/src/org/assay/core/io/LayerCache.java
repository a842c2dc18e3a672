package org.assay.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasIOUtils;
import org.assay.core.CorpusException;
import org.assay.type.Token;

/**
 * A binary copy of an XMI layer (UIMA compressed form 6) that loads several times faster than
 * parsing the XMI, written beside it whenever the layer is written. It is written without its
 * type system, whose reading cost a quarter of every load (a corpus-wide agreement reads
 * thousands of layers): instead it records a fingerprint of the type system it was written with,
 * and is used only by a CAS of the same type system (another Assay version's layers are read
 * from their XMI, and their binary form rewritten). Tokens are kept apart from the CAS, as
 * arrays of begins, lengths and POS tags ({@link Tokens}), so that the editor and the agreement
 * can read them without a feature structure for each. The XMI
 * stays the format of record, and the binary form is never trusted blindly: it records the size
 * and CRC-32C checksum of the XMI it was made from (and when, for information: a copy or a clone
 * changes times, not content), and the checksum of its own content. Any mismatch — another XMI, a
 * binary form damaged on disk (a single flipped bit can still deserialise, into different text), a
 * truncated write — makes it a missed shortcut: the XMI is read and the binary form rewritten.
 */
public final class LayerCache {

	// "ASY4": tokens in a block of their own ("ASY1"-"ASY3" files are ignored, and rewritten)
	private static final int MAGIC = 0x41535934;

	private LayerCache() {
	}

	/**
	 * A layer's tokens as arrays. The binary form keeps them apart from the CAS: a layer carries
	 * several tokens for every annotation, and the editor (which holds them as arrays while a
	 * layer is open) and the agreement (which needs only their spans) read them without making a
	 * feature structure of each.
	 */
	public record Tokens(int[] begins, int[] ends, String[] pos) {
		public int size() {
			return begins.length;
		}

		/** The tokens of {@code jcas}, in index order (POS strings shared). */
		public static Tokens of(JCas jcas) {
			int n = jcas.getAnnotationIndex(Token.type).size();
			int[] begins = new int[n];
			int[] ends = new int[n];
			String[] pos = new String[n];
			Map<String, String> shared = new HashMap<>();
			int i = 0;
			for (Token t : jcas.select(Token.class)) {
				begins[i] = t.getBegin();
				ends[i] = t.getEnd();
				pos[i] = t.getPos() == null ? null : shared.computeIfAbsent(t.getPos(), k -> k);
				i++;
			}
			return new Tokens(begins, ends, pos);
		}

		/** Takes the tokens out of {@code jcas}'s indexes and returns them. */
		public static Tokens detach(JCas jcas) {
			Tokens tokens = of(jcas);
			if (tokens.size() > 0) {
				jcas.removeAllIncludingSubtypes(Token.type);
			}
			return tokens;
		}

		/** Adds them to {@code jcas}'s indexes, in order. */
		public void addTo(JCas jcas) {
			for (int i = 0; i < begins.length; i++) {
				Token t = new Token(jcas, begins[i], ends[i]);
				if (pos[i] != null) {
					t.setPos(pos[i]);
				}
				t.addToIndexes();
			}
		}
	}

	/** Fills {@code cas} from the cache of {@code xmi}; false (and {@code cas} reset) if there is no valid cache. */
	public static boolean load(Path xmi, Path cache, CAS cas) {
		Tokens tokens = loadWithoutTokens(xmi, cache, cas);
		if (tokens == null) {
			return false;
		}
		try {
			tokens.addTo(cas.getJCas());
			return true;
		} catch (CASException | RuntimeException e) {
			cas.reset();
			return false;
		}
	}

	/**
	 * Fills {@code cas} from the cache of {@code xmi} with everything but the tokens, and returns
	 * those; null (and {@code cas} reset) if there is no valid cache.
	 */
	public static Tokens loadWithoutTokens(Path xmi, Path cache, CAS cas) {
		Body body = open(xmi, cache, cas.getTypeSystem());
		if (body == null) {
			return null;
		}
		try {
			CasIOUtils.load(new ByteArrayInputStream(body.bytes(), body.cas(), body.casLength()), cas);
			Tokens tokens = body.tokens();
			String text = cas.getDocumentText();
			for (int end : tokens.ends()) {
				if (end > (text == null ? 0 : text.length())) {
					throw new IOException("a token ends after the text"); // not what Assay wrote
				}
			}
			return tokens;
		} catch (IOException | RuntimeException e) {
			cas.reset(); // a stale or damaged cache is only a missed shortcut
			return null;
		}
	}

	/** Only the tokens of the cache of {@code xmi} (written with type system {@code ts}); null if there is no valid cache. */
	public static Tokens loadTokens(Path xmi, Path cache, TypeSystem ts) {
		Body body = open(xmi, cache, ts);
		try {
			return body == null ? null : body.tokens();
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** A verified binary form: its bytes, where the CAS lies in them and where the tokens. */
	private record Body(byte[] bytes, int cas, int casLength, int tokenStart) {
		Tokens tokens() throws IOException {
			return readTokens(bytes, tokenStart);
		}
	}

	/**
	 * Reads a token block; whatever the bytes, it returns or throws an IOException or a
	 * RuntimeException, and allocates no more than the bytes can describe (each tag takes at
	 * least two bytes, each token three).
	 */
	static Tokens readTokens(byte[] bytes, int start) throws IOException {
		int available = bytes.length - start;
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, start, available));
		int tagCount = in.readInt();
		if (tagCount < 0 || tagCount > available / 2) {
			throw new IOException("tag count " + tagCount);
		}
		String[] tags = new String[tagCount];
		for (int i = 0; i < tags.length; i++) {
			tags[i] = in.readUTF();
		}
		int n = in.readInt();
		if (n < 0 || n > available / 3) {
			throw new IOException("token count " + n);
		}
		int[] begins = new int[n];
		int[] ends = new int[n];
		String[] pos = new String[n];
		int begin = 0;
		for (int i = 0; i < n; i++) {
			begin = Math.addExact(begin, readVarint(in));
			begins[i] = begin;
			ends[i] = Math.addExact(begin, readVarint(in));
			int tag = readVarint(in);
			pos[i] = tag == 0 ? null : tags[tag - 1];
		}
		return new Tokens(begins, ends, pos);
	}

	/** The binary form if it was made from this XMI, with this type system, and is intact; else null. */
	private static Body open(Path xmi, Path cache, TypeSystem ts) {
		if (!Files.isRegularFile(cache) || !Files.isRegularFile(xmi)) {
			return null;
		}
		try {
			byte[] bytes = Files.readAllBytes(cache);
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
			// the XMI it was made from is recognised by size and checksum, not by time: a copy or a
			// clone of the corpus gives every file a new time and keeps the binary form valid
			if (bytes.length < HEADER || in.readInt() != MAGIC || in.readLong() != fingerprint(ts) || in.readLong() != Files.size(xmi)) {
				return null;
			}
			in.readLong(); // when it was made (informative)
			long xmiChecksum = in.readLong();
			long length = in.readInt() & 0xFFFFFFFFL;
			long bodyChecksum = in.readLong();
			if (length != bytes.length - HEADER || bodyChecksum != crc(bytes, HEADER, (int) length) || xmiChecksum != checksum(xmi)) {
				return null;
			}
			int casLength = in.readInt();
			int cas = HEADER + 4;
			if (casLength < 0 || casLength > bytes.length - cas) {
				return null;
			}
			return new Body(bytes, cas, casLength, cas + casLength);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * Writes the cache of {@code xmi} from {@code cas}; failures are ignored (the XMI is intact).
	 * The tokens are taken out of the indexes while the rest is serialised and put back, the same
	 * feature structures in the same order.
	 */
	public static void store(CAS cas, Path xmi, Path cache) {
		try {
			long size = Files.size(xmi);
			long modified = Files.getLastModifiedTime(xmi).toMillis();
			long xmiChecksum = checksum(xmi);
			JCas jcas = cas.getJCas();
			List<Token> indexed = jcas.select(Token.class).asList();
			ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
			DataOutputStream data = new DataOutputStream(body);
			data.writeInt(0); // the CAS's length, filled in below
			if (!indexed.isEmpty()) {
				jcas.removeAllIncludingSubtypes(Token.type);
			}
			try {
				CasIOUtils.save(cas, body, SerialFormat.COMPRESSED_FILTERED);
			} finally {
				for (Token t : indexed) {
					t.addToIndexes();
				}
			}
			int casLength = body.size() - 4;
			writeTokens(data, indexed);
			data.flush();
			byte[] bytes = body.toByteArray();
			ByteBuffer.wrap(bytes).putInt(0, casLength);
			long bodyChecksum = crc(bytes, 0, bytes.length);
			AtomicFileWriter.write(cache, out -> {
				DataOutputStream file = new DataOutputStream(out);
				file.writeInt(MAGIC);
				file.writeLong(fingerprint(cas.getTypeSystem()));
				file.writeLong(size);
				file.writeLong(modified);
				file.writeLong(xmiChecksum);
				file.writeInt(bytes.length);
				file.writeLong(bodyChecksum);
				file.write(bytes);
				file.flush();
			});
		} catch (IOException | CASException | CorpusException | RuntimeException e) {
			// the cache is an optimisation; the layer itself was written
		}
	}

	/** The POS tags used, then each token as begin (after the previous one's), length and tag. */
	static void writeTokens(DataOutputStream out, List<Token> tokens) throws IOException {
		Map<String, Integer> tags = new LinkedHashMap<>();
		for (Token t : tokens) {
			if (t.getPos() != null) {
				tags.putIfAbsent(t.getPos(), tags.size() + 1);
			}
		}
		out.writeInt(tags.size());
		for (String tag : tags.keySet()) {
			out.writeUTF(tag);
		}
		out.writeInt(tokens.size());
		int previous = 0;
		for (Token t : tokens) {
			if (t.getBegin() < previous || t.getEnd() < t.getBegin()) {
				throw new IOException("tokens out of order"); // not from an annotation index: no binary form
			}
			writeVarint(out, t.getBegin() - previous);
			writeVarint(out, t.getEnd() - t.getBegin());
			writeVarint(out, t.getPos() == null ? 0 : tags.get(t.getPos()));
			previous = t.getBegin();
		}
	}

	private static void writeVarint(DataOutputStream out, int value) throws IOException {
		while ((value & ~0x7F) != 0) {
			out.writeByte((value & 0x7F) | 0x80);
			value >>>= 7;
		}
		out.writeByte(value);
	}

	private static int readVarint(DataInputStream in) throws IOException {
		int value = 0;
		for (int shift = 0; shift < 32; shift += 7) {
			int b = in.readUnsignedByte();
			value |= (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				if (value < 0) {
					throw new IOException("negative varint");
				}
				return value;
			}
		}
		throw new IOException("varint too long");
	}

	/** Magic, type system, XMI size, time and checksum, body length and checksum. */
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
		for (Iterator<Type> types = ts.getTypeIterator(); types.hasNext();) {
			Type t = types.next();
			Type parent = ts.getParent(t);
			b.append(t.getName()).append('<').append(parent == null ? "" : parent.getName()).append('{');
			for (Feature f : t.getFeatures()) {
				b.append(f.getShortName()).append(':').append(f.getRange().getName()).append(';');
			}
			b.append("}\n");
		}
		byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
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
