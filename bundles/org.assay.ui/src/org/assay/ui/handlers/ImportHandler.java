package org.assay.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.exchange.ImportOperation;
import org.assay.core.formats.Format;
import org.assay.ui.workspace.WorkspaceRefresh;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
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

	/** The choices of the import dialog; {@code replace} lets it replace layers that hold decisions (keeping backups). */
	public record Choice(Format format, Path source, String layer, boolean replace) {
		public Choice(Format format, Path source, String layer) {
			this(format, source, layer, false);
		}
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
				ImportHandler.class, CorpusRule.of(root), monitor -> {
					try {
						ImportOperation.Result r = new ImportOperation(Corpus.open(root)).layer(choice.layer())
								.from(choice.source()).format(choice.format()).replace(choice.replace()).execute(monitor);
						WorkspaceRefresh.tree(root); // the workspace shows what it wrote
						String summary = r.imported() + " document(s) imported into layer '" + choice.layer() + "', "
								+ r.failures().size() + " record(s) could not be"
								+ (r.backups().isEmpty() ? ""
										: "; " + r.backups().size() + " layer(s) with decisions replaced, the old ones kept under "
												+ root.resolve(ImportOperation.BACKUPS));
						IStatus status = CorpusJobs.result(summary, r.failures());
						return status.isOK() && !r.backups().isEmpty() ? Status.info(summary) : status;
					} catch (CorpusException e) {
						return CorpusJobs.error(e);
					}
				});
	}

	/**
	 * The import dialog. Its layer is a new one by default (never the annotator's own, which may
	 * hold a finished review); replacing layers that hold decisions takes ticking a box.
	 */
	public static final class ImportDialog extends CorpusDialog {
		private Combo format;
		private Text source;
		private Text layer;
		private Button replace;
		private Choice choice;

		public ImportDialog(Shell shell, Path root) {
			super(shell, root, "Import into");
		}

		/** The layer field (for tests). */
		public Text layerField() {
			return layer;
		}

		/** The "replace layers that hold decisions" box (for tests). */
		public Button replaceBox() {
			return replace;
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
			String fresh;
			try {
				fresh = ImportOperation.freshLayer(Corpus.open(root), "import");
			} catch (CorpusException e) {
				fresh = "import";
			}
			layer.setText(fresh);
			layer.setToolTipText("A new layer by default. An annotator id makes the documents that annotator's layer; \"curation\" or"
					+ " \"engine\" are the curated and pre-annotation layers");
			layer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			replace = new Button(area, SWT.CHECK);
			replace.setText("Replace layers that hold decisions (the old files are kept in " + ImportOperation.BACKUPS + ")");
			replace.setToolTipText("Without it, a document whose layer holds accepted, rejected, corrected or hand-made annotations,"
					+ " or is FINISHED or CURATED, is not imported and is listed");
			replace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
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
			choice = new Choice(format.getSelectionIndex() == 0 ? Format.JSONL : Format.XMI,
					Path.of(source.getText().strip()), layer.getText().strip(), replace.getSelection());
			super.okPressed();
		}

		Choice choice() {
			return choice;
		}
	}
}
