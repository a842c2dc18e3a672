package org.assay.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.assay.core.CorpusException;
import org.assay.core.CorpusRule;
import org.assay.core.conflicts.ClaimGroup;
import org.assay.core.conflicts.ClaimRef;
import org.assay.core.conflicts.ConflictOperation;
import org.assay.core.corpus.Corpus;
import org.assay.ui.editor.AssayEditor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Where the sources disagree: claims grouped by what they are about, every source listed with
 * its figure or polarity, conflicts flagged. Double-click opens the claim in its article.
 */
public class ConflictsView extends ViewPart {

	public static final String ID = "org.assay.ui.views.conflicts";

	/** A claim row under its group. */
	record Row(ClaimGroup group, int index) {
		ClaimRef claim() {
			return group.claims().get(index);
		}

		boolean conflicting() {
			return group.conflicts().stream().anyMatch(p -> p.involves(index));
		}
	}

	private TreeViewer viewer;
	private IntervalChart chart;
	private SashForm sash;
	private Path corpus;
	private List<ClaimGroup> groups = List.of();

	@Override
	public void createPartControl(Composite parent) {
		sash = new SashForm(parent, SWT.HORIZONTAL); // the bottom folder is wide and short
		viewer = new TreeViewer(sash, SWT.FULL_SELECTION | SWT.BORDER);
		chart = new IntervalChart(sash);
		sash.setWeights(60, 40);
		viewer.addSelectionChangedListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			chart.show(first instanceof ClaimGroup g ? g : first instanceof Row r ? r.group() : null);
		});
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return groups.toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				if (parent instanceof ClaimGroup g) {
					Row[] rows = new Row[g.claims().size()];
					for (int i = 0; i < rows.length; i++) {
						rows[i] = new Row(g, i);
					}
					return rows;
				}
				return new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof Row r ? r.group() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof ClaimGroup;
			}
		});
		column("What / where", 230, o -> o instanceof ClaimGroup g ? (g.isConflict() ? "\u26A0 " : "") + g.subject()
				: (((Row) o).index() + 1) + ". " + ((Row) o).claim().documentId() + " @" + ((Row) o).claim().begin());
		column("Value", 110, o -> o instanceof ClaimGroup g ? (g.isConflict() ? "CONFLICT" : "consistent")
				: value((Row) o));
		column("Factuality", 90, o -> o instanceof Row r ? r.claim().factuality() : "");
		column("Source", 140, o -> o instanceof Row r ? (r.claim().source().isEmpty() ? "(unattributed)" : r.claim().source())
				: o instanceof ClaimGroup g ? g.claims().size() + " claims" : "");
		column("Contradicts", 280, o -> o instanceof Row r ? contradicts(r) : o instanceof ClaimGroup g ? pairs(g) : "");
		column("Content", 420, o -> o instanceof Row r ? r.claim().content().replace('\n', ' ') : "");
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof Row r && corpus != null) {
				try {
					CorpusViews.open(getSite().getPage(), corpus, r.claim().documentId(), r.claim().begin(), r.claim().end());
				} catch (PartInitException ex) {
					StatusManager.getManager().handle(ex.getStatus(),
							StatusManager.SHOW);
				}
			}
		});
		Action refresh = new Action("Find Conflicts") {
			@Override
			public void run() {
				Path root = CorpusViews.focusedCorpus(getSite().getPage());
				if (root == null) {
					setContentDescription("Open a corpus document or select a corpus folder first");
					return;
				}
				computeInBackground(root);
			}
		};
		refresh.setToolTipText("Find conflicts in the corpus of the active editor or selection");
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		viewer.setInput(this);
		Path root = CorpusViews.focusedCorpus(getSite().getPage());
		if (root != null) {
			computeInBackground(root);
		} else {
			setContentDescription("Open a corpus document, then Find Conflicts");
		}
	}

	/** Which members a claim contradicts and why: "2 (Rights groups): the figures do not overlap". */
	static String contradicts(Row r) {
		StringBuilder sb = new StringBuilder();
		for (ClaimGroup.Conflict p : r.group().conflicts()) {
			if (p.involves(r.index())) {
				int other = p.first() == r.index() ? p.second() : p.first();
				String source = r.group().claims().get(other).source();
				sb.append(sb.length() == 0 ? "" : "; ").append(other + 1).append(" (").append(source.isEmpty() ? "unattributed" : source)
						.append("): ").append(p.reason().describe());
			}
		}
		return sb.toString();
	}

	/** The contradicting pairs of a group: "1–2, 1–3: the figures do not overlap". */
	static String pairs(ClaimGroup g) {
		Map<ClaimGroup.Reason, List<String>> byReason = new EnumMap<>(ClaimGroup.Reason.class);
		for (ClaimGroup.Conflict p : g.conflicts()) {
			byReason.computeIfAbsent(p.reason(), k -> new ArrayList<>()).add((p.first() + 1) + "–" + (p.second() + 1));
		}
		StringBuilder sb = new StringBuilder();
		byReason.forEach((reason, list) -> sb.append(sb.length() == 0 ? "" : "; ").append(String.join(", ", list)).append(": ")
				.append(reason.describe()));
		return sb.toString();
	}

	private static String value(Row r) {
		ClaimRef c = r.claim();
		String v = r.group().kind() == ClaimGroup.Kind.COUNT ? c.interval("\u221E") : c.factuality().toLowerCase(Locale.ROOT);
		return (r.conflicting() ? "\u2716 " : "") + v;
	}

	private void column(String title, int width, Function<Object, String> text) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof ClaimGroup g && g.isConflict()
						? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
						: null;
			}
		});
	}

	private void computeInBackground(Path root) {
		Job job = new Job("Finding conflicts in " + root.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					List<ClaimGroup> found = compute(root, monitor);
					viewer.getControl().getDisplay().asyncExec(() -> show(root, found));
					return Status.OK_STATUS;
				} catch (CorpusException e) {
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.setUser(false);
		job.setRule(CorpusRule.of(root)); // as ConflictOperation names it
		job.schedule();
	}

	/** Finds the groups of a corpus (off the UI thread). */
	public static List<ClaimGroup> compute(Path root, IProgressMonitor monitor) throws CorpusException {
		return new ConflictOperation(Corpus.open(root)).execute(monitor).groups();
	}

	/** Shows groups found in a corpus. */
	public void show(Path root, List<ClaimGroup> found) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		corpus = root;
		groups = found;
		viewer.refresh();
		viewer.expandAll();
		ClaimGroup first = found.stream().filter(ClaimGroup::isConflict).findFirst().orElse(found.isEmpty() ? null : found.get(0));
		if (first != null) {
			viewer.setSelection(new StructuredSelection(first), true);
		} else {
			chart.show(null);
		}
		long conflicts = found.stream().filter(ClaimGroup::isConflict).count();
		setContentDescription(root.getFileName() + ": " + found.size() + " groups, " + conflicts + " with conflicting sources");
	}

	/** Opens the claim of group {@code g}, row {@code i}, as a double-click does. */
	public AssayEditor open(int g, int i) throws PartInitException {
		ClaimRef c = groups.get(g).claims().get(i);
		return CorpusViews.open(getSite().getPage(), corpus, c.documentId(), c.begin(), c.end());
	}

	/** The bars the chart draws now (for tests). */
	public List<String> chartBars() {
		return chart.bars().stream().map(b -> b.label() + " " + b.from() + ".." + b.to() + (b.openLeft() ? " <-" : "")
				+ (b.openRight() ? " ->" : "") + (b.conflicting() ? " conflicting" : "")).toList();
	}

	/** The texts of the rows of group {@code g}: number and place, value, factuality, source, contradicts. */
	public List<String> contradictions(int g) {
		ClaimGroup group = groups.get(g);
		List<String> list = new ArrayList<>();
		for (int i = 0; i < group.claims().size(); i++) {
			list.add(contradicts(new Row(group, i)));
		}
		return list;
	}

	public List<ClaimGroup> groups() {
		return groups;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
