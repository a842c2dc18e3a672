package org.assay.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.engines.recommend.RecommenderState;
import org.assay.engines.recommend.RecommenderTrainingStore;
import org.assay.ui.recommend.Recommending;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The focused corpus's recommenders: each one, whether it suggests and why, its last training
 * (when, on how many documents and entities, how long), its per-label scores on the held-back
 * documents, and its learning curve (F1 against the number of entities learnt from) drawn as a
 * chart. Follows the active editor's corpus and every retraining; Retrain Now retrains at once.
 */
public class RecommendersView extends ViewPart {

	public static final String ID = "org.assay.ui.views.recommenders";

	private Table recommenders;
	private Table scores;
	private Canvas chart;
	private Path root;
	/** The plug-in's recommenders, which the workbench offers as a service. */
	private Recommending recommending;
	private RecommenderState state = new RecommenderState();
	private final Consumer<Path> onTrained = trained -> {
		if (trained.equals(root)) {
			refresh();
		}
	};

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			Path focused = CorpusViews.focusedCorpus(getSite().getPage());
			if (focused != null && !focused.equals(root)) {
				show(focused);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
		SashForm tables = new SashForm(sides, SWT.VERTICAL);
		recommenders = table(tables, "Recommender", 110, "Suggests", 70, "Why", 260, "Trained", 150, "Documents", 80, "Entities", 70,
				"Seconds", 70, "F1", 60);
		recommenders.addListener(SWT.Selection, e -> showSelected());
		scores = table(tables, "Label", 140, "Precision", 80, "Recall", 80, "F1", 70, "Entities", 70);
		chart = new Canvas(sides, SWT.BORDER | SWT.DOUBLE_BUFFERED);
		chart.addPaintListener(e -> paintCurve(e.gc, chart.getClientArea()));
		sides.setWeights(3, 2);
		getViewSite().getActionBars().getToolBarManager().add(new Action("Retrain Now") {
			@Override
			public void run() {
				if (root != null) {
					recommending.retrain(root);
				}
			}
		});
		recommending = getSite().getService(Recommending.class);
		recommending.addTrainedListener(onTrained);
		getSite().getPage().addPartListener(partListener);
		Path focused = CorpusViews.focusedCorpus(getSite().getPage());
		if (focused != null) {
			show(focused);
		} else {
			setContentDescription("Open a corpus document to see its recommenders");
		}
	}

	private static Table table(Composite parent, Object... columns) {
		Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (int i = 0; i < columns.length; i += 2) {
			TableColumn c = new TableColumn(t, SWT.NONE);
			c.setText((String) columns[i]);
			c.setWidth((Integer) columns[i + 1]);
		}
		return t;
	}

	/** Shows the recommenders of the corpus at {@code corpus}. */
	public void show(Path corpus) {
		this.root = corpus;
		refresh();
	}

	/** Reads the corpus's recommender state again and redraws. */
	public void refresh() {
		if (recommenders.isDisposed() || root == null) {
			return;
		}
		try {
			state = RecommenderTrainingStore.readState(Corpus.open(root));
		} catch (CorpusException e) {
			state = new RecommenderState();
			setContentDescription(e.problem());
			return;
		}
		recommenders.removeAll();
		for (Map.Entry<String, RecommenderState.Entry> e : state.recommenders.entrySet()) {
			RecommenderState.Entry r = e.getValue();
			RecommenderState.Score all = r.scores.get("all");
			new TableItem(recommenders, SWT.NONE).setText(new String[] { e.getKey(), r.active ? "yes" : "no", r.reason,
					r.trainedAt == null ? "" : r.trainedAt.replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"), Integer.toString(r.documents),
					Integer.toString(r.spans), String.format(Locale.ROOT, "%.2f", r.seconds), all == null ? "n/a" : fmt(all.f1) });
		}
		setContentDescription(state.recommenders.isEmpty()
				? root.getFileName() + ": not trained yet (Retrain Now, or decide on some suggestions)"
				: root.getFileName() + ": " + state.recommenders.size() + " recommender(s)");
		if (recommenders.getItemCount() > 0 && recommenders.getSelectionIndex() < 0) {
			recommenders.setSelection(0);
		}
		showSelected();
	}

