package org.assay.core.formats.conll;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.formats.ExportDocuments;
import org.assay.core.formats.ExportWriter;
import org.assay.core.formats.IobSentences;
import org.assay.core.formats.StatusFilter;
import org.assay.core.io.AtomicFileWriter;

/**
 * CoNLL-2003: "-DOCSTART- -X- -X- O" per document, then one token per line
 * ({@code word POS chunk tag}, chunk left as "O"), a blank line after each sentence. Entity tags
 * are BIO (IOB2) in the CoNLL-2003 tagset, so CoNLL-03 readers and trainers accept the file:
 * PERSON, ORGANIZATION, LOCATION and MISC become PER, ORG, LOC and MISC; other labels (DATE,
 * QUANTITY, corpus-specific ones) are not CoNLL-2003 entities and are left out (the JSON Lines,
 * XMI and brat exports keep them). Overlapping entities cannot be expressed: the first
 * (outermost) wins.
 */
public final class ConllWriter implements ExportWriter {

	private static final Map<String, String> CONLL_NAMES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG",
			"LOCATION", "LOC", "MISC", "MISC", "PER", "PER", "ORG", "ORG", "LOC", "LOC");

	private final StatusFilter filter;

	/** A writer keeping the entities {@code filter} keeps. */
	public ConllWriter(StatusFilter filter) {
		this.filter = filter;
	}

	@Override
	public void write(ExportDocuments documents, Path file) throws CorpusException {
		AtomicFileWriter.write(file, stream -> {
			Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			for (ExportDocuments.Document d : documents.readable()) {
				write(d.jcas(), out);
			}
			out.flush();
		});
	}

	/** Writes one document: its -DOCSTART- line, then its sentences. */
	private void write(JCas jcas, Writer out) throws IOException {
		out.write("-DOCSTART- -X- -X- O\n\n");
		IobSentences document = new IobSentences(jcas, filter, label -> CONLL_NAMES.get(label.toUpperCase(Locale.ROOT)));
		for (IobSentences.Tagged sentence : document.sentences()) {
			for (int i = 0; i < sentence.tokens().size(); i++) {
				String word = sentence.tokens().get(i).replaceAll("\\s+", "_");
				out.write(word + " " + sentence.pos().get(i) + " O " + sentence.tags().get(i) + "\n");
			}
			out.write('\n');
		}
	}
}
