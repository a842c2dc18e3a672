package org.assay.ui.handlers;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A dialog about one corpus laid out as label / field / button rows (export, import). */
abstract class CorpusDialog extends Dialog {

	protected final Path root;
	private final String verb;

	CorpusDialog(Shell shell, Path root, String verb) {
		super(shell);
		this.root = root;
		this.verb = verb;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(verb + " " + root.getFileName());
	}

	/** The dialog area with three columns. */
	protected Composite area(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(3, false));
		return area;
	}

	/** A read-only choice spanning the row, first item selected. */
	protected static Combo combo(Composite area, String label, String... items) {
		new Label(area, SWT.NONE).setText(label);
		Combo combo = new Combo(area, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(0);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return combo;
	}

	/**
	 * A path field with a Browse... button; {@code browse} gets the current text and returns the
	 * chosen path, or null when the user cancelled.
	 */
	protected Text pathField(Composite area, String label, Function<String, String> browse) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 420;
		text.setLayoutData(wide);
		Button button = new Button(area, SWT.PUSH);
		button.setText("Browse...");
		button.addListener(SWT.Selection, e -> {
			String chosen = browse.apply(text.getText());
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}
}
