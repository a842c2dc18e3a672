package org.assay.engines;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.assay.core.corpus.Corpus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.assay.core.CorpusRule;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Runs the engines on one document's text and returns their suggestions in a new CAS, for the
 * workbench to merge into an open layer as one undoable edit ({@code ReviewSession.mergeSuggestions}).
 * An engine that fails leaves the others' suggestions; its failure is in the result.
 */
public final class SuggestOperation implements CorpusOperation<SuggestOperation.Suggestions> {

	/**
	 * What the engines found.
	 *
	 * @param output   the engines' suggestions
	 * @param failures the engines that failed on the text
	 */
	public record Suggestions(JCas output, List<DocumentAnnotator.Failure> failures) {
	}

	private final String documentName;
	private final String text;
	private final Corpus corpus;

	/** Suggestions for {@code text}; {@code documentName} names it in messages. */
	public SuggestOperation(String documentName, String text) {
		this(documentName, text, null);
	}

	/** Suggestions for {@code text} of {@code corpus}, whose active recommenders suggest too. */
	public SuggestOperation(String documentName, String text, Corpus corpus) {
		this.documentName = documentName;
		this.text = text;
		this.corpus = corpus;
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return corpus == null ? null : CorpusRule.of(corpus.root());
	}

	@Override
	public Suggestions execute(IProgressMonitor monitor) throws CorpusException {
		SubMonitor progress = SubMonitor.convert(monitor, "Running the Assay engines on " + documentName, 2);
		try {
			DocumentAnnotator annotator = new DocumentAnnotator(corpus == null ? AssayPipeline.steps() : AssayPipeline.steps(corpus));
			progress.split(1);
			List<DocumentAnnotator.Failure> failures = annotator.annotate(documentName, text);
			progress.split(1);
			return new Suggestions(annotator.jcas(), failures);
		} catch (ResourceInitializationException e) {
			throw new CorpusException(Path.of(documentName), "the engines cannot start: " + e.getMessage(), e);
		}
	}
}