	private RecommenderState.Entry selected() {
		int i = recommenders.getSelectionIndex();
		return i < 0 ? null : state.recommenders.get(recommenders.getItem(i).getText(0));
	}

	private void showSelected() {
		scores.removeAll();
		RecommenderState.Entry r = selected();
		if (r != null) {
			for (Map.Entry<String, RecommenderState.Score> s : r.scores.entrySet()) {
				RecommenderState.Score v = s.getValue();
				new TableItem(scores, SWT.NONE).setText(new String[] { s.getKey(), fmt(v.precision), fmt(v.recall), fmt(v.f1),
						Integer.toString(v.truePositives + v.falseNegatives) });
			}
		}
		chart.redraw();
	}

	/** The learning curve of the selected recommender: F1 (0..1) against entities learnt from. */
	private void paintCurve(GC gc, Rectangle area) {
		RecommenderState.Entry r = selected();
		gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		int line = gc.getFontMetrics().getHeight();
		int left = area.x + 44;
		int bottom = area.y + area.height - 2 * line - 6;
		int top = area.y + line + 8;
		int right = area.x + area.width - 16;
		if (r == null || r.learningCurve.isEmpty()) {
			gc.drawText(r == null ? "No recommender selected" : "No learning curve yet: it needs five documents with decisions", area.x + 8,
					area.y + 8, true);
			return;
		}
		if (right - left < 40 || bottom - top < 20) {
			gc.drawText("Enlarge the view to see the learning curve", area.x + 8, area.y + 8, true);
			return;
		}
		gc.drawText("Learning curve: F1 on held-back documents", area.x + 8, area.y + 4, true);
		gc.drawLine(left, top, left, bottom);
		gc.drawLine(left, bottom, right, bottom);
		int maxSpans = 1;
		for (RecommenderState.CurvePoint p : r.learningCurve) {
			maxSpans = Math.max(maxSpans, p.spans);
		}
		for (double f = 0; f <= 1.0001; f += 0.5) {
			int y = bottom - (int) Math.round(f * (bottom - top));
			gc.drawLine(left - 4, y, left, y);
			String label = String.format(Locale.ROOT, "%.1f", f);
			Point size = gc.textExtent(label);
			gc.drawText(label, left - 8 - size.x, y - size.y / 2, true);
		}
		List<int[]> points = new ArrayList<>();
		for (RecommenderState.CurvePoint p : r.learningCurve) {
			int x = left + (int) Math.round((double) p.spans / maxSpans * (right - left));
			int y = bottom - (int) Math.round(p.f1 * (bottom - top));
			points.add(new int[] { x, y });
			String label = Integer.toString(p.spans);
			Point size = gc.textExtent(label);
			gc.drawText(label, x - size.x / 2, bottom + 4, true);
		}
		gc.setLineWidth(2);
		gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		for (int i = 1; i < points.size(); i++) {
			gc.drawLine(points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0], points.get(i)[1]);
		}
		gc.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		for (int[] p : points) {
			gc.fillOval(p[0] - 3, p[1] - 3, 7, 7);
		}
		gc.setLineWidth(1);
		gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawText("entities learnt from", right - gc.textExtent("entities learnt from").x, bottom + 4 + line, true);
	}

	/** What the recommender table shows, row by row (for tests). */
	public List<List<String>> rows() {
		return TableTexts.rows(recommenders);
	}

	private static String fmt(double v) {
		return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
	}

	@Override
	public void dispose() {
		recommending.removeTrainedListener(onTrained);
		getSite().getPage().removePartListener(partListener);
		super.dispose();
	}

	@Override
	public void setFocus() {
		recommenders.setFocus();
	}
}
