package org.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

	@TempDir
	Path dir;

	@Test
	void thatAFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws Exception {
		Path target = dir.resolve("layer.xmi");
		Files.writeString(target, "old and complete");
		assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
			out.write("half of the new".getBytes());
			throw new IOException("disk full");
		})).isInstanceOf(CorpusException.class).hasMessageContaining("layer.xmi").hasMessageContaining("disk full");
		assertThat(Files.readString(target)).isEqualTo("old and complete");
		try (var files = Files.list(dir)) {
			assertThat(files).containsExactly(target);
		}
	}

	@Test
	void thatAWriteReplacesTheContentAndCreatesFolders() throws Exception {
		Path target = dir.resolve("a/b/c.txt");
		AtomicFileWriter.writeString(target, "new");
		assertThat(Files.readString(target)).isEqualTo("new");
	}
}
