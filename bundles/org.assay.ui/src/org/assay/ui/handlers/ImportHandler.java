package org.assay.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.export.ExportOperation;
import org.assay.core.export.ImportOperation;
import org.assay.ui.internal.AssayUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Imports a JSON Lines file or a folder of XMI files into a layer of the corpus of the active
 * editor or selection, as a Job, exactly as {@code assay import} does; bad records are reported
 * with their file and line and the others are still imported.
 */
public class ImportHandler extends AbstractHandler {

	/** The choices of the import dialog. */
	public record Choice(ExportOperation.Format format, Path source, String layer) {
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Path root = CorpusJobs.focusedCorpus(event, "Import into Corpus");
		if (root != null) {
			ImportDialog dialog = new ImportDialog(HandlerUtil.getActiveShell(event), root);
			if (dialog.open() == Dialog.OK) {
				schedule(root, dialog.choice());
			}
		}
		return null;
	}

	/** Runs an import in a Job and refreshes the corpus folder in the workspace afterwards. */
	public static Job schedule(Path root, Choice choice) {
		return CorpusJobs.schedule("Importing " + choice.source().getFileName() + " into " + root.getFileName(),
				ImportHandler.class, monitor -> {
					try {
						ImportOperation.Result r = new ImportOperation(Corpus.open(root)).layer(choice.layer())
								.from(choice.source()).format(choice.format()).execute(monitor);
						CorpusJobs.refresh(root);
						return CorpusJobs.result(r.imported() + " document(s) imported into layer '" + choice.layer()
								+ "', " + r.failures().size() + " record(s) could not be", r.failures());
					} catch (CorpusException e) {
						return CorpusJobs.error(e);
					}
				});
	}

	private static final class ImportDialog extends CorpusDialog {
		private Combo format;
		private Text source;
		private Text layer;
		private Choice choice;

		ImportDialog(Shell shell, Path root) {
			super(shell, root, "Import into");
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = area(parent);
			format = combo(area, "Format:", "jsonl (one file)", "xmi (a folder of .xmi files)");
			source = pathField(area, "From:", current -> {
				if (format.getSelectionIndex() == 0) {
					FileDialog fd = new FileDialog(getShell(), SWT.OPEN);
					fd.setFilterExtensions(new String[] { "*.jsonl", "*.*" });
					return fd.open();
				}
				return new DirectoryDialog(getShell()).open();
			});
			new Label(area, SWT.NONE).setText("Into layer:");
			layer = new Text(area, SWT.BORDER);
			layer.setText(AssayUiPlugin.annotator());
			layer.setToolTipText("An annotator id (the documents become that annotator's layer), \"curation\" or \"engine\"");
			layer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			source.addModifyListener(e -> validate());
			layer.addModifyListener(e -> validate());
			format.addListener(SWT.Selection, e -> validate());
			return area;
		}

		@Override
		protected Control createContents(Composite parent) {
			Control c = super.createContents(parent);
			validate();
			return c;
		}

		private void validate() {
			Button ok = getButton(OK);
			if (ok == null) {
				return;
			}
			String from = source.getText().strip();
			boolean jsonl = format.getSelectionIndex() == 0;
			boolean exists = !from.isEmpty() && (jsonl ? Files.isRegularFile(Path.of(from)) : Files.isDirectory(Path.of(from)));
			ok.setEnabled(exists && Corpus.isValidLayer(layer.getText().strip()));
		}

		@Override
		protected void okPressed() {
			choice = new Choice(format.getSelectionIndex() == 0 ? ExportOperation.Format.JSONL : ExportOperation.Format.XMI,
					Path.of(source.getText().strip()), layer.getText().strip());
			super.okPressed();
		}

		Choice choice() {
			return choice;
		}
	}
}
