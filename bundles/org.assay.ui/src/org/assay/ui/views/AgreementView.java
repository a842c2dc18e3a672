package org.assay.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.agreement.AgreementFigures;
import org.assay.core.agreement.AgreementOperation;
import org.assay.core.corpus.Corpus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/**
 * Agreement between the annotators of the focused corpus: a matrix of Cohen's kappa for every
 * pair, and Fleiss' kappa, Krippendorff's alpha and unitizing alpha overall and per label.
 */
public class AgreementView extends ViewPart {

	public static final String ID = "org.assay.ui.views.agreement";

	private Table matrix;
	private Table labels;

	@Override
	public void createPartControl(Composite parent) {
		// side by side: stacked, the two tables each got half of the short bottom folder and the
		// pair matrix could only be read with the view maximised
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		left.setLayout(new GridLayout(1, false));
		Composite right = new Composite(sash, SWT.NONE);
		right.setLayout(new GridLayout(1, false));
		sash.setWeights(45, 55);
		new Label(left, SWT.NONE).setText("Cohen's kappa between annotators (token labels):");
		matrix = new Table(left, SWT.BORDER | SWT.FULL_SELECTION);
		matrix.setHeaderVisible(true);
		matrix.setLinesVisible(true);
		matrix.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(right, SWT.NONE).setText("Per label (that label against the rest):");
		labels = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
		labels.setHeaderVisible(true);
		labels.setLinesVisible(true);
		labels.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String title : new String[] { "Label", "Fleiss' kappa", "Krippendorff's alpha", "Unitizing alpha" }) {
			TableColumn c = new TableColumn(labels, SWT.NONE);
			c.setText(title);
			c.setWidth(130);
		}
		Action compute = new Action("Compute Agreement") {
			@Override
			public void run() {
				Path root = CorpusViews.focusedCorpus(getSite().getPage());
				if (root == null) {
					setContentDescription("Open a corpus document or select a corpus folder first");
				} else {
					computeInBackground(root);
				}
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(compute);
		Path root = CorpusViews.focusedCorpus(getSite().getPage());
		if (root != null) {
			computeInBackground(root);
		} else {
			setContentDescription("Open a corpus document, then Compute Agreement");
		}
	}

	/** The computation running or last run; a new one cancels it. */
	private Job running;
	/** What the tables show: the last result, kept while a new one is computed. */
	private String shown;

	/**
	 * Computes the agreement of a corpus in a Job — with its progress in the view's tab and the
	 * Progress view — and shows it when done; until then the last result stays in view. A
	 * computation still running is cancelled. Returns the Job.
	 */
	public Job computeInBackground(Path root) {
		if (running != null) {
			running.cancel();
		}
		Job job = new Job("Computing agreement in " + root.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				long start = System.nanoTime();
				try {
					AgreementFigures figures = new AgreementOperation(Corpus.open(root)).execute(monitor).corpus();
					double seconds = (System.nanoTime() - start) / 1e9;
					inUi(() -> {
						if (running == this) { // a computation asked for later shows its own figures, never these
							show(figures, seconds);
						}
					});
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (CorpusException e) {
					inUi(() -> {
						if (running == this) {
							setContentDescription(e.problem());
						}
					});
					return Status.info(e.getMessage());
				}
			}
		};
		job.setUser(false);
		job.setRule(CorpusRule.of(root)); // as AgreementOperation names it
		running = job;
		setContentDescription("Computing agreement in " + root.getFileName() + "\u2026" + (shown == null ? "" : " (shown: the last result, " + shown + ")"));
		IWorkbenchSiteProgressService progress = getSite().getAdapter(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job, 0, true); // the view's tab shows it is busy; the view stays usable
		} else {
			job.schedule();
		}
		return job;
	}

	private void inUi(Runnable r) {
		if (!matrix.isDisposed()) {
			matrix.getDisplay().asyncExec(() -> {
				if (!matrix.isDisposed()) {
					r.run();
				}
			});
		}
	}

	/** What the pair matrix shows: the header row, then one row per annotator. */
	public List<List<String>> matrixCells() {
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		for (TableColumn c : matrix.getColumns()) {
			header.add(c.getText());
		}
		rows.add(header);
		rows.addAll(TableTexts.rows(matrix));
		return rows;
	}

	private void show(AgreementFigures f, double seconds) {
		if (matrix.isDisposed()) {
			return;
		}
		matrix.removeAll();
		for (TableColumn c : matrix.getColumns()) {
			c.dispose();
		}
		List<String> names = f.annotators();
		TableColumn corner = new TableColumn(matrix, SWT.NONE);
		corner.setWidth(120);
		for (String n : names) {
			TableColumn c = new TableColumn(matrix, SWT.NONE);
			c.setText(n);
			c.setWidth(100);
		}
		for (String row : names) {
			TableItem item = new TableItem(matrix, SWT.NONE);
			List<String> cells = new ArrayList<>();
			cells.add(row);
			for (String col : names) {
				cells.add(row.equals(col) ? "\u2014" : fmt(pair(f.cohen(), row, col)));
			}
			item.setText(cells.toArray(new String[0]));
		}
		for (TableColumn c : matrix.getColumns()) {
			c.pack(); // as wide as the names and figures, so several annotators fit
		}
		labels.removeAll();
		TableItem all = new TableItem(labels, SWT.NONE);
		all.setText(new String[] { "all labels", fmt(f.fleiss()), fmt(f.alpha()), fmt(f.unitizingAlpha()) });
		for (Map.Entry<String, AgreementFigures.LabelFigures> e : f.perLabel().entrySet()) {
			TableItem item = new TableItem(labels, SWT.NONE);
			AgreementFigures.LabelFigures l = e.getValue();
			item.setText(new String[] { e.getKey(), fmt(l.fleiss()), fmt(l.alpha()), fmt(l.unitizingAlpha()) });
		}
		shown = f.tokens() + " tokens, annotators " + String.join(", ", names);
		setContentDescription(shown + String.format(Locale.ROOT, " (computed in %.1f s)", seconds));
	}

	private static double pair(Map<String, Double> cohen, String a, String b) {
		Double v = cohen.get(a + "|" + b);
		return v != null ? v : cohen.getOrDefault(b + "|" + a, Double.NaN);
	}

	private static String fmt(double v) {
		return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
	}

	/** Whether every cell of the pair matrix is in view without scrolling (for tests). */
	public boolean matrixFits() {
		Rectangle area = matrix.getClientArea();
		int items = matrix.getItemCount();
		if (items == 0) {
			return true;
		}
		Rectangle last = matrix.getItem(items - 1).getBounds(matrix.getColumnCount() - 1);
		return last.y + last.height <= area.y + area.height && last.x + last.width <= area.x + area.width;
	}

	@Override
	public void setFocus() {
		matrix.setFocus();
	}
}
