package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationPainter.IDrawingStrategy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * How a span is drawn, one {@link IDrawingStrategy} per style of the Annotations preference page
 * (the way Platform text's AnnotationPainter registers them): box, dashed box, underline,
 * squiggles, strikethrough, and the translucent fill of decided annotations. Each draws on the
 * span's rectangles, one per visual line, so wrapped spans are drawn on every line.
 */
final class SpanStrategies {

	/** Fill of reviewed annotations (the "highlight" choice), drawn under the style. */
	static final IDrawingStrategy FILL = (annotation, gc, text, offset, length, color) -> {
		if (gc == null) {
			return;
		}
		gc.setBackground(color);
		gc.setAlpha(80);
		for (Rectangle r : lineRects(text, offset, offset + length)) {
			gc.fillRectangle(r.x, r.y, r.width, r.height);
		}
		gc.setAlpha(255);
	};

	private static final IDrawingStrategy NONE = (annotation, gc, text, offset, length, color) -> {
		// fill only, or not drawn
	};

	private static final Map<String, IDrawingStrategy> BY_STYLE = Map.of("BOX", new Box(SWT.LINE_SOLID), "DASHED_BOX",
			new Box(SWT.LINE_DASH), "UNDERLINE", new Line(false), "STRIKETHROUGH", new Line(true), "SQUIGGLES",
			new Squiggles(), "NONE", NONE);

	private static final int[] DASH = { 3, 2 };

	private SpanStrategies() {
	}

	/** The strategy for a style name of the preference page ("BOX", "SQUIGGLES", ...); unknown styles draw a box. */
	static IDrawingStrategy forStyle(String style) {
		return BY_STYLE.getOrDefault(style, BY_STYLE.get("BOX"));
	}

	/** A rectangle around each line of the span; the annotation under review gets a thicker one. */
	private record Box(int lineStyle) implements IDrawingStrategy {
		@Override
		public void draw(Annotation annotation, GC gc, StyledText text, int offset, int length, Color color) {
			if (gc == null) {
				return;
			}
			gc.setForeground(color);
			gc.setLineWidth(ReviewAnnotation.CURRENT.equals(annotation.getType()) ? 2 : 1);
			if (lineStyle == SWT.LINE_DASH) {
				gc.setLineDash(DASH); // denser than the platform's dash, which barely shows on a one-word span
			} else {
				gc.setLineStyle(lineStyle);
			}
			for (Rectangle r : lineRects(text, offset, offset + length)) {
				gc.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
			}
			gc.setLineWidth(1);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	/** A line under (or through) each line of the span. */
	private record Line(boolean through) implements IDrawingStrategy {
		@Override
		public void draw(Annotation annotation, GC gc, StyledText text, int offset, int length, Color color) {
			if (gc == null) {
				return;
			}
			gc.setForeground(color);
			for (Rectangle r : lineRects(text, offset, offset + length)) {
				int y = through ? r.y + r.height / 2 : r.y + r.height - 1;
				gc.drawLine(r.x, y, r.x + r.width, y);
			}
		}
	}

	/** A zigzag under each line of the span. */
	private static final class Squiggles implements IDrawingStrategy {
		@Override
		public void draw(Annotation annotation, GC gc, StyledText text, int offset, int length, Color color) {
			if (gc == null) {
				return;
			}
			gc.setForeground(color);
			for (Rectangle r : lineRects(text, offset, offset + length)) {
				int y = r.y + r.height - 2;
				int steps = r.width / 2 + 1;
				int[] points = new int[steps * 2];
				for (int i = 0; i < steps; i++) {
					points[2 * i] = r.x + 2 * i;
					points[2 * i + 1] = i % 2 == 0 ? y : y + 2;
				}
				gc.drawPolyline(points);
			}
		}
	}

	/**
	 * The span's rectangles, one per visual line (wrapped lines included), each at least one pixel
	 * wide; parts of the span that are line breaks or trailing white space get none.
	 */
	static List<Rectangle> lineRects(StyledText text, int start, int end) {
		List<Rectangle> rects = new ArrayList<>(2);
		end = Math.min(end, text.getCharCount());
		int s = start;
		while (s < end) {
			Rectangle first = text.getTextBounds(s, s);
			int lo = s;
			int hi = end - 1;
			// last offset on the same visual line as s (y grows with the offset)
			while (lo < hi) {
				int mid = (lo + hi + 1) >>> 1;
				if (text.getTextBounds(mid, mid).y == first.y) {
					lo = mid;
				} else {
					hi = mid - 1;
				}
			}
			Rectangle last = text.getTextBounds(lo, lo);
			int right = Math.max(last.x + last.width, first.x + first.width);
			if (right > first.x) {
				rects.add(new Rectangle(first.x, first.y, right - first.x, first.height));
			}
			s = lo + 1;
			while (s < end && Character.isWhitespace(text.getText(s, s).charAt(0)) && text.getTextBounds(s, s).y == first.y) {
				s++;
			}
		}
		return rects;
	}
}
