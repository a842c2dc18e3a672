package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.ui.editor.AssayEditor;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;

/**
 * The workbench as the tests drive it: commands run as their key bindings run them, the event
 * loop spun until the UI has caught up, the status line and the Properties view read as a person
 * reads them.
 */
final class TestWorkbench {

	private TestWorkbench() {
	}

	/** Runs what the UI thread has queued (async refreshes, paints). */
	static void flush() {
		Display d = Display.getCurrent();
		while (d.readAndDispatch()) {
			// let async refreshes run
		}
	}

	static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getService(IHandlerService.class);
	}

	/** Runs the Assay command {@code org.assay.ui.command.<command>}, as its key does. */
	static void run(String command) throws Exception {
		handlers().executeCommand("org.assay.ui.command." + command, null);
		flush();
	}

	/** Presses the number key {@code n}: label n of the tagset. */
	static void label(int n) throws Exception {
		Command cmd = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.assay.ui.command.label");
		handlers().executeCommand(ParameterizedCommand.generateCommand(cmd, Map.of("org.assay.ui.labelIndex", Integer.toString(n))), null);
		flush();
	}

	/** The Assay editor {@code part} is, made the active part. */
	static AssayEditor activated(IEditorPart part) {
		AssayEditor editor = assertInstanceOf(AssayEditor.class, part, "corpus texts open in the Assay editor");
		CorpusFixture.page().activate(editor);
		flush();
		return editor;
	}

	/** Lets the views follow the annotation under review (they do once the annotator pauses). */
	static void followed() throws InterruptedException {
		long until = System.currentTimeMillis() + 3L * AssayEditor.FOLLOW_DELAY_MS;
		while (System.currentTimeMillis() < until) {
			flush();
			Thread.sleep(10);
		}
		flush();
	}

	/** Spins the event loop until the editor's layer, read in the background, is there (at most a minute). */
	static void untilRead(AssayEditor editor) throws InterruptedException {
		long until = System.currentTimeMillis() + 60_000;
		while (editor.isLoading() && System.currentTimeMillis() < until) {
			flush();
			Thread.sleep(5);
		}
		flush();
		assertFalse(editor.isLoading(), "the layer was not read within a minute");
	}

	/** The value the Properties view shows for {@code property}, or null. */
	static String property(String property) {
		PropertySheet sheet = (PropertySheet) CorpusFixture.page().findView(IPageLayout.ID_PROP_SHEET);
		Tree tree = (Tree) sheet.getCurrentPage().getControl();
		for (TreeItem item : tree.getItems()) {
			if (property.equals(item.getText(0))) {
				return item.getText(1);
			}
		}
		return null;
	}

	/** What the active window's status line says, field by field. */
	static List<String> statusTexts() {
		List<String> texts = new ArrayList<>();
		for (CLabel field : statusFields()) {
			if (field.getText() != null) {
				texts.add(field.getText());
			}
		}
		return texts;
	}

	/** The fields of the active window's status line. */
	static List<CLabel> statusFields() {
		List<CLabel> fields = new ArrayList<>();
		collect(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), fields);
		return fields;
	}

	private static void collect(Composite parent, List<CLabel> out) {
		for (Control c : parent.getChildren()) {
			if (c instanceof CLabel l) {
				out.add(l);
			} else if (c instanceof Composite inner) {
				collect(inner, out);
			}
		}
	}
}
