package org.assay.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;

/**
 * An annotator's review of one open layer, without any UI: which annotation is under review,
 * moving between suggestions, and the commands that turn a key press into a {@link CasEdit}. The
 * editor supplies a {@link View} (caret, selection, running edits through its undo history,
 * showing an annotation, saying something) and keeps only the SWT glue.
 */
public final class ReviewSession {

	/** What the session needs from the editor that shows the layer. */
	public interface View {
		/** The caret offset in the text. */
		int caret();

		/** The selected text range (empty at the caret when nothing is selected). */
		Span selection();

		/**
		 * Applies an edit through the undo history, then makes {@code next} current if it is still
		 * in the layer (else nothing is current).
		 */
		void run(CasEdit edit, Reviewable next);

		/** Makes {@code r} the annotation under review and scrolls to it. */
		void show(Reviewable r);

		/** Tells the annotator why a command did nothing ("a one-token span cannot shrink"). */
		void tell(String message);
	}

	private final View view;
	private final Supplier<JCas> layer;
	private final Supplier<String> annotator;
	private final Supplier<TokenSpans> tokens;
	private final List<String> tagset;
	private Reviewable current;
	private String lastLabel;
	private Claim lastClaim;
	private boolean uncertainFirst;

	/**
	 * @param view      the editor
	 * @param layer     the open layer (it may be replaced when the editor reloads)
	 * @param annotator whose layer it is
	 * @param tokens    token boundaries for snapping and resizing
	 * @param tagset    the corpus's labels, in key order
	 */
	public ReviewSession(View view, Supplier<JCas> layer, Supplier<String> annotator, Supplier<TokenSpans> tokens,
			List<String> tagset) {
		this.view = view;
		this.layer = layer;
		this.annotator = annotator;
		this.tokens = tokens;
		this.tagset = List.copyOf(tagset);
		this.lastLabel = tagset.isEmpty() ? "PERSON" : tagset.get(0);
	}

	/** The corpus's labels, in key order. */
	public List<String> tagset() {
		return tagset;
	}

	/** The annotation under review, if any. */
	public Reviewable current() {
		return current;
	}

	/** Records what is under review (the editor calls this for caret moves and reveals). */
	public void setCurrent(Reviewable r) {
		current = r;
		if (r instanceof Claim c) {
			lastClaim = c;
		}
	}

	/** The label a new entity gets with {@code E}: the last one chosen with a number key or the menu. */
	public String lastLabel() {
		return lastLabel;
	}

	private JCas jcas() {
		return layer.get();
	}

	private Review review() {
		return new Review(jcas(), annotator.get());
	}

	/** Whether review goes most-uncertain-first rather than in text order. */
	public boolean isUncertainFirst() {
		return uncertainFirst;
	}

	/** Switches between text order and most-uncertain-first. */
	public void toggleOrder() {
		uncertainFirst = !uncertainFirst;
	}

	/** Goes to the next suggestion still to review (wrapping around). */
	public void nextSuggestion() {
		next(current, view.caret(), true).ifPresent(view::show);
	}

	/** Goes to the previous suggestion still to review (wrapping around). */
	public void previousSuggestion() {
		next(current, view.caret(), false).ifPresent(view::show);
	}

	/** The suggestion after {@code from} in the review order. */
	private Optional<Reviewable> next(Reviewable from, int offset, boolean forward) {
		if (uncertainFirst) {
			return ReviewNavigator.nextUncertain(jcas(), from, forward);
		}
		return forward ? ReviewNavigator.nextSuggestion(jcas(), from, offset) : ReviewNavigator.previousSuggestion(jcas(), from, offset);
	}

	/** Accepts the current annotation; with {@code advance}, goes on to the next suggestion. */
	public void accept(boolean advance) {
		if (current == null) {
			view.tell("Nothing to accept: no annotation is under review");
			return;
		}
		Reviewable done = current;
		view.run(review().accept(done), done);
		if (advance) {
			next(done, view.caret(), true).ifPresent(view::show);
		}
	}

	/**
	 * Rejects the current annotation (it stays in the layer, hidden unless rejected ones are
	 * shown); with {@code advance}, goes on to the next suggestion.
	 */
	public void reject(boolean advance, boolean rejectedShown) {
		if (current == null) {
			view.tell("Nothing to reject: no annotation is under review");
			return;
		}
		Reviewable done = current;
		view.run(review().reject(done), rejectedShown ? done : null);
		if (advance) {
			next(done, done.getEnd(), true).ifPresent(view::show);
		}
	}

	/** Relabels the current entity, or makes a new entity of the selection with this label. */
	public void label(String label) {
		Span selection = view.selection();
		boolean selectionBeyond = selection.length() > 0 && current != null
				&& (selection.begin() != current.getBegin() || selection.end() != current.getEnd());
		if (current instanceof Entity e && !selectionBeyond) {
			if (!label.equals(e.getLabel())) {
				view.run(remembering(review().relabel(e, label), label), e);
			} else {
				lastLabel = label;
			}
			return;
		}
		newEntity(label, true);
	}

