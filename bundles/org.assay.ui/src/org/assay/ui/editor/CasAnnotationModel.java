package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.assay.core.review.DetachedTokens;
import org.assay.type.Claim;
import org.assay.type.Reviewable;
import org.assay.types.ReviewStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;

/**
 * Bridges a layer's CAS (the source of truth) to the text editor's annotation model. Loads and
 * updates go through {@link #replaceAnnotations} in one batch, in text order, so opening a
 * document with tens of thousands of annotations costs one model event, not one per annotation.
 */
public final class CasAnnotationModel extends AnnotationModel {

	/** Told when the layer changed (edits, undo, reload). */
	public interface Listener {
		/** @param affected the annotations that changed, or empty when everything may have */
		void layerChanged(CasAnnotationModel model, Collection<? extends Reviewable> affected);
	}

	private JCas jcas;
	private Map<Reviewable, ReviewAnnotation> shown = new IdentityHashMap<>();
	private final List<Annotation> currentMarks = new ArrayList<>();
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private boolean showRejected;
	private boolean dirty;

	public JCas jcas() {
		return jcas;
	}

	private DetachedTokens tokens;

	/** The layer's tokens, kept outside the CAS while it is open (see {@link DetachedTokens}). */
	public DetachedTokens tokens() {
		return tokens;
	}

	/** A layer shown before the model was connected to its document: added once it is. */
	private Layer pending;
	private boolean loading;
	private IStatus failure;

	/**
	 * A layer read and made ready to show off the UI thread: its tokens taken out of the CAS and
	 * the editor annotations of what is visible built, so that showing it costs only adding them.
	 */
	public static final class Layer {
		final JCas jcas;
		final DetachedTokens tokens;
		final boolean showRejected;
		final Map<Reviewable, ReviewAnnotation> shown;
		final Map<Annotation, Position> annotations;

		private Layer(JCas jcas, DetachedTokens tokens, boolean showRejected) {
			this.jcas = jcas;
			this.tokens = tokens;
			this.showRejected = showRejected;
			int n = jcas.getAnnotationIndex(Reviewable.type).size();
			this.shown = new IdentityHashMap<>(n);
			this.annotations = new LinkedHashMap<>(n * 4 / 3 + 1);
			collect(jcas, showRejected, shown, annotations);
		}
	}

	/** Makes {@code cas} ready to show (on any thread: the CAS is not shown anywhere yet). */
	public static Layer prepare(JCas cas, boolean showRejected) {
		return new Layer(cas, DetachedTokens.detach(cas), showRejected);
	}

	/** As {@link #prepare(JCas, boolean)} for a CAS whose tokens were read apart from it. */
	public static Layer prepare(JCas cas, DetachedTokens tokens, boolean showRejected) {
		return new Layer(cas, tokens, showRejected);
	}

	/** Shows a (new) CAS: every visible reviewable annotation, in one batch. */
	public void setCas(JCas cas) {
		show(prepare(cas, showRejected));
	}

	/**
	 * Shows a prepared layer in one batch. Before the model is connected to its document the
	 * load waits for {@link #connected()}, because connecting adds all positions in hash order,
	 * which costs quadratic time on large documents.
	 */
	public void show(Layer layer) {
		this.tokens = layer.tokens;
		this.jcas = layer.jcas;
		this.loading = false;
		this.failure = null;
		if (fDocument == null) {
			pending = layer;
		} else {
			install(layer);
		}
		dirty = false;
		fireLayerChanged();
	}

	/** Adds a prepared layer's annotations; rebuilt only if it was prepared for the other rejected setting. */
	private void install(Layer layer) {
		if (layer.showRejected == showRejected) {
			replace(layer.shown, layer.annotations);
		} else {
			rebuild();
		}
	}

	/**
	 * The layer is being read in the background: until {@link #show} or {@link #failed} the
	 * model has no CAS and shows nothing.
	 */
	public void loading() {
		replace(new IdentityHashMap<>(), Map.of());
		jcas = null;
		tokens = null;
		loading = true;
		failure = null;
		dirty = false;
		fireLayerChanged();
	}

	/** The background read of the layer failed: the model stays empty and says why. */
	public void failed(IStatus why) {
		loading = false;
		failure = why;
		fireLayerChanged();
	}

	/** Whether the layer is still being read (there is no CAS yet). */
	public boolean isLoading() {
		return loading;
	}

	/** Why the layer could not be read, or null. */
	public IStatus failure() {
		return failure;
	}

	@Override
	protected void connected() {
		super.connected();
		if (pending != null) {
			Layer layer = pending;
			pending = null;
			install(layer);
		}
	}

