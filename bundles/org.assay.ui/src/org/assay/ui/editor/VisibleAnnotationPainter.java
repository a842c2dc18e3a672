package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.assay.type.Claim;
import org.assay.type.Reviewable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.IPaintPositionManager;
import org.eclipse.jface.text.IPainter;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationPainter.IDrawingStrategy;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * Draws Assay annotations for the visible lines only. The platform AnnotationPainter merges
 * every annotation into the text presentation on each change, which on a document with 50,000
 * annotations costs seconds; this painter asks the annotation model for the visible region and
 * draws those, so its cost follows the screen, not the document. Each style is drawn by its
 * {@link IDrawingStrategy} ({@link SpanStrategies}). Colours and styles come from
 * the markerAnnotationSpecification preferences in plugin.xml (Preferences > General > Editors >
 * Text Editors > Annotations): fill (highlight), box, dashed box, underline, squiggles.
 */
final class VisibleAnnotationPainter implements IPainter, PaintListener {

	/** How one annotation type is drawn: its preferences and the strategy of its text style. */
	private record Style(boolean visible, boolean fill, IDrawingStrategy strategy, RGB rgb) {
	}

	private final ISourceViewer viewer;
	private final CasAnnotationModel model;
	private final IPreferenceStore prefs = EditorsUI.getPreferenceStore();
	private final Map<String, Style> styles = new HashMap<>();
	private final Map<RGB, Color> colors = new HashMap<>();
	private final IPropertyChangeListener prefListener;
	private boolean active;
	private int drawn;
	private int drawnRejected;
	private int failed;
	private boolean failureLogged;

	VisibleAnnotationPainter(ISourceViewer viewer, CasAnnotationModel model) {
		this.viewer = viewer;
		this.model = model;
		this.prefListener = e -> {
			if (e.getProperty().startsWith("assay.")) {
				styles.clear();
				redraw();
			}
		};
		prefs.addPropertyChangeListener(prefListener);
		viewer.getTextWidget().addPaintListener(this);
		active = true;
	}

	@Override
	public void paintControl(PaintEvent e) {
		StyledText text = viewer.getTextWidget();
		if (!active || model.jcas() == null || text.getCharCount() == 0) {
			return;
		}
		int top = text.getOffsetAtPoint(new Point(0, Math.max(0, e.y)));
		int topOffset = top < 0 ? text.getOffsetAtLine(text.getLineIndex(Math.max(0, e.y))) : top;
		int bottomLine = text.getLineIndex(e.y + e.height);
		int bottomOffset = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : text.getCharCount();
		topOffset = text.getOffsetAtLine(text.getLineAtOffset(topOffset));
		GC gc = e.gc;
		drawn = 0;
		drawnRejected = 0;
		tags.clear();
		List<Annotation> current = new ArrayList<>();
		Iterator<Annotation> it = model.getAnnotationIterator(topOffset, Math.max(0, bottomOffset - topOffset), true, true);
		while (it.hasNext()) {
			Annotation a = it.next();
			if (a.getType().equals(ReviewAnnotation.CURRENT)) {
				current.add(a);
				continue;
			}
			draw(gc, text, a, model.getPosition(a));
		}
		for (Annotation a : current) {
			draw(gc, text, a, model.getPosition(a));
		}
		drawTags(gc, text);
		drawClaimLinks(gc, text, topOffset, bottomOffset);
	}

	/**
	 * Draws one annotation; one that cannot be drawn is counted and logged (once, to the Error
	 * Log) and never stops the others from being drawn.
	 */
	private void draw(GC gc, StyledText text, Annotation a, Position p) {
		try {
			drawOne(gc, text, a, p);
		} catch (RuntimeException ex) {
			failed++;
			if (!failureLogged) {
				failureLogged = true;
				ILog.of(getClass()).error("An annotation at offset " + (p == null ? "?" : p.getOffset())
						+ " could not be drawn; the others are", ex);
			}
		}
	}

	/** Annotations drawn by the last paint. */
	int drawn() {
		return drawn;
	}

	/** Rejected annotations drawn by the last paint (H shows them). */
	int drawnRejected() {
		return drawnRejected;
	}

	/** Annotations that could not be drawn since the editor opened. */
	int failed() {
		return failed;
	}

	private void drawOne(GC gc, StyledText text, Annotation a, Position p) {
		if (p == null || p.isDeleted() || p.getLength() == 0) {
			return;
		}
		Style s = style(a.getType());
		if (!s.visible()) {
			return;
		}
		Color color = color(s.rgb());
		int length = Math.min(p.getLength(), text.getCharCount() - p.getOffset());
		if (length <= 0) {
			return;
		}
		if (s.fill()) {
			SpanStrategies.FILL.draw(a, gc, text, p.getOffset(), length, color);
		}
		s.strategy().draw(a, gc, text, p.getOffset(), length, color);
		if (a.getType().endsWith(".rejected")) {
			// struck through whatever its style: the platform's styles have no strikethrough, and an
			// unknown style in plugin.xml silently became NONE (H then showed nothing)
			STRUCK.draw(a, gc, text, p.getOffset(), length, color);
			drawnRejected++;
		}
		if (a instanceof ReviewAnnotation r) {
			drawTag(gc, text, r, p.getOffset(), length, color);
		}
		drawn++;
	}

	private static final AnnotationPainter.IDrawingStrategy STRUCK = SpanStrategies
			.forStyle("STRIKETHROUGH");

	/** Space under each line for the label tags (the editor sets it as the text's line spacing). */
	static final int TAG_SPACE = 9;

	private Font tagFont;

	/** A tag to draw once every span is drawn. */
	private record Tag(String text, int x, int y, Color color) {
	}

	private final List<Tag> tags = new ArrayList<>();

