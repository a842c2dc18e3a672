package org.assay.ui.handlers;

import java.util.List;

import org.assay.type.Reviewable;
import org.assay.ui.editor.AssayEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The {@code L} menu: the tagset, each label with its number key as mnemonic, shown under the
 * annotation under review (else the caret) — and inside the editor when that place is scrolled
 * out of view, where a menu placed at the caret's off-screen position would not be seen at all.
 */
public final class LabelMenu {

	private static final String KEY = LabelMenu.class.getName();

	private LabelMenu() {
	}

	/** Shows the menu; the one menu of the editor's text is reused (not one leaked per key press). */
	public static Menu show(AssayEditor editor) {
		StyledText text = editor.textWidget();
		Menu menu = (Menu) text.getData(KEY);
		if (menu == null || menu.isDisposed()) {
			menu = new Menu(text);
			text.setData(KEY, menu);
		}
		for (MenuItem old : menu.getItems()) {
			old.dispose();
		}
		List<String> tagset = editor.session().tagset();
		for (int i = 0; i < tagset.size(); i++) {
			String label = tagset.get(i);
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText((i < 9 ? "&" + (i + 1) + " " : "") + label);
			item.addListener(SWT.Selection, e -> editor.session().label(label));
		}
		menu.setLocation(location(editor));
		menu.setVisible(true);
		return menu;
	}

	/** Where the menu opens, in display coordinates: always within the visible text. */
	public static Point location(AssayEditor editor) {
		StyledText text = editor.textWidget();
		Reviewable current = editor.current();
		int offset = current != null ? editor.widgetOffset(current.getBegin()) : text.getCaretOffset();
		Rectangle area = text.getClientArea();
		Point p = offset >= 0 && offset <= text.getCharCount() ? text.getLocationAtOffset(offset) : new Point(0, -1);
		int y = p.y + text.getLineHeight();
		if (p.y < 0 || y > area.height) { // scrolled out of view: open at the top of the visible text
			p = new Point(area.width / 3, 0);
			y = text.getLineHeight();
		}
		int x = Math.max(0, Math.min(p.x, area.width - 1));
		return text.toDisplay(x, Math.min(y, Math.max(0, area.height - 1)));
	}
}
