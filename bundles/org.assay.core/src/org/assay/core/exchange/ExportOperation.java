package org.assay.core.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.formats.DatasetSplit;
import org.assay.core.formats.ExportWriter;
import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;
import org.assay.core.formats.brat.BratWriter;
import org.assay.core.formats.conll.ConllWriter;
import org.assay.core.formats.huggingface.HuggingFaceWriter;
import org.assay.core.formats.jsonl.JsonlWriter;
import org.assay.core.formats.tsv3.Tsv3Writer;
import org.assay.core.formats.xmi.XmiWriter;
import org.assay.core.io.AtomicFileWriter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Exports a corpus in one of the {@link Format}s, each document from the layer an export reads
 * ({@link org.assay.core.corpus.LayerChoice}). The format's writer writes; what every export
 * shares is here: a document that cannot be read is reported and skipped while the others are
 * still exported, output files are written atomically (a failed export never leaves half a file
 * behind), progress goes one step a document, and a cancel stops between documents.
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
		// temporary files an export killed while writing left beside (or inside) its output
		if (format.isFolder()) {
			AtomicFileWriter.cleanStrayFiles(out, "", Integer.MAX_VALUE);
		} else {
			AtomicFileWriter.cleanStrayFiles(out.toAbsolutePath().getParent(), out.getFileName().toString(), 1);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + corpus.root().getFileName() + " as " + format.id(), 100);
		progress.subTask("listing the documents");
		List<CorpusException> failures = new ArrayList<>();
		CorpusDocuments documents = new CorpusDocuments(corpus, failures, progress);
		writer().write(documents, out);
		progress.done();
		return new Result(documents.exported(), failures);
	}

	private ExportWriter writer() {
		return switch (format) {
		case JSONL -> JsonlWriter.toFile(filter);
		case XMI -> new XmiWriter(filter);
		case CONLL2003 -> new ConllWriter(filter);
		case BRAT -> new BratWriter(filter);
		case TSV3 -> new Tsv3Writer(filter, entityLayer);
		case HUGGINGFACE -> new HuggingFaceWriter(filter, corpus.tagset(), split);
		};
	}
}
