package org.assay.ui.tests;

import static org.assay.ui.tests.TestWorkbench.activated;

import org.assay.ui.editor.AssayEditor;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests in which the annotator "tester" reviews the pre-annotated Kenya article of a fresh project. */
abstract class KenyaReview {

	CorpusFixture corpus;

	@BeforeEach
	void createCorpus() throws Exception {
		System.setProperty("assay.annotator", "tester");
		corpus = CorpusFixture.create("workflow");
	}

	@AfterEach
	void deleteCorpus() throws Exception {
		corpus.delete();
	}

	/** The article open in the Assay editor, the active part. */
	AssayEditor open() throws CoreException {
		return activated(corpus.open());
	}
}
