package org.assay.ui.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assay.core.CorpusException;
import org.assay.core.conflicts.ConflictOperation;
import org.assay.core.corpus.Corpus;
import org.assay.core.problems.CorpusProblems;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The problems of one corpus, found on disk (no workspace rule needed), and the markers they
 * become: each on its document's text at its span and line.
 */
final class ProblemScan {

	private final List<CorpusProblems.Problem> found;
	private final Map<CorpusProblems.Problem, Integer> lines;

	private ProblemScan(List<CorpusProblems.Problem> found, Map<CorpusProblems.Problem, Integer> lines) {
		this.found = found;
		this.lines = lines;
	}

	/**
	 * Finds the problems of the corpus at {@code root} for {@code annotator}.
	 *
	 * @throws CorpusException when it is not (or no longer) a readable corpus
	 */
	static ProblemScan of(Path root, String annotator, IProgressMonitor monitor) throws CorpusException {
		SubMonitor progress = SubMonitor.convert(monitor, "Assay problems of " + root.getFileName(), 2);
		Corpus corpus = Corpus.open(root);
		CorpusProblems problems = new CorpusProblems(corpus, annotator);
		List<CorpusProblems.Problem> found = new ArrayList<>();
		List<String> ids = corpus.documentIds();
		SubMonitor documents = SubMonitor.convert(progress.split(1), ids.size());
		for (String id : ids) {
			documents.split(1);
			try {
				found.addAll(problems.of(id));
			} catch (CorpusException e) {
				// the Conflicts view and the editor say what is wrong with an unreadable layer
			}
		}
		found.addAll(CorpusProblems.conflicts(new ConflictOperation(corpus).execute(progress.split(1)).groups()));
		return new ProblemScan(found, lines(root, found));
	}

	/** The line of each problem's start in its text. */
	private static Map<CorpusProblems.Problem, Integer> lines(Path root, List<CorpusProblems.Problem> found) {
		Map<CorpusProblems.Problem, Integer> lines = new HashMap<>();
		Map<String, String> texts = new HashMap<>();
		for (CorpusProblems.Problem p : found) {
			String text = texts.computeIfAbsent(p.documentId(), id -> {
				try {
					return Files.readString(root.resolve("texts").resolve(id));
				} catch (IOException | RuntimeException e) {
					return "";
				}
			});
			int line = 1;
			for (int i = 0; i < Math.min(p.begin(), text.length()); i++) {
				if (text.charAt(i) == '\n') {
					line++;
				}
			}
			lines.put(p, line);
		}
		return lines;
	}

	/** Replaces the Assay markers of {@code project} with these problems (under the project's rule). */
	void writeTo(IProject project) throws CoreException {
		project.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
		for (CorpusProblems.Problem p : found) {
			IFile file = project.getFile("texts/" + p.documentId());
			if (file.exists()) {
				file.createMarker(ProblemMarkers.TYPE, attributes(p));
			}
		}
	}

	private Map<String, Object> attributes(CorpusProblems.Problem p) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, p.message());
		attributes.put(IMarker.SEVERITY, p.warning() ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
		attributes.put(IMarker.CHAR_START, p.begin());
		attributes.put(IMarker.CHAR_END, p.end());
		Integer line = lines.get(p);
		if (line != null) {
			attributes.put(IMarker.LINE_NUMBER, line);
		}
		attributes.put(ProblemMarkers.KIND, p.kind().name());
		attributes.put(ProblemMarkers.DOCUMENT, p.documentId());
		if (p.layer() != null) {
			attributes.put(ProblemMarkers.LAYER, p.layer());
		}
		if (!p.confident().isEmpty()) {
			attributes.put(ProblemMarkers.CONFIDENT,
					p.confident().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n")));
		}
		return attributes;
	}
}
