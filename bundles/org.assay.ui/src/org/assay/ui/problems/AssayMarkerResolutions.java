package org.assay.ui.problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.core.problems.CorpusProblems;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;
import org.assay.ui.editor.AssayEditor;
import org.assay.ui.views.ConflictsView;
import org.assay.ui.views.CorpusViews;
import org.assay.ui.views.CurationView;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Quick fixes of the Problems view (Ctrl+1): accept every open suggestion of one origin at or
 * above {@link CorpusProblems#CONFIDENT} in a document (one undoable step in its editor, saved
 * when the annotator saves); curate a document with unsettled differences; show a contradiction
 * in the Conflicts view.
 */
public class AssayMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String kind = marker.getAttribute(ProblemMarkers.KIND, "");
		String document = marker.getAttribute(ProblemMarkers.DOCUMENT, "");
		List<IMarkerResolution> list = new ArrayList<>();
		if (CorpusProblems.Kind.OPEN_SUGGESTIONS.name().equals(kind)) {
			for (String line : marker.getAttribute(ProblemMarkers.CONFIDENT, "").split("\n")) {
				int eq = line.lastIndexOf('=');
				if (eq > 0) {
					String origin = line.substring(0, eq);
					String count = line.substring(eq + 1);
					list.add(new Fix("Accept the " + count + " suggestions of " + origin + " with confidence \u2265 "
							+ CorpusProblems.CONFIDENT + " in " + document,
							"Accepts them in the editor as one step (Ctrl+Z undoes it); nothing is written until you save.",
							m -> acceptConfident(m, origin)));
				}
			}
		} else if (CorpusProblems.Kind.CURATION_DIFFERENCES.name().equals(kind)) {
			list.add(new Fix("Curate " + document, "Opens the curated layer and lists the differences in the Curation view.",
					AssayMarkerResolutions::curate));
		} else if (CorpusProblems.Kind.SOURCE_CONFLICT.name().equals(kind)) {
			list.add(new Fix("Show in the Conflicts view", "Lists the claims about the same thing, the contradicting pairs and why.",
					m -> page().showView(ConflictsView.ID)));
		}
		return list.toArray(IMarkerResolution[]::new);
	}

	/** Opens the marker's document at its span in the Assay editor. */
	static AssayEditor open(IMarker marker) throws PartInitException {
		Path root = marker.getResource().getProject().getLocation().toFile().toPath();
		return CorpusViews.open(page(), root, marker.getAttribute(ProblemMarkers.DOCUMENT, ""), marker.getAttribute(IMarker.CHAR_START, 0),
				marker.getAttribute(IMarker.CHAR_END, 0));
	}

	private static void acceptConfident(IMarker marker, String origin) throws PartInitException {
		AssayEditor editor = open(marker);
		if (editor == null) {
			return;
		}
		editor.whenRead(() -> {
			List<Reviewable> confident = editor.jcas().select(Reviewable.class)
					.filter(r -> r instanceof Entity || r instanceof Claim)
					.filter(r -> ReviewStatus.parse(r.getStatus()) == ReviewStatus.SUGGESTED && origin.equals(r.getOrigin())
							&& r.getConfidence() >= CorpusProblems.CONFIDENT)
					.toList();
			editor.session().decideAll(confident, true);
		});
	}

	private static void curate(IMarker marker) throws Exception {
		AssayEditor editor = open(marker);
		if (editor != null) {
			((CurationView) page().showView(CurationView.ID)).curate(editor);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** What a fix does. */
	private interface Action {
		void run(IMarker marker) throws Exception;
	}

	private record Fix(String label, String description, Action action) implements IMarkerResolution2 {
		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return description;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			try {
				action.run(marker);
			} catch (Exception e) {
				StatusManager.getManager().handle(Status.error(label + " failed: " + e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}
}
