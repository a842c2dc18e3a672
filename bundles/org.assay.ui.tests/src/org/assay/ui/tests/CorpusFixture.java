package org.assay.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.core.corpus.Corpus;
import org.assay.engines.AnnotateOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** A workspace project holding a pre-annotated corpus, as the Project Explorer shows it. */
final class CorpusFixture {

	static final String TEXT = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.\n\n"
			+ "\"We are not going to back down,\" said Mercy Wanjiru, a student leader.\n\n"
			+ "At least 23 people have been killed since the protests began, according to Amnesty International.\n";

	final IProject project;
	final Path root;

	private CorpusFixture(IProject project) {
		this.project = project;
		this.root = project.getLocation().toFile().toPath();
	}

	static CorpusFixture create(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		CorpusFixture f = new CorpusFixture(project);
		Path input = Files.createTempDirectory("assay-input");
		Files.writeString(input.resolve("kenya.txt"), TEXT);
		new AnnotateOperation(input, Corpus.openOrCreate(f.root)).execute(new org.eclipse.core.runtime.NullProgressMonitor());
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return f;
	}

	IFile text() {
		return project.getFile("texts/kenya.txt");
	}

	Path layer(String annotator) {
		return root.resolve("annotations/kenya.txt/" + annotator + ".xmi");
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	org.eclipse.ui.IEditorPart open() throws CoreException {
		return IDE.openEditor(page(), text());
	}

	void delete() throws CoreException {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}
}
