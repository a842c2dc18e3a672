package org.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

	@TempDir
	Path dir;

	@Test
	void thatUtf8TextIsReadAndTheByteOrderMarkDropped() throws Exception {
		Path f = dir.resolve("a.txt");
		Files.write(f, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'M', 'a', 'l', 'i' });
		assertThat(TextFiles.read(f)).isEqualTo("Mali");
	}

	@Test
	void thatAnEmptyFileIsRefusedByName() throws Exception {
		Path f = Files.createFile(dir.resolve("empty.txt"));
		assertThatThrownBy(() -> TextFiles.read(f)).isInstanceOf(CorpusException.class)
				.hasMessage(f + ": is empty");
	}

	@Test
	void thatABinaryFileIsRefused() throws Exception {
		Path f = dir.resolve("image.txt");
		Files.write(f, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		assertThatThrownBy(() -> TextFiles.read(f)).hasMessageStartingWith(f + ": is a binary file");
	}

	@Test
	void thatLatin1IsReportedAsNotUtf8WithTheOffset() throws Exception {
		Path f = dir.resolve("latin1.txt");
		Files.write(f, "Goïta".getBytes(StandardCharsets.ISO_8859_1));
		assertThatThrownBy(() -> TextFiles.read(f)).hasMessage(f + ": is not valid UTF-8 (bad byte at offset 2)");
	}

	@Test
	void thatAMissingFileSaysSo() {
		Path f = dir.resolve("nope.txt");
		assertThatThrownBy(() -> TextFiles.read(f)).hasMessage(f + ": does not exist");
	}
}
