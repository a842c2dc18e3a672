package org.assay.engines;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.io.TextFiles;
import org.assay.engines.AnnotateOperation.PipelineFactory;
import org.assay.engines.pipeline.PipelineStep;
import org.assay.type.Token;

/**
 * One worker of an annotate run, with a pipeline of its own: takes the batch's files one at a
 * time and writes each as a document's engine layer, until none are left or the run is
 * cancelled. A file that fails is reported and never ends the run; after a failure outside the
 * engines' own handling (out of memory, a stack overflow) the pipeline is made afresh.
 * Returns the number of tokens of the documents it wrote.
 */
final class AnnotateWorker implements Callable<Long> {

	private final AnnotateBatch batch;
	private final PipelineFactory pipeline;
	private final Corpus corpus;
	private final EngineLog log;
	private final MemoryBudget budget;
	private List<PipelineStep> steps;
	private DocumentAnnotator annotator;
	private long tokens;

	AnnotateWorker(AnnotateBatch batch, PipelineFactory pipeline, Corpus corpus, EngineLog log, MemoryBudget budget) {
		this.batch = batch;
		this.pipeline = pipeline;
		this.corpus = corpus;
		this.log = log;
		this.budget = budget;
	}

	@Override
	public Long call() throws ResourceInitializationException {
		start();
		Path file;
		while ((file = batch.next()) != null) {
			annotate(file);
			batch.done();
		}
		stop();
		return tokens;
	}

	private void annotate(Path file) throws ResourceInitializationException {
		String relative = batch.relative(file);
		String id = TextFiles.documentId(relative);
		try {
			if (batch.collides(file)) {
				batch.fail(new CorpusException(file, "would be document " + id + ", as is the .txt file beside it; not annotated"
						+ " (rename one of them)"));
				return;
			}
			byte[] bytes = TextFiles.bytes(file);
			String text = TextFiles.articleText(file, bytes);
			if (text.length() > budget.maxChars()) {
				batch.fail(new CorpusException(file, budget.tooLong(text.length())));
				return;
			}
			for (DocumentAnnotator.Failure f : annotator.annotate(id, text)) {
				log.record(file.toString(), f);
				batch.fail(new CorpusException(file, "engine " + f.engine() + " failed (" + f.reason()
						+ "); saved with the other engines' output; details in " + log.file()));
			}
			JCas jcas = annotator.jcas();
			tokens += jcas.select(Token.class).count();
			corpus.putText(id, text);
			if (!relative.equals(id)) { // the page as it was saved, beside the text extracted from it
				corpus.putOriginal(relative, bytes);
			}
			corpus.writeLayer(id, Corpus.ENGINE_LAYER, jcas, DocumentState.NEW);
			batch.written();
		} catch (CorpusException e) {
			batch.fail(e);
		} catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
			// one document's failure never ends the run: report it, start the engines afresh
			batch.fail(new CorpusException(file, "could not be annotated: " + (e instanceof OutOfMemoryError
					? "it does not fit in the memory given to Assay (-Xmx); split it or give Assay more memory"
					: e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
			annotator = null; // what the failed pipeline holds may be all the memory there is
			stop();
			start();
		}
	}

	private void start() throws ResourceInitializationException {
		steps = pipeline.create();
		annotator = new DocumentAnnotator(steps);
	}

	private void stop() {
		steps.forEach(s -> s.engine().destroy());
	}
}
