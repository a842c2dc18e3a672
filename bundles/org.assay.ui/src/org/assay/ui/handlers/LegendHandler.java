package org.assay.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Assay > Legend: what each colour and line means — every label, claim, source and cue as decided
 * (solid), suggested (dashed, its tag ending in "?") and rejected (struck through, shown with H) —
 * drawn with the colours and styles set in Preferences > General > Editors > Text Editors >
 * Annotations.
 */
public class LegendHandler extends AbstractHandler {

	/** One row: its name, the preference key part and the tag drawn under it. */
	record Row(String name, String key, String tag) {
	}

	static final List<Row> ROWS = List.of(new Row("PERSON", "entity_person", "PER"), new Row("ORGANIZATION", "entity_organization", "ORG"),
			new Row("LOCATION", "entity_location", "LOC"), new Row("DATE", "entity_date", "DATE"),
			new Row("QUANTITY", "entity_quantity", "QTY"), new Row("other labels (custom)", "entity_other", "WEAPO"),
			new Row("claim content", "claim", "claim"), new Row("claim source", "source", ""), new Row("claim cue", "cue", ""),
			new Row("claim quantity", "quantity", ""));

	@Override
	public Object execute(ExecutionEvent event) {
		new Legend(HandlerUtil.getActiveShell(event)).open();
		return null;
	}

	/** The legend window (not modal: it can stay open beside the editor). */
	public static final class Legend extends Dialog {
		public Legend(Shell shell) {
			super(shell);
			setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
			setBlockOnOpen(false);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("Assay Legend");
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			Canvas canvas = new Canvas(area, SWT.DOUBLE_BUFFERED);
			canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			canvas.addPaintListener(e -> paint(e.gc));
			GridData size = (GridData) canvas.getLayoutData();
			size.widthHint = 520;
			size.heightHint = 34 + ROWS.size() * 26;
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		}

		@Override
		protected void buttonPressed(int id) {
			close();
		}

		private void paint(GC gc) {
			IPreferenceStore prefs = EditorsUI.getPreferenceStore();
			int[] columns = { 10, 190, 300, 410 };
			gc.drawString("decided", columns[1], 6, true);
			gc.drawString("suggested", columns[2], 6, true);
			gc.drawString("rejected (H)", columns[3], 6, true);
			List<Color> made = new ArrayList<>();
			int y = 30;
			for (Row row : ROWS) {
				gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
				gc.drawString(row.name(), columns[0], y, true);
				for (int c = 0; c < 3; c++) {
					String key = "assay." + row.key() + (c == 1 ? "_suggested" : c == 2 ? "_rejected" : "");
					Color color = new Color(PreferenceConverter.getColor(prefs, key + ".color"));
					made.add(color);
					String style = prefs.getString(key + ".style");
					sample(gc, columns[c + 1], y, color, style, row.tag().isEmpty() ? "" : row.tag() + (c == 1 ? "?" : ""));
					if (c == 2) { // rejected ones are struck through too
						sample(gc, columns[c + 1], y, color, "STRIKETHROUGH", "");
					}
				}
				y += 26;
			}
			made.forEach(Color::dispose);
		}

		private static void sample(GC gc, int x, int y, Color color, String style, String tag) {
			Point extent = gc.textExtent("Sample");
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawString("Sample", x + 2, y, true);
			gc.setForeground(color);
			int w = extent.x + 4;
			int h = extent.y;
			switch (style == null ? "BOX" : style) {
			case "DASHED_BOX" -> {
				gc.setLineDash(new int[] { 3, 2 });
				gc.drawRectangle(x, y, w, h);
				gc.setLineStyle(SWT.LINE_SOLID);
			}
			case "UNDERLINE" -> gc.drawLine(x, y + h, x + w, y + h);
			case "STRIKETHROUGH" -> gc.drawLine(x, y + h / 2, x + w, y + h / 2);
			default -> gc.drawRectangle(x, y, w, h);
			}
			if (!tag.isEmpty()) {
				gc.drawString(tag, x + w + 4, y + 2, true);
			}
		}
	}
}