	/**
	 * The edit, remembering {@code label} as the one {@code E} uses while it is applied: undoing a
	 * relabel gives {@code E} back the label it had before.
	 */
	private CasEdit remembering(CasEdit edit, String label) {
		String before = lastLabel;
		return new CasEdit() {
			@Override
			public String label() {
				return edit.label();
			}

			@Override
			public void apply() {
				edit.apply();
				lastLabel = label;
			}

			@Override
			public void undo() {
				edit.undo();
				lastLabel = before;
			}

			@Override
			public List<Reviewable> affected() {
				return edit.affected();
			}
		};
	}

	/** Label number {@code index} (1-based) of the tagset: keys 1..9. */
	public void labelByIndex(int index) {
		if (index >= 1 && index <= tagset.size()) {
			label(tagset.get(index - 1));
		} else {
			view.tell("The tagset has no label " + index);
		}
	}

	/** A new entity over the selection, snapped to whole tokens. */
	public void newEntity(String label) {
		newEntity(label, true);
	}

	private void newEntity(String label, boolean remember) {
		Optional<Span> span = selectedTokens();
		if (span.isEmpty()) {
			view.tell("Select the words of the new entity first");
			return;
		}
		CasEdit edit = review().createEntity(span.get().begin(), span.get().end(), label);
		view.run(remember ? remembering(edit, label) : edit, edit.affected().get(0));
	}

	/** A new entity with the last label used. */
	public void newEntity() {
		newEntity(lastLabel, false);
	}

	/** Grows or shrinks the current span by one token at its start or end. */
	public void resize(boolean atStart, boolean grow) {
		if (current == null) {
			view.tell("Nothing to resize: no annotation is under review");
			return;
		}
		TokenSpans t = tokens.get();
		Span span = grow ? t.grow(current.getBegin(), current.getEnd(), atStart) : t.shrink(current.getBegin(), current.getEnd(), atStart);
		if (span.begin() == current.getBegin() && span.end() == current.getEnd()) {
			view.tell(grow ? "The span already reaches the " + (atStart ? "start" : "end") + " of the text"
					: "A one-token span cannot shrink; delete it instead");
			return;
		}
		view.run(review().resize(current, span.begin(), span.end()), current);
	}

	/** Deletes the current annotation. */
	public void delete() {
		if (current != null) {
			view.run(review().delete(current), null);
		}
	}

	/** Steps through the annotations that overlap the caret (nested spans stay reachable). */
	public void cycleOverlap() {
		List<Reviewable> here = ReviewNavigator.at(jcas(), current != null ? current.getBegin() : view.caret());
		if (here.isEmpty()) {
			return;
		}
		int i = here.indexOf(current);
		view.show(here.get((i + 1) % here.size()));
	}

	/** A new claim whose content is the selection (snapped to tokens). */
	public void newClaim() {
		Optional<Span> span = selectedTokens();
		if (span.isEmpty()) {
			view.tell("Select the content of the new claim first");
			return;
		}
		CasEdit edit = review().createClaim(span.get().begin(), span.get().end());
		view.run(edit, edit.affected().get(0));
	}

	/** Sets the current (or last touched) claim's source, or cue, to the selection. */
	public void setClaimPart(boolean source) {
		Claim claim = currentClaim();
		if (claim == null) {
			claim = lastClaim;
		}
		if (claim == null) {
			view.tell("Select a claim first (C makes one from the selection)");
			return;
		}
		Claim target = claim;
		Optional<Span> span = selectedTokens();
		if (span.isEmpty()) {
			view.tell("Select the words of the " + (source ? "source" : "cue") + " first");
			return;
		}
		view.run(source ? review().setSource(target, span.get().begin(), span.get().end())
				: review().setCue(target, span.get().begin(), span.get().end()), target);
	}

	/** Moves the current claim's kind forward or back. */
	public void cycleKind(boolean forward) {
		Claim c = currentClaim();
		if (c != null) {
			view.run(review().cycleKind(c, forward), c);
		}
	}

	/** Moves the current claim's factuality forward or back. */
	public void cycleFactuality(boolean forward) {
		Claim c = currentClaim();
		if (c != null) {
			view.run(review().cycleFactuality(c, forward), c);
		}
	}

	/** Accepts or rejects several annotations as one undoable step. */
	public void decideAll(List<Reviewable> list, boolean accept) {
		if (list.isEmpty()) {
			return;
		}
		Review review = review();
		List<CasEdit> edits = new ArrayList<>();
		for (Reviewable r : list) {
			edits.add(accept ? review.accept(r) : review.reject(r));
		}
		view.run(Review.together((accept ? "Accept " : "Reject ") + list.size() + " annotations", edits), current);
	}

	/**
	 * Adds engine suggestions the layer lacks, as one undoable step, keeping the place.
	 *
	 * @return how many annotations were added (nothing is run when there are none)
	 */
	public int mergeSuggestions(JCas engineOutput) {
		CasEdit edit = review().mergeSuggestions(engineOutput);
		int added = edit.affected().size();
		if (added > 0) {
			view.run(edit, current);
		}
		return added;
	}

	private Claim currentClaim() {
		if (current instanceof Claim c) {
			return c;
		}
		for (Reviewable r : ReviewNavigator.at(jcas(), current != null ? current.getBegin() : view.caret())) {
			if (r instanceof Claim c) {
				return c;
			}
		}
		return null;
	}

	private Optional<Span> selectedTokens() {
		Span s = view.selection();
		return tokens.get().snap(s.begin(), s.end());
	}
}
