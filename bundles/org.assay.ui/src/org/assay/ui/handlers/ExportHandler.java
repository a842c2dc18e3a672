package org.assay.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.corpus.Corpus;
import org.assay.core.exchange.ExportOperation;
import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Exports the corpus of the active editor or selection (JSON Lines, XMI, CoNLL-2003 or brat;
 * gold or all) as a Job, exactly as {@code assay export} does.
 */
public class ExportHandler extends AbstractHandler {

	/** The choices of the export dialog. */
	public record Choice(Format format, StatusFilter filter, Path target) {
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Path root = CorpusJobs.focusedCorpus(event, "Export Corpus");
		if (root != null) {
			ExportDialog dialog = new ExportDialog(HandlerUtil.getActiveShell(event), root);
			if (dialog.open() == Dialog.OK) {
				schedule(root, dialog.choice());
			}
		}
		return null;
	}

	/** Runs an export in a Job; failures per document are reported together. */
	public static Job schedule(Path root, Choice choice) {
		return CorpusJobs.reportWhenDone(CorpusJobs.schedule("Exporting " + root.getFileName() + " as " + choice.format().name().toLowerCase(),
				ExportHandler.class, CorpusRule.of(root), monitor -> {
					try {
						ExportOperation.Result r = new ExportOperation(Corpus.open(root)).format(choice.format())
								.filter(choice.filter()).to(choice.target()).execute(monitor);
						return CorpusJobs.result(r.exported() + " document(s) exported to " + choice.target() + ", "
								+ r.failures().size() + " could not be", r.failures());
					} catch (CorpusException e) {
						return CorpusJobs.error(e);
					}
				}));
	}

	/** The export dialog; an existing file or folder is replaced only after asking. */
	public static final class ExportDialog extends CorpusDialog {
		private Combo format;
		private Combo status;
		private Text target;
		private Choice choice;

		public ExportDialog(Shell shell, Path root) {
			super(shell, root, "Export");
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = area(parent);
			format = combo(area, "Format:", "jsonl", "xmi", "conll2003", "brat");
			status = combo(area, "Annotations:", "gold (accepted, corrected, manual)", "all (gold and suggestions)");
			target = pathField(area, "To:", current -> {
				FileDialog fd = new FileDialog(getShell(), SWT.SAVE);
				fd.setFileName(Path.of(current).getFileName().toString());
				return fd.open();
			});
			target.setText(root.resolveSibling(root.getFileName() + "-export.jsonl").toString());
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

		/** The title of the question asked before replacing. */
		public static final String REPLACE_TITLE = "Replace Export?";

		@Override
		protected void okPressed() {
			Path to = Path.of(target.getText().strip());
			if (Files.exists(to) && !MessageDialog.openQuestion(getShell(), REPLACE_TITLE,
					to + " exists already. Replace it?")) {
				return; // the dialog stays open for another name
			}
			choice = new Choice(Format.parse(format.getText()),
					status.getSelectionIndex() == 0 ? StatusFilter.GOLD : StatusFilter.ALL, to);
			super.okPressed();
		}

		/** The target field (for tests). */
		public Text targetField() {
			return target;
		}

		/** What was chosen, or null while nothing was (for tests). */
		public Choice choice() {
			return choice;
		}
	}
}
