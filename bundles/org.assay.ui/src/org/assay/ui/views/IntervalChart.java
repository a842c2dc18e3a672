package org.assay.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.assay.core.IntervalFormat;
import org.assay.core.conflicts.ClaimGroup;
import org.assay.core.conflicts.ClaimRef;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A count group's figures on one axis: one bar per source ("55" a point, "36 to 40" a bar, "at
 * least 20" a bar with an arrow to the right), bars of contradicting claims in red, so a curator
 * sees at a glance who disagrees with whom and by how much.
 */
final class IntervalChart {

	/**
	 * One bar as drawn.
	 *
	 * @param label     the source and what it says ("Officials: 55")
	 * @param from      left end in pixels
	 * @param to        right end in pixels (equal to {@code from} for a single figure)
	 * @param openLeft  the figure has no lower bound: an arrow to the left edge
	 * @param openRight the figure has no upper bound: an arrow to the right edge
	 * @param conflicting whether it contradicts another member
	 */
	record Bar(String label, int from, int to, boolean openLeft, boolean openRight, boolean conflicting) {
	}

	private static final int LABEL_WIDTH = 170;
	private static final int ROW = 20;
	private static final int MARGIN = 12;

	private final Canvas canvas;
	private ClaimGroup group;

	IntervalChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
	}

	Canvas control() {
		return canvas;
	}

	/** Shows a group (null: nothing). */
	void show(ClaimGroup g) {
		group = g;
		canvas.redraw();
	}

	/** The bars of the group shown, as drawn at the current size (empty for a proposition group). */
	List<Bar> bars() {
		Rectangle area = canvas.getClientArea();
		return group == null ? List.of() : layout(group, LABEL_WIDTH + MARGIN, right(area));
	}

	private static int right(Rectangle area) {
		return Math.max(LABEL_WIDTH + MARGIN + 40, area.width - MARGIN);
	}

	/** Figures to pixels: the finite ends of all figures, with a little room on both sides. */
	record Scale(double lo, double hi, int left, int right) {
		int x(double v) {
			return left + (int) Math.round((v - lo) / (hi - lo) * (right - left));
		}

		static Scale of(ClaimGroup g, int left, int right) {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (ClaimRef c : g.claims()) {
				for (double v : new double[] { c.low(), c.high() }) {
					if (Double.isFinite(v)) {
						min = Math.min(min, v);
						max = Math.max(max, v);
					}
				}
			}
			if (min > max) {
				return null;
			}
			double pad = Math.max(1, (max - min) * 0.12);
			return new Scale(Math.max(0, min - pad), max + pad, left, right);
		}
	}

	/** Lays the figures of a count group out between pixels {@code left} and {@code right}. */
	static List<Bar> layout(ClaimGroup g, int left, int right) {
		Scale scale = g.kind() == ClaimGroup.Kind.COUNT ? Scale.of(g, left, right) : null;
		if (scale == null) {
			return List.of();
		}
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < g.claims().size(); i++) {
			ClaimRef c = g.claims().get(i);
			int index = i;
			boolean conflicting = g.conflicts().stream().anyMatch(p -> p.involves(index));
			int from = Double.isFinite(c.low()) ? scale.x(c.low()) : left;
			int to = Double.isFinite(c.high()) ? scale.x(c.high()) : right;
			String source = c.source().isEmpty() ? "(unattributed)" : c.source();
			bars.add(new Bar(source + ": " + c.value(), from, to, !Double.isFinite(c.low()), !Double.isFinite(c.high()), conflicting));
		}
		return bars;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		if (group == null) {
			gc.drawString("Select a group to see its figures on one axis", MARGIN, MARGIN, true);
			return;
		}
		if (group.kind() != ClaimGroup.Kind.COUNT) {
			gc.drawString(group.subject() + ": " + (group.isConflict() ? "one source asserts what another denies" : "the sources agree"),
					MARGIN, MARGIN, true);
			return;
		}
		List<Bar> bars = bars();
		if (bars.isEmpty()) {
			return;
		}
		Color red = new Color(canvas.getDisplay(), 200, 40, 40);
		Color blue = new Color(canvas.getDisplay(), 40, 100, 170);
		try {
			gc.drawString(group.subject(), MARGIN, 4, true);
			int y = 4 + ROW;
			int left = LABEL_WIDTH + MARGIN;
			int right = right(area);
			for (Bar b : bars) {
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
				String label = b.label();
				while (label.length() > 4 && gc.stringExtent(label).x > LABEL_WIDTH - 8) {
					label = label.substring(0, label.length() - 2);
				}
				gc.drawString(label.equals(b.label()) ? label : label + "\u2026", MARGIN, y, true);
				Color c = b.conflicting() ? red : blue;
				gc.setBackground(c);
				gc.setForeground(c);
				int mid = y + ROW / 2 - 2;
				int w = Math.max(0, b.to() - b.from());
				if (w < 3) {
					gc.fillOval(b.from() - 4, mid - 4, 9, 9); // a single figure
				} else {
					gc.fillRectangle(b.from(), mid - 3, w, 7);
				}
				gc.setLineWidth(2);
				if (b.openRight()) {
					gc.drawPolyline(new int[] { right - 8, mid - 6, right, mid, right - 8, mid + 6 });
				}
				if (b.openLeft()) {
					gc.drawPolyline(new int[] { left + 8, mid - 6, left, mid, left + 8, mid + 6 });
				}
				gc.setLineWidth(1);
				y += ROW;
			}
			// the axis, with the ends of the figures as ticks
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.drawLine(left, y + 2, right, y + 2);
			Scale scale = Scale.of(group, left, right);
			TreeMap<Integer, String> ticks = new TreeMap<>();
			for (ClaimRef c : group.claims()) {
				for (double v : new double[] { c.low(), c.high() }) {
					if (Double.isFinite(v)) {
						ticks.put(scale.x(v), IntervalFormat.number(v));
					}
				}
			}
			int lastEnd = Integer.MIN_VALUE;
			for (var t : ticks.entrySet()) {
				Point size = gc.stringExtent(t.getValue());
				gc.drawLine(t.getKey(), y, t.getKey(), y + 5);
				int x = t.getKey() - size.x / 2;
				if (x > lastEnd + 2) {
					gc.drawString(t.getValue(), x, y + 6, true);
					lastEnd = x + size.x;
				}
			}
		} finally {
			red.dispose();
			blue.dispose();
		}
	}

	/** Height that shows every bar of {@code g} and the axis. */
	static int preferredHeight(ClaimGroup g) {
		return 4 + ROW * (g == null ? 1 : g.claims().size() + 1) + 28;
	}
}
