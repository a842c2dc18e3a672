package org.assay.engines;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.CorpusException;
import org.assay.core.CorpusOperation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs the engines on one document's text and returns their suggestions in a new CAS, for the
 * workbench to merge into an open layer as one undoable edit ({@code Review.mergeSuggestions}).
 */
public final class SuggestOperation implements CorpusOperation<JCas> {

	private final String documentName;
	private final String text;

	/** Suggestions for {@code text}; {@code documentName} names it in messages. */
	public SuggestOperation(String documentName, String text) {
		this.documentName = documentName;
		this.text = text;
	}

	@Override
	public JCas execute(IProgressMonitor monitor) throws CorpusException {
		SubMonitor progress = SubMonitor.convert(monitor, "Running the Assay engines on " + documentName, 2);
		try {
			AnalysisEngine engine = AssayPipeline.create();
			progress.split(1);
			JCas output = engine.newJCas();
			output.setDocumentText(text);
			output.setDocumentLanguage("en");
			engine.process(output);
			engine.destroy();
			progress.split(1);
			return output;
		} catch (ResourceInitializationException e) {
			throw new CorpusException(java.nio.file.Path.of(documentName), "the engines cannot start: " + e.getMessage(), e);
		} catch (AnalysisEngineProcessException | RuntimeException e) {
			if (e instanceof org.eclipse.core.runtime.OperationCanceledException c) {
				throw c;
			}
			throw new CorpusException(java.nio.file.Path.of(documentName), "could not be annotated: " + e, e);
		}
	}
}
