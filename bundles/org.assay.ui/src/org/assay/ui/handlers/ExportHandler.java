package org.assay.ui.handlers;

import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.export.ExportOperation;
import org.assay.core.export.StatusFilter;
import org.assay.ui.internal.AssayUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Exports the corpus of the active editor or selection (JSON Lines, XMI, CoNLL-2003 or brat;
 * gold or all) as a Job, exactly as {@code assay export} does.
 */
public class ExportHandler extends AbstractHandler {

	/** The choices of the export dialog. */
	public record Choice(ExportOperation.Format format, StatusFilter filter, Path target) {
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Path root = org.assay.ui.views.CorpusViewsAccess.focusedCorpus(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		Shell shell = HandlerUtil.getActiveShell(event);
		if (root == null) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Export Corpus",
					"Open a corpus document or select a corpus folder first.");
			return null;
		}
		ExportDialog dialog = new ExportDialog(shell, root);
		if (dialog.open() == Dialog.OK) {
			schedule(root, dialog.choice());
		}
		return null;
	}

	/** Runs an export in a Job; failures per document are reported together. */
	public static Job schedule(Path root, Choice choice) {
		Job job = new Job("Exporting " + root.getFileName() + " as " + choice.format().name().toLowerCase()) {
			@Override
			public boolean belongsTo(Object family) {
				return family == ExportHandler.class;
			}

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ExportOperation.Result r = new ExportOperation(Corpus.open(root)).format(choice.format())
							.filter(choice.filter()).to(choice.target()).progress(monitor::subTask).execute();
					if (r.ok()) {
						return Status.OK_STATUS;
					}
					MultiStatus status = new MultiStatus(AssayUiPlugin.ID, 0, r.exported() + " document(s) exported, "
							+ r.failures().size() + " could not be", null);
					r.failures().forEach(f -> status.add(new Status(IStatus.WARNING, AssayUiPlugin.ID, f.getMessage())));
					return status;
				} catch (CorpusException e) {
					return new Status(IStatus.ERROR, AssayUiPlugin.ID, e.getMessage());
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static final class ExportDialog extends Dialog {
		private final Path root;
		private Combo format;
		private Combo status;
		private Text target;
		private Choice choice;

		ExportDialog(Shell shell, Path root) {
			super(shell);
			this.root = root;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("Export " + root.getFileName());
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			area.setLayout(new GridLayout(3, false));
			new Label(area, SWT.NONE).setText("Format:");
			format = new Combo(area, SWT.READ_ONLY);
			format.setItems("jsonl", "xmi", "conll2003", "brat");
			format.select(0);
			format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(area, SWT.NONE).setText("Annotations:");
			status = new Combo(area, SWT.READ_ONLY);
			status.setItems("gold (accepted, corrected, manual)", "all (gold and suggestions)");
			status.select(0);
			status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(area, SWT.NONE).setText("To:");
			target = new Text(area, SWT.BORDER);
			target.setText(root.resolveSibling(root.getFileName() + "-export.jsonl").toString());
			GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
			wide.widthHint = 420;
			target.setLayoutData(wide);
			Button browse = new Button(area, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, e -> {
				FileDialog fd = new FileDialog(getShell(), SWT.SAVE);
				fd.setFileName(Path.of(target.getText()).getFileName().toString());
				String chosen = fd.open();
				if (chosen != null) {
					target.setText(chosen);
				}
			});
			format.addListener(SWT.Selection, e -> {
				String ext = switch (format.getText()) {
				case "jsonl" -> "-export.jsonl";
				case "conll2003" -> "-export.conll";
				default -> "-export-" + format.getText();
				};
				target.setText(root.resolveSibling(root.getFileName() + ext).toString());
			});
			return area;
		}

		@Override
		protected void okPressed() {
			choice = new Choice(ExportOperation.Format.parse(format.getText()),
					status.getSelectionIndex() == 0 ? StatusFilter.GOLD : StatusFilter.ALL, Path.of(target.getText()));
			super.okPressed();
		}

		Choice choice() {
			return choice;
		}
	}
}