	/**
	 * Notes a small label tag under the start of an entity or claim ("PER", "ORG?" — a question
	 * mark while suggested), so labels read without knowing the colours; drawn by
	 * {@link #drawTags} in one pass with one font (a font switch and a layout query per span
	 * doubled the cost of a paint).
	 */
	private void drawTag(GC gc, StyledText text, ReviewAnnotation a, int offset, int length, Color color) {
		String tag = Tags.of(a.reviewable());
		if (tag == null) {
			return;
		}
		Rectangle first = text.getTextBounds(offset, offset);
		tags.add(new Tag(tag, first.x, first.y + first.height - 1, color));
	}

	/** Pixels between two tags on one line. */
	private static final int TAG_GAP = 3;

	private final Map<String, Integer> tagWidths = new HashMap<>();

	private final List<Rectangle> tagBoxes = new ArrayList<>();

	private void drawTags(GC gc, StyledText text) {
		tagBoxes.clear();
		if (tags.isEmpty()) {
			return;
		}
		if (tagFont == null || tagFont.isDisposed()) {
			FontData fd = text.getFont().getFontData()[0];
			tagFont = new Font(text.getDisplay(), fd.getName(), Math.max(5, Math.round(fd.getHeight() * 0.6f)), SWT.NORMAL);
			tagWidths.clear();
		}
		Font was = gc.getFont();
		gc.setFont(tagFont);
		int height = gc.getFontMetrics().getHeight();
		// tags of spans that start together (an entity and the claim around it) or close together
		// would print over each other: on each line, each tag goes right of the one before
		tags.sort(Comparator.comparingInt(Tag::y).thenComparingInt(Tag::x));
		int line = Integer.MIN_VALUE;
		int free = Integer.MIN_VALUE;
		for (Tag t : tags) {
			if (t.y() != line) {
				line = t.y();
				free = Integer.MIN_VALUE;
			}
			int width = tagWidths.computeIfAbsent(t.text(), s -> gc.stringExtent(s).x);
			int x = Math.max(t.x(), free);
			gc.setForeground(t.color());
			gc.drawString(t.text(), x, t.y(), true);
			tagBoxes.add(new Rectangle(x, t.y(), width, height));
			free = x + width + TAG_GAP;
		}
		gc.setFont(was);
		tags.clear();
	}

	/** Where the last paint drew its label tags (in the text's coordinates). */
	List<Rectangle> tagBoxes() {
		return List.copyOf(tagBoxes);
	}

	/** For the claim under review: lines from its cue to its source and to its content. */
	private void drawClaimLinks(GC gc, StyledText text, int from, int to) {
		Iterator<Annotation> it = model.getAnnotationIterator(from, Math.max(0, to - from), true, true);
		Claim claim = null;
		while (it.hasNext()) {
			Annotation a = it.next();
			if (a.getType().equals(ReviewAnnotation.CURRENT) && a instanceof CurrentMark m && m.reviewable() instanceof Claim c) {
				claim = c;
				break;
			}
		}
		if (claim == null || claim.getCue() == null) {
			return;
		}
		int[] cue = anchor(text, claim.getCue());
		gc.setForeground(color(new RGB(120, 0, 140)));
		gc.setLineStyle(SWT.LINE_DOT);
		for (Reviewable other : new Reviewable[] { claim.getSource(), claim }) {
			int[] b = other == null ? null : anchor(text, other);
			if (cue != null && b != null) {
				gc.drawLine(cue[0], cue[1], b[0], b[1]);
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private static int[] anchor(StyledText text, Reviewable r) {
		if (r.getBegin() >= text.getCharCount()) {
			return null;
		}
		Rectangle first = text.getTextBounds(r.getBegin(), r.getBegin());
		return new int[] { first.x + 2, first.y + first.height };
	}

	private Style style(String type) {
		return styles.computeIfAbsent(type, t -> {
			String key = "assay." + t.substring(ReviewAnnotation.PREFIX.length()).replace('.', '_');
			boolean fill = prefs.getBoolean(key + ".highlight");
			boolean text = prefs.getBoolean(key + ".text");
			String style = text ? prefs.getString(key + ".style") : "NONE";
			RGB rgb = PreferenceConverter.getColor(prefs, key + ".color");
			return new Style(fill || text, fill, SpanStrategies.forStyle(style == null || style.isEmpty() ? "BOX" : style), rgb);
		});
	}

	private Color color(RGB rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(c));
	}

	void redraw() {
		StyledText text = viewer.getTextWidget();
		if (text != null && !text.isDisposed()) {
			text.redraw();
		}
	}

	@Override
	public void dispose() {
		active = false;
		if (tagFont != null) {
			tagFont.dispose();
		}
		prefs.removePropertyChangeListener(prefListener);
		StyledText text = viewer.getTextWidget();
		if (text != null && !text.isDisposed()) {
			text.removePaintListener(this);
		}
		colors.values().forEach(Color::dispose);
		colors.clear();
	}

	@Override
	public void paint(int reason) {
		if (reason == IPainter.INTERNAL || reason == IPainter.CONFIGURATION) {
			redraw();
		}
	}

	@Override
	public void deactivate(boolean redraw) {
		// stays active for the editor's lifetime
	}

	@Override
	public void setPositionManager(IPaintPositionManager manager) {
		// positions live in the annotation model
	}

	/** The annotation-under-review marker, which remembers what it marks. */
	static final class CurrentMark extends Annotation {
		private final Reviewable reviewable;

		CurrentMark(Reviewable r) {
			super(ReviewAnnotation.CURRENT, false, null);
			this.reviewable = r;
		}

		Reviewable reviewable() {
			return reviewable;
		}

		@Override
		public String getText() {
			return ReviewAnnotation.describe(reviewable);
		}
	}
}
