package org.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.cas.CAS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.assay.type.Entity;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary cache is a shortcut that never changes what a layer says. */
class LayerCacheTest {

	@TempDir
	Path dir;

	private static JCas layer(String text) {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		// tokens (the binary form keeps them in a block of their own), some without a POS tag
		Matcher w = Pattern.compile("\\S+").matcher(text);
		for (int k = 0; w.find(); k++) {
			Token t = new Token(jcas, w.start(), w.end());
			t.setPos(k % 3 == 0 ? null : k % 3 == 1 ? "PROPN" : "VERB");
			t.addToIndexes();
		}
		Matcher m = Pattern.compile("[A-Z][a-z]+").matcher(text);
		int n = 0;
		while (m.find()) {
			Entity e = new Entity(jcas, m.start(), m.end());
			e.setLabel(n % 2 == 0 ? "PERSON" : "LOCATION");
			e.setStatus(n++ % 3 == 0 ? "ACCEPTED" : "SUGGESTED");
			e.setOrigin("assay-entities@0.1.0");
			e.setConfidence(0.5 + n % 5 / 10.0);
			e.addToIndexes();
		}
		return jcas;
	}

	/** What a layer says: its text and every entity. */
	private static List<String> content(JCas jcas) {
		List<String> list = new ArrayList<>();
		list.add(jcas.getDocumentText());
		for (Entity e : jcas.select(Entity.class)) {
			list.add(e.getBegin() + "-" + e.getEnd() + " " + e.getLabel() + " " + e.getStatus() + " " + e.getOrigin() + " " + e.getConfidence());
		}
		for (Token t : jcas.select(Token.class)) {
			list.add(t.getBegin() + "-" + t.getEnd() + "/" + t.getPos());
		}
		return list;
	}

