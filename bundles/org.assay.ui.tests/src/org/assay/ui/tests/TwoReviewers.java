package org.assay.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests on a fresh corpus of two contradicting articles that alice and bob reviewed ({@link CorpusFixture#reviewedByTwo}). */
abstract class TwoReviewers {

	IProject project;
	Path root;

	@BeforeEach
	void createCorpus() throws Exception {
		CorpusFixture fixture = CorpusFixture.reviewedByTwo("views");
		project = fixture.project;
		root = fixture.root;
	}

	@AfterEach
	void deleteCorpus() throws Exception {
		CorpusFixture.page().closeAllEditors(false);
		project.delete(true, true, null);
	}
}
