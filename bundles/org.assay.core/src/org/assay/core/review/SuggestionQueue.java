package org.assay.core.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.AssayTypeSystem;
import org.assay.types.ReviewStatus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The most informative open suggestions of a whole corpus, for one annotator: every SUGGESTED
 * entity and claim of their layers (the engine layer where they have none yet), the most
 * uncertain first ({@link ReviewNavigator#uncertainty}), where a decision teaches the recommenders
 * most. A suggestion decided is taken out; one skipped goes to the end, behind every suggestion
 * not skipped, in the order skipped. Not thread-safe.
 */
public final class SuggestionQueue {

	/**
	 * One open suggestion.
	 *
	 * @param documentId  the document
	 * @param begin       first character
	 * @param end         one past the last character
	 * @param claim       a claim (else an entity)
	 * @param label       the entity's label, or the claim's kind
	 * @param origin      who suggested it
	 * @param confidence  its confidence
	 * @param runnerUp    the model's second-best labelling, or null when it did not say
	 * @param uncertainty how undecided its engine was, in [0, 1]
	 * @param text        the text it covers (shortened)
	 */
	public record Item(String documentId, int begin, int end, boolean claim, String label, String origin, double confidence,
			String runnerUp, double uncertainty, String text) {

		/** Whether {@code r} is the annotation this item stands for. */
		public boolean matches(Reviewable r) {
			return r.getBegin() == begin && r.getEnd() == end && (r instanceof Claim) == claim
					&& label.equals(r instanceof Entity e ? e.getLabel() : ((Claim) r).getKind());
		}
	}

	private static final Comparator<Item> MOST_UNCERTAIN_FIRST = Comparator.comparingDouble((Item i) -> -i.uncertainty())
			.thenComparing(Item::documentId).thenComparingInt(Item::begin).thenComparingInt(Item::end);

	private final List<Item> waiting;
	private final List<Item> skipped = new ArrayList<>();

	private SuggestionQueue(List<Item> items) {
		this.waiting = new ArrayList<>(items);
		this.waiting.sort(MOST_UNCERTAIN_FIRST);
	}

	/**
	 * The queue of {@code annotator} in {@code corpus}; {@code open} gives the open suggestions of
	 * layers open in an editor (document id → {@link #items(String, JCas)}, taken where the CAS
	 * lives), used instead of their files so unsaved decisions count.
	 */
	public static SuggestionQueue build(Corpus corpus, String annotator, Map<String, List<Item>> open, IProgressMonitor monitor)
			throws CorpusException {
		List<String> ids = corpus.documentIds();
		SubMonitor progress = SubMonitor.convert(monitor, "Finding the most informative suggestions", ids.size());
		List<Item> items = new ArrayList<>();
		JCas disk = AssayTypeSystem.newJCas();
		for (String id : ids) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (open.containsKey(id)) {
				items.addAll(open.get(id));
			} else {
				List<String> layers = corpus.layers(id);
				String layer = layers.contains(annotator) ? annotator : layers.contains(Corpus.ENGINE_LAYER) ? Corpus.ENGINE_LAYER : null;
				if (layer != null) {
					disk.reset();
					corpus.readLayer(id, layer, disk);
					items.addAll(items(id, disk));
				}
			}
			progress.split(1);
		}
		return new SuggestionQueue(items);
	}

	/** The open (SUGGESTED) entities and claims of one layer, as items. */
	public static List<Item> items(String documentId, JCas jcas) {
		List<Item> items = new ArrayList<>();
		for (Reviewable r : ReviewNavigator.reviewables(jcas)) {
			if (ReviewStatus.parse(r.getStatus()) == ReviewStatus.SUGGESTED) {
				items.add(item(documentId, r));
			}
		}
		return items;
	}

	/** A queue of {@code items} (most uncertain first). */
	public static SuggestionQueue of(List<Item> items) {
		return new SuggestionQueue(items);
	}

	/** The item of suggestion {@code r} of document {@code documentId}. */
	public static Item item(String documentId, Reviewable r) {
		String covered = r.getCoveredText().replaceAll("\\s+", " ");
		if (covered.length() > 80) {
			covered = covered.substring(0, 77) + "...";
		}
		boolean claim = r instanceof Claim;
		String label = r instanceof Entity e ? e.getLabel() : ((Claim) r).getKind();
		return new Item(documentId, r.getBegin(), r.getEnd(), claim, label == null ? "" : label, r.getOrigin(), r.getConfidence(),
				r.getRunnerUp(), ReviewNavigator.uncertainty(r), covered);
	}

	/** The suggestion to review now, if any is left. */
	public Optional<Item> head() {
		return !waiting.isEmpty() ? Optional.of(waiting.get(0)) : skipped.isEmpty() ? Optional.empty() : Optional.of(skipped.get(0));
	}

	/** Every suggestion left, in the order they come: the waiting ones, then the skipped. */
	public List<Item> items() {
		List<Item> all = new ArrayList<>(waiting);
		all.addAll(skipped);
		return all;
	}

	/** How many are left. */
	public int size() {
		return waiting.size() + skipped.size();
	}

	/** How many of those left were skipped. */
	public int skippedCount() {
		return skipped.size();
	}

	/** Puts {@code item} behind everything else (it comes back after the suggestions not skipped). */
	public void skip(Item item) {
		if (waiting.remove(item) || skipped.remove(item)) {
			skipped.add(item);
		}
	}

	/** Takes out {@code item}: it was accepted, rejected or corrected. */
	public void decided(Item item) {
		if (!waiting.remove(item)) {
			skipped.remove(item);
		}
	}
}