	@Test
	void thatNoSingleBitFlipInTheCacheChangesWhatALayerSays() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			text.append("Officials in Lagos said Amina Diallo met envoys from Oxfam on Monday. ");
		}
		JCas original = layer(text.toString());
		Path xmi = dir.resolve("alice.xmi");
		Path cache = dir.resolve("alice.bin");
		XmiFiles.write(original.getCas(), xmi);
		LayerCache.store(original.getCas(), xmi, cache);
		List<String> expected = content(original);
		byte[] good = Files.readAllBytes(cache);
		JCas read = AssayTypeSystem.newJCas();
		assertThat(LayerCache.load(xmi, cache, read.getCas())).as("an intact cache is used").isTrue();
		assertThat(content(read)).isEqualTo(expected);

		Random random = new Random(42);
		int flips = 1_500;
		int used = 0;
		int wrong = 0;
		for (int i = 0; i < flips; i++) {
			byte[] damaged = good.clone();
			int at = random.nextInt(damaged.length);
			damaged[at] ^= (byte) (1 << random.nextInt(8));
			Files.write(cache, damaged);
			read.reset();
			if (LayerCache.load(xmi, cache, read.getCas())) {
				used++;
				if (!content(read).equals(expected)) {
					wrong++;
				}
			}
		}
		assertThat(wrong).as("flips of %d that loaded different content (%d loaded at all)", flips, used).isZero();
	}

	@Test
	void thatACacheOfAnotherXmiWithTheSameSizeAndTimeIsNotUsed() throws Exception {
		Path xmi = dir.resolve("bob.xmi");
		Path cache = dir.resolve("bob.bin");
		JCas first = layer("Amina met Oxfam in Lagos.");
		XmiFiles.write(first.getCas(), xmi);
		LayerCache.store(first.getCas(), xmi, cache);
		FileTime time = Files.getLastModifiedTime(xmi);
		long size = Files.size(xmi);
		// the same size, another text (as a git checkout or rsync -t can leave it)
		XmiFiles.write(layer("Aminu met Oxfam in Lagos.").getCas(), xmi);
		Files.setLastModifiedTime(xmi, time);
		assertThat(Files.size(xmi)).isEqualTo(size);
		JCas read = AssayTypeSystem.newJCas();
		assertThat(LayerCache.load(xmi, cache, read.getCas())).isFalse();
	}

	@Test
	void thatTheBinaryFormStillServesACopyOfTheCorpusWhoseFilesHaveNewTimes() throws Exception {
		Path xmi = dir.resolve("carol.xmi");
		Path cache = dir.resolve("carol.bin");
		JCas layer = layer("Amina met Oxfam in Lagos.");
		XmiFiles.write(layer.getCas(), xmi);
		LayerCache.store(layer.getCas(), xmi, cache);
		// what a clone or a copy does: the same bytes, other times
		Files.setLastModifiedTime(xmi, FileTime.fromMillis(Files.getLastModifiedTime(xmi).toMillis() + 86_400_000L));
		Files.setLastModifiedTime(cache, FileTime.fromMillis(0));
		JCas read = AssayTypeSystem.newJCas();
		assertThat(LayerCache.load(xmi, cache, read.getCas())).isTrue();
		assertThat(read.getDocumentText()).isEqualTo("Amina met Oxfam in Lagos.");
	}

	/**
	 * The binary form holds no type system: one written by a CAS of another type system (another
	 * Assay version) is not used, the XMI is read; one of the same is.
	 */
	@Test
	void thatABinaryFormOfAnotherTypeSystemIsNotUsed() throws Exception {
		Path xmi = dir.resolve("a.xmi");
		Path cache = dir.resolve("a.bin");
		JCas original = layer("Amina Diallo met Carlos Mendes in Lima and Bamako on Monday.");
		XmiFiles.write(original.getCas(), xmi);

		TypeSystemDescription other = AssayTypeSystem.copyOfDescription();
		// the same types and features, two of them declared the other way round: decoding one
		// with the other would not fail, it would silently swap an annotation's origin and time
		TypeDescription reviewable = other.getType("org.assay.type.Reviewable");
		FeatureDescription[] features = reviewable.getFeatures();
		int origin = index(features, "origin");
		int changedAt = index(features, "changedAt");
		FeatureDescription swap = features[origin];
		features[origin] = features[changedAt];
		features[changedAt] = swap;
		reviewable.setFeatures(features);
		CAS otherCas = CasCreationUtils.createCas(other, null, null);
		XmiFiles.read(xmi, otherCas);
		LayerCache.store(otherCas, xmi, cache);
		assertThat(Files.size(cache)).isPositive();
		JCas reader = AssayTypeSystem.newJCas();
		assertThat(LayerCache.load(xmi, cache, reader.getCas())).as("a binary form of another type system").isFalse();

		LayerCache.store(original.getCas(), xmi, cache);
		assertThat(LayerCache.load(xmi, cache, reader.getCas())).isTrue();
		assertThat(content(reader)).isEqualTo(content(original));
	}

	/**
	 * The tokens come back in order with their tags, into the CAS or as arrays without one; the
	 * CAS written keeps its own token feature structures, indexed as before.
	 */
	@Test
	void thatTokensAreKeptApartAndComeBackTheSame() throws Exception {
		Path xmi = dir.resolve("t.xmi");
		Path cache = dir.resolve("t.bin");
		JCas original = layer("Amina Diallo met Carlos Mendes in Lima, then flew to Bamako on Monday.");
		List<Token> before = original.select(Token.class).asList();
		XmiFiles.write(original.getCas(), xmi);
		LayerCache.store(original.getCas(), xmi, cache);
		assertThat(original.select(Token.class).asList()).as("the same token objects, in the same order").containsExactlyElementsOf(before);

		JCas full = AssayTypeSystem.newJCas();
		assertThat(LayerCache.load(xmi, cache, full.getCas())).isTrue();
		assertThat(content(full)).isEqualTo(content(original));

		JCas rest = AssayTypeSystem.newJCas();
		LayerCache.Tokens tokens = LayerCache.loadWithoutTokens(xmi, cache, rest.getCas());
		assertThat(rest.select(Token.class).count()).isZero();
		assertThat(rest.select(Entity.class).count()).isEqualTo(original.select(Entity.class).count());
		assertThat(tokens).usingRecursiveComparison().isEqualTo(LayerCache.Tokens.of(original));
		assertThat(LayerCache.loadTokens(xmi, cache, rest.getTypeSystem())).usingRecursiveComparison().isEqualTo(tokens);
		assertThat(tokens.size()).isEqualTo(13);
		assertThat(tokens.pos()).containsSequence(null, "PROPN", "VERB");
	}

	/**
	 * A token block that passed the checksums but is not what Assay wrote (damaged on the way, or
	 * made by hand) is refused with an exception the cache turns into a missed shortcut — never an
	 * out-of-memory error from a count it believed, never a token array it cannot describe.
	 */
	@Test
	void thatNoTokenBlockBreaksItsReader() throws Exception {
		JCas layer = layer("Amina Diallo met Carlos Mendes in Lima, then flew to Bamako on Monday.");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		LayerCache.writeTokens(new DataOutputStream(bytes), layer.select(Token.class).asList());
		byte[] real = bytes.toByteArray();
		assertThat(LayerCache.readTokens(real, 0)).usingRecursiveComparison().isEqualTo(LayerCache.Tokens.of(layer));

		// counts that would ask for gigabytes
		byte[] hugeTags = { 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0 };
		Assertions.assertThatIOException().isThrownBy(() -> LayerCache.readTokens(hugeTags, 0));
		byte[] hugeTokens = { 0, 0, 0, 0, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1, 1, 0 };
		Assertions.assertThatIOException().isThrownBy(() -> LayerCache.readTokens(hugeTokens, 0));

		Random random = new Random(11);
		int read = 0;
		for (int trial = 0; trial < 20_000; trial++) {
			byte[] input = trial % 4 == 0 ? new byte[random.nextInt(64)] : real.clone();
			if (trial % 4 == 0) {
				random.nextBytes(input);
			} else {
				for (int k = 1 + random.nextInt(4); k > 0; k--) {
					input[random.nextInt(input.length)] = (byte) random.nextInt(256);
				}
			}
			try {
				LayerCache.Tokens tokens = LayerCache.readTokens(input, 0);
				assertThat(tokens.size()).isLessThanOrEqualTo(input.length / 3);
				read++;
			} catch (IOException | RuntimeException expected) {
				// refused: the layer is read from its XMI instead
			}
		}
		assertThat(read).as("some mutations still describe tokens").isPositive();
	}

	private static int index(FeatureDescription[] features, String name) {
		for (int i = 0; i < features.length; i++) {
			if (features[i].getName().equals(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException(name);
	}
}
