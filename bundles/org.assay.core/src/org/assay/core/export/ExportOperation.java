package org.assay.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.corpus.Corpus;
import org.assay.core.io.AtomicFileWriter;
import org.assay.core.io.XmiFiles;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Exports a corpus as JSON Lines (one file) or XMI (a folder with TypeSystem.xml). A document
 * that cannot be read is reported and skipped; the others are still exported. Output files are
 * written atomically, so a failed export never leaves half a file behind.
 */
public final class ExportOperation implements CorpusOperation<ExportOperation.Result> {

	/** Output formats. */
	public enum Format {
		/** One JSON document per line, one file. */
		JSONL,
		/** One XMI per document plus TypeSystem.xml, in a folder. */
		XMI,
		/** CoNLL-2003 columns, one file. */
		CONLL2003,
		/** brat standoff (.txt + .ann per document, annotation.conf), in a folder. */
		BRAT;

		/**
		 * The format named {@code s} (any case).
		 *
		 * @throws IllegalArgumentException naming the formats there are
		 */
		public static Format parse(String s) {
			try {
				return valueOf(s.toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("unknown format '" + s + "' (expected jsonl, xmi, conll2003 or brat)");
			}
		}
	}

	/** What happened. */
	public record Result(int exported, List<CorpusException> failures) {
		/** Whether every document was exported. */
		public boolean ok() {
			return failures.isEmpty();
		}
	}

	private final Corpus corpus;
	private Format format = Format.JSONL;
	private StatusFilter filter = StatusFilter.GOLD;
	private Path out;

	/** Exports {@code corpus}; set the format, the filter and the target before running. */
	public ExportOperation(Corpus corpus) {
		this.corpus = corpus;
	}

	/** The output format (default JSON Lines). */
	public ExportOperation format(Format f) {
		this.format = f;
		return this;
	}

	/** Which annotations to export (default: gold). */
	public ExportOperation filter(StatusFilter f) {
		this.filter = f;
		return this;
	}

	/** The output file (JSON Lines, CoNLL-2003) or folder (XMI, brat). */
	public ExportOperation to(Path path) {
		this.out = path;
		return this;
	}

	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		if (out == null) {
			throw new IllegalStateException("no output path");
		}
		List<String> ids = corpus.documentIds();
		// temporary files an export killed while writing left beside (or inside) its output
		if (format == Format.XMI || format == Format.BRAT) {
			org.assay.core.io.AtomicFileWriter.cleanStrayFiles(out, "", Integer.MAX_VALUE);
		} else {
			org.assay.core.io.AtomicFileWriter.cleanStrayFiles(out.toAbsolutePath().getParent(), out.getFileName().toString(), 1);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + ids.size() + " document(s) to " + out, ids.size() + 1);
		List<CorpusException> failures = new ArrayList<>();
		int[] count = { 0 };
		JCas jcas = AssayTypeSystem.newJCas();
		Loader reader = id -> {
			progress.split(1);
			progress.subTask(id);
			return load(id, jcas, failures);
		};
		if (format == Format.JSONL) {
			AtomicFileWriter.write(out, stream -> {
				try (JsonlWriter writer = new JsonlWriter(new BufferedOutputStream(stream), filter)) {
					for (String id : ids) {
						if (reader.next(id)) {
							writer.write(id, jcas);
							count[0]++;
						}
					}
				}
			});
		} else if (format == Format.CONLL2003) {
			AtomicFileWriter.write(out, stream -> {
				java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8));
				ConllWriter conll = new ConllWriter(writer, filter);
				for (String id : ids) {
					if (reader.next(id)) {
						conll.write(jcas);
						count[0]++;
					}
				}
				writer.flush();
			});
		} else if (format == Format.BRAT) {
			BratWriter brat = new BratWriter(filter);
			for (String id : ids) {
				if (reader.next(id)) {
					String base = id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
					AtomicFileWriter.writeString(out.resolve(base + ".txt"), jcas.getDocumentText());
					AtomicFileWriter.writeString(out.resolve(base + ".ann"), brat.annotations(jcas));
					count[0]++;
				}
			}
			AtomicFileWriter.writeString(out.resolve("annotation.conf"), brat.configuration());
		} else {
			for (String id : ids) {
				if (reader.next(id)) {
					GoldFilter.apply(jcas, filter);
					XmiFiles.write(jcas.getCas(), out.resolve(id + ".xmi"));
					count[0]++;
				}
			}
			AtomicFileWriter.write(out.resolve(Corpus.TYPE_SYSTEM), stream -> {
				try (InputStream in = AssayTypeSystem.descriptorUrl().openStream()) {
					in.transferTo(stream);
				}
			});
		}
		progress.done();
		return new Result(count[0], failures);
	}

	/** Reads the next document into the shared JCas, counting it as worked. */
	@FunctionalInterface
	private interface Loader {
		boolean next(String id);
	}

	private boolean load(String id, JCas jcas, List<CorpusException> failures) {
		jcas.reset();
		try {
			Optional<String> layer = LayerChoice.forExport(corpus, id);
			if (layer.isEmpty()) {
				return false;
			}
			corpus.readLayer(id, layer.get(), jcas);
			String problem = LayerCheck.problem(jcas);
			if (problem != null) { // reported and skipped: the other documents are still exported
				failures.add(new CorpusException(corpus.layerPath(id, layer.get()), problem + "; not exported"));
				jcas.reset();
				return false;
			}
			return true;
		} catch (CorpusException e) {
			failures.add(e);
			jcas.reset();
			return false;
		}
	}

}
