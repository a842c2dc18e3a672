package org.assay.ui.handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.assay.core.CorpusException;
import org.assay.ui.jobs.FamilyJob;
import org.assay.ui.views.CorpusViews;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * What the corpus commands share: finding the corpus, the Job, the report. Each Job holds the
 * scheduling rule its operation names ({@code CorpusOperation.getSchedulingRule()}: the
 * {@code CorpusRule} of the corpus folder), so that two Jobs on one corpus run one after the
 * other; the rule is known from the folder before the Job opens the corpus.
 */
final class CorpusJobs {

	private CorpusJobs() {
	}

	/** The corpus of the active editor or selection, or null after telling the user to pick one. */
	static Path focusedCorpus(ExecutionEvent event, String title) {
		Path root = CorpusViews.focusedCorpus(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		if (root == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title,
					"Open a corpus document or select a corpus folder first.");
		}
		return root;
	}

	/** A user Job of {@code family} holding {@code rule} while it runs {@code body}; scheduled. A cancel ends it as cancelled. */
	static Job schedule(String name, Object family, ISchedulingRule rule, Function<IProgressMonitor, IStatus> body) {
		Job job = new FamilyJob(name, family, body);
		job.setUser(true);
		job.setRule(rule);
		job.schedule();
		return job;
	}

	/** OK saying {@code summary}, or a warning saying it with one child per failed document or record. */
	static IStatus result(String summary, List<CorpusException> failures) {
		if (failures.isEmpty()) {
			return new Status(IStatus.OK, CorpusJobs.class, summary);
		}
		MultiStatus status = new MultiStatus(CorpusJobs.class, 0, summary);
		failures.forEach(f -> status.add(Status.warning(f.getMessage())));
		return status;
	}

	/**
	 * When {@code job} ends, says how in the active window's status line ("5 document(s)
	 * exported to ..."), so a finished Job is never silent; failures also come as the Job's warning.
	 */
	static Job reportWhenDone(Job job) {
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				String message = event.getResult() == null ? null : event.getResult().getMessage();
				if (message == null || message.isBlank() || !PlatformUI.isWorkbenchRunning()) {
					return;
				}
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
					IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
					IWorkbenchPart part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
					IStatusLineManager line = part == null ? null
							: part.getSite() instanceof IViewSite v ? v.getActionBars().getStatusLineManager()
									: part.getSite() instanceof IEditorSite e ? e.getActionBars().getStatusLineManager() : null;
					if (line != null) {
						line.setMessage(job.getName() + ": " + message);
					}
				});
			}
		});
		return job;
	}

	static IStatus error(CorpusException e) {
		return Status.error(e.getMessage());
	}
}