	private void rebuild() {
		Map<Reviewable, ReviewAnnotation> now = new IdentityHashMap<>();
		Map<Annotation, Position> added = new LinkedHashMap<>();
		if (jcas != null) {
			collect(jcas, showRejected, now, added);
		}
		replace(now, added);
	}

	/** The editor annotations of the visible reviewables of {@code cas}, in text order. */
	private static void collect(JCas cas, boolean showRejected, Map<Reviewable, ReviewAnnotation> shown,
			Map<Annotation, Position> annotations) {
		for (Reviewable r : cas.select(Reviewable.class)) {
			if (isVisible(r, showRejected) && !shown.containsKey(r)) {
				ReviewAnnotation a = new ReviewAnnotation(r);
				annotations.put(a, new Position(r.getBegin(), r.getEnd() - r.getBegin()));
				shown.put(r, a);
			}
		}
	}

	/** Shows {@code added} instead of what was shown; {@code now} (mutable) becomes the map of what is shown. */
	private void replace(Map<Reviewable, ReviewAnnotation> now, Map<Annotation, Position> added) {
		Annotation[] old = shown.values().toArray(new Annotation[0]);
		shown = now;
		replaceAnnotations(old, added);
	}

	/** Re-reads the given CAS annotations (changed, added or removed) in one batch. */
	public void refresh(Collection<? extends Reviewable> touched) {
		List<Annotation> removed = new ArrayList<>();
		Map<Annotation, Position> added = new LinkedHashMap<>();
		for (Reviewable r : touched) {
			if (r == null) {
				continue;
			}
			ReviewAnnotation old = shown.remove(r);
			if (old != null) {
				removed.add(old);
			}
			if (isIndexed(r) && isVisible(r)) {
				ReviewAnnotation a = new ReviewAnnotation(r);
				added.put(a, new Position(r.getBegin(), r.getEnd() - r.getBegin()));
				shown.put(r, a);
			}
		}
		replaceAnnotations(removed.toArray(new Annotation[0]), added);
		dirty = true;
		fireLayerChanged(touched);
	}

	/** Whether {@code r} itself (not just an equal span) is in the CAS indexes. */
	public boolean isIndexed(Reviewable r) {
		if (jcas == null) {
			return false;
		}
		for (Reviewable each : jcas.select(Reviewable.class).at(r.getBegin(), r.getEnd())) {
			if (each == r) {
				return true;
			}
		}
		return false;
	}

	private boolean isVisible(Reviewable r) {
		return isVisible(r, showRejected);
	}

	private static boolean isVisible(Reviewable r, boolean showRejected) {
		return showRejected || ReviewStatus.parse(r.getStatus()) != ReviewStatus.REJECTED;
	}

	public boolean isShowRejected() {
		return showRejected;
	}

	public void setShowRejected(boolean show) {
		if (show != showRejected) {
			showRejected = show;
			if (pending == null) { // a pending layer is added for the new setting once connected
				rebuild();
			}
			fireLayerChanged();
		}
	}

	/** Marks the annotation under review (and, for a claim, its source and cue) with a strong box. */
	public void setCurrent(Reviewable current) {
		Map<Annotation, Position> marks = new LinkedHashMap<>();
		if (current != null) {
			mark(marks, current);
			if (current instanceof Claim c) {
				mark(marks, c.getSource());
				mark(marks, c.getCue());
			}
		}
		if (marks.keySet().equals(Set.copyOf(currentMarks)) && marks.isEmpty()) {
			return;
		}
		replaceAnnotations(currentMarks.toArray(new Annotation[0]), marks);
		currentMarks.clear();
		currentMarks.addAll(marks.keySet());
	}

	private static void mark(Map<Annotation, Position> marks, Reviewable r) {
		if (r != null) {
			marks.put(new VisibleAnnotationPainter.CurrentMark(r), new Position(r.getBegin(), r.getEnd() - r.getBegin()));
		}
	}

	/** The editor annotation showing {@code r}, or null if hidden. */
	public ReviewAnnotation shown(Reviewable r) {
		return shown.get(r);
	}

	public int shownCount() {
		return shown.size();
	}

	public boolean isDirty() {
		return dirty;
	}

	public void setDirty(boolean dirty) {
		if (this.dirty != dirty) {
			this.dirty = dirty;
			fireLayerChanged();
		}
	}

	public void addListener(Listener l) {
		listeners.add(l);
	}

	public void removeListener(Listener l) {
		listeners.remove(l);
	}

	private void fireLayerChanged() {
		fireLayerChanged(List.of());
	}

	private void fireLayerChanged(Collection<? extends Reviewable> affected) {
		for (Listener l : listeners) {
			l.layerChanged(this, affected);
		}
	}
}
