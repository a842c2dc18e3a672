package org.assay.ui.handlers;

import java.util.List;

import org.assay.ui.editor.AssayEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** The {@code L} menu: the tagset at the caret, each label with its number key as mnemonic. */
final class LabelMenu {

	private LabelMenu() {
	}

	static void show(AssayEditor editor) {
		StyledText text = editor.textWidget();
		Menu menu = new Menu(text);
		List<String> tagset = editor.session().tagset();
		for (int i = 0; i < tagset.size(); i++) {
			String label = tagset.get(i);
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText((i < 9 ? "&" + (i + 1) + " " : "") + label);
			item.addListener(SWT.Selection, e -> editor.session().label(label));
		}
		Point p = text.getLocationAtOffset(text.getCaretOffset());
		menu.setLocation(text.toDisplay(p.x, p.y + text.getLineHeight()));
		menu.setVisible(true);
	}
}
