package org.assay.core.exchange;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.LayerCheck;
import org.assay.core.corpus.LayerChoice;
import org.assay.core.formats.DatasetSplit;
import org.assay.core.formats.Format;
import org.assay.core.formats.GoldFilter;
import org.assay.core.formats.StatusFilter;
import org.assay.core.formats.brat.BratWriter;
import org.assay.core.formats.conll.ConllWriter;
import org.assay.core.formats.huggingface.HuggingFaceWriter;
import org.assay.core.formats.jsonl.JsonlWriter;
import org.assay.core.formats.tsv3.Tsv3Writer;
import org.assay.core.io.AtomicFileWriter;
import org.assay.core.io.XmiFiles;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Exports a corpus as JSON Lines (one file) or XMI (a folder with TypeSystem.xml). A document
 * that cannot be read is reported and skipped; the others are still exported. Output files are
 * written atomically, so a failed export never leaves half a file behind.
 */
public final class ExportOperation implements CorpusOperation<ExportOperation.Result> {

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
	private DatasetSplit split;
	private String entityLayer = Tsv3Writer.NAMED_ENTITY + ":value";

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

	/**
	 * For Hugging Face: divide the documents into train, validation and test (default: all in
	 * one file, {@code data.jsonl}).
	 */
	public ExportOperation split(DatasetSplit split) {
		this.split = split;
		return this;
	}

	/**
	 * For TSV 3: the span layer and feature entities go to ("type:feature"; default INCEpTION's
	 * Named Entity layer).
	 */
	public ExportOperation entityLayer(String layer) {
		int colon = layer.lastIndexOf(':');
		if (colon <= 0 || colon == layer.length() - 1) {
			throw new IllegalArgumentException("entity layer '" + layer + "' is not TYPE:FEATURE (e.g. webanno.custom.Span:value)");
		}
		this.entityLayer = layer;
		return this;
	}

	/** The output file (JSON Lines, CoNLL-2003) or folder (XMI, brat, TSV 3, Hugging Face). */
	public ExportOperation to(Path path) {
		this.out = path;
		return this;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return CorpusRule.of(corpus.root());
	}

	@Override
	public Result execute(IProgressMonitor monitor) throws CorpusException {
		if (out == null) {
			throw new IllegalStateException("no output path");
		}
		List<String> ids = corpus.documentIds();
		// temporary files an export killed while writing left beside (or inside) its output
		if (format == Format.XMI || format == Format.BRAT || format == Format.TSV3 || format == Format.HUGGINGFACE) {
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
		} else if (format == Format.TSV3) {
			Tsv3Writer tsv = new Tsv3Writer(filter, entityLayer);
			for (String id : ids) {
				if (reader.next(id)) {
					String base = id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
					AtomicFileWriter.writeString(out.resolve(base + ".tsv"), tsv.write(jcas));
					count[0]++;
				}
			}
		} else if (format == Format.HUGGINGFACE) {
			count[0] = exportHuggingFace(ids, reader, jcas);
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

	/**
	 * Hugging Face: per split {@code <split>.jsonl} (IOB2 strings), {@code ids/<split>.jsonl}
	 * (label indexes), {@code <split>.iob} (spaCy), and {@code labels.json}, all written together.
	 */
	private int exportHuggingFace(List<String> ids, Loader reader, JCas jcas) throws CorpusException {
		List<String> exportable = new ArrayList<>();
		for (String id : ids) {
			try {
				if (LayerChoice.forExport(corpus, id).isPresent()) {
					exportable.add(id);
				}
			} catch (CorpusException e) {
				exportable.add(id); // reported by the reader below, like any document that cannot be read
			}
		}
		List<String> names = split == null ? List.of("data") : split.names();
		java.util.Map<String, String> splitOf = split == null ? null : split.assign(exportable);
		List<Path> targets = new ArrayList<>();
		for (String name : names) {
			targets.add(out.resolve(name + ".jsonl"));
			targets.add(out.resolve("ids").resolve(name + ".jsonl"));
			targets.add(out.resolve(name + ".iob"));
		}
		targets.add(out.resolve("labels.json"));
		HuggingFaceWriter writer = new HuggingFaceWriter(filter, corpus.tagset());
		int[] count = { 0 };
		AtomicFileWriter.writeAll(targets, streams -> {
			for (String id : exportable) {
				if (reader.next(id)) {
					int s = 3 * names.indexOf(splitOf == null ? "data" : splitOf.get(id));
					writer.write(id, jcas, streams.get(s), streams.get(s + 1), streams.get(s + 2));
					count[0]++;
				}
			}
			streams.get(streams.size() - 1).write(writer.labels().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		});
		return count[0];
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
