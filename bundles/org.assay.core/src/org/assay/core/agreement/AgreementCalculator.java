package org.assay.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleSupplier;

import org.apache.uima.jcas.JCas;
import org.assay.core.FallbackTokens;
import org.assay.core.Span;
import org.assay.core.io.LayerCache;
import org.assay.type.Entity;
import org.assay.type.Token;
import org.assay.types.ReviewStatus;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Inter-annotator agreement on entities, with DKPro Agreement's definitions: every token is an
 * item coded with the label of the entity covering it ("O" if none) by each annotator, giving
 * Cohen's kappa per pair, Fleiss' kappa and Krippendorff's alpha (nominal) — computed from the
 * counts of distinct codings ({@link CodingCounts}), so a corpus of millions of tokens costs what
 * a few hundred rows cost; entity spans as units on the character continuum give Krippendorff's
 * unitizing alpha (DKPro's, with a linear expected disagreement: {@link SharedUnitizingAlpha}). An annotator's entities are those they decided
 * on: ACCEPTED, CORRECTED or MANUAL (suggestions they have not reviewed are not their coding).
 * Documents are added one by one; the corpus figures pool them.
 */
public final class AgreementCalculator {

	/** The label for tokens no entity covers. */
	public static final String OUTSIDE = "O";

	private final List<String> annotators;
	private final CodingCounts corpusItems;
	private final List<String[]> referenceItems = new ArrayList<>();
	private final List<long[]> corpusUnits = new ArrayList<>();
	private final List<String> corpusUnitLabels = new ArrayList<>();
	private final TreeSet<String> labels = new TreeSet<>();
	private long continuum;

	private final boolean dkproReference;

	/** Agreement between {@code annotators}, whose layers are added in this order. */
	public AgreementCalculator(List<String> annotators) {
		this(annotators, false);
	}

	/**
	 * As {@link #AgreementCalculator(List)}; with {@code dkproReference} every figure is computed by
	 * DKPro Agreement's own classes (a study object per token, the quadratic expected
	 * disagreement of the unitizing alpha) — the reference the agreement benchmark measures against.
	 */
	public AgreementCalculator(List<String> annotators, boolean dkproReference) {
		if (annotators.size() < 2) {
			throw new IllegalArgumentException("agreement needs at least two annotators, got " + annotators);
		}
		this.annotators = List.copyOf(annotators);
		this.dkproReference = dkproReference;
		this.corpusItems = new CodingCounts(annotators.size());
	}

	/**
	 * Adds one document: {@code layers} holds one CAS per annotator (same order, same text);
	 * {@code tokens} supplies token boundaries (usually the engine layer), or null for a fallback.
	 */
	public AgreementFigures addDocument(String documentId, List<JCas> layers, JCas tokens) {
		String text = layers.get(0).getDocumentText();
		return addDocument(documentId, layers, tokenSpans(tokens != null ? tokens : layers.get(0), text), text);
	}

	/**
	 * As {@link #addDocument(String, List, JCas)} with the engine layer's tokens given as arrays
	 * (as the binary form of a layer holds them), or null to take the first layer's.
	 */
	public AgreementFigures addDocumentWith(String documentId, List<JCas> layers, LayerCache.Tokens tokens) {
		String text = layers.get(0).getDocumentText();
		if (tokens == null) {
			return addDocument(documentId, layers, (JCas) null);
		}
		List<Span> spans = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			spans.add(new Span(tokens.begins()[i], tokens.ends()[i]));
		}
		return addDocument(documentId, layers, spans.isEmpty() ? FallbackTokens.of(text) : spans, text);
	}

	private AgreementFigures addDocument(String documentId, List<JCas> layers, List<Span> spans, String text) {
		List<String[]> items = new ArrayList<>();
		for (int k = 0; k < spans.size(); k++) {
			items.add(new String[annotators.size()]);
		}
		List<long[]> units = new ArrayList<>();
		List<String> unitLabels = new ArrayList<>();
		for (int r = 0; r < layers.size(); r++) {
			String[] coded = new String[spans.size()];
			Arrays.fill(coded, OUTSIDE);
			for (Entity e : layers.get(r).select(Entity.class)) {
				if (!ReviewStatus.parse(e.getStatus()).isGold()) {
					continue;
				}
				labels.add(e.getLabel());
				if (e.getEnd() > e.getBegin()) { // an empty span is no unit (and would stall the continuum walk)
					units.add(new long[] { e.getBegin(), e.getEnd() - e.getBegin(), r });
					unitLabels.add(e.getLabel());
				}
				// the tokens inside the entity: from the first starting at or after its begin
				int lo = 0;
				int hi = spans.size();
				while (lo < hi) {
					int mid = (lo + hi) >>> 1;
					if (spans.get(mid).begin() < e.getBegin()) {
						lo = mid + 1;
					} else {
						hi = mid;
					}
				}
				for (int i = lo; i < spans.size() && spans.get(i).begin() < e.getEnd(); i++) {
					if (spans.get(i).end() <= e.getEnd() && coded[i].equals(OUTSIDE)) {
						coded[i] = e.getLabel();
					}
				}
			}
			for (int i = 0; i < spans.size(); i++) {
				items.get(i)[r] = coded[i];
			}
		}
		CodingCounts counts = new CodingCounts(annotators.size());
		for (String[] item : items) {
			counts.add(item, 1);
		}
		corpusItems.addAll(counts);
		if (dkproReference) {
			referenceItems.addAll(items);
		}
		for (int u = 0; u < units.size(); u++) {
			long[] unit = units.get(u);
			corpusUnits.add(new long[] { unit[0] + continuum, unit[1], unit[2] });
			corpusUnitLabels.add(unitLabels.get(u));
		}
		AgreementFigures figures = figures(documentId, counts, dkproReference ? items : null, units, unitLabels, text.length());
		continuum += text.length();
		return figures;
	}

	/** The pooled figures over every document added so far. */
	public AgreementFigures corpus() {
		return figures("corpus", corpusItems, dkproReference ? referenceItems : null, corpusUnits, corpusUnitLabels, Math.max(1, continuum));
	}

	private AgreementFigures figures(String scope, CodingCounts study, List<String[]> dkproItems, List<long[]> units, List<String> unitLabels,
			long length) {
		UnitizingAnnotationStudy unitStudy = new UnitizingAnnotationStudy(annotators.size(), 0, length);
		for (int u = 0; u < units.size(); u++) {
			long[] unit = units.get(u);
			unitStudy.addUnit(unit[0], unit[1], (int) unit[2], unitLabels.get(u));
		}
		KrippendorffAlphaUnitizingAgreement unitizing = unitStudy.getUnitCount() == 0 ? null
				: dkproReference ? new KrippendorffAlphaUnitizingAgreement(unitStudy)
						: new SharedUnitizingAlpha(unitStudy);
		Map<String, AgreementFigures.LabelFigures> perLabel = new LinkedHashMap<>();
		for (String label : labels) {
			CodingCounts binary = study.binary(label, OUTSIDE);
			double[] coded = dkproItems == null ? new double[] { binary.fleiss(), binary.alphaNominal() } : Reference.coding(binarise(dkproItems, label));
			perLabel.put(label, new AgreementFigures.LabelFigures(dkproItems == null ? cohen(binary) : Reference.cohen(binarise(dkproItems, label), annotators),
					coded[0], coded[1],
					unitizing == null || !unitLabels.contains(label) ? Double.NaN
							: safe(() -> unitizing.calculateCategoryAgreement(label))));
		}
		double[] coded = dkproItems == null ? new double[] { study.fleiss(), study.alphaNominal() } : Reference.coding(dkproItems);
		return new AgreementFigures(scope, annotators, (int) study.items(), dkproItems == null ? cohen(study) : Reference.cohen(dkproItems, annotators),
				coded[0], coded[1],
				unitizing == null ? Double.NaN : safe(unitizing::calculateAgreement), perLabel);
	}

	private Map<String, Double> cohen(CodingCounts study) {
		Map<String, Double> pairs = new LinkedHashMap<>();
		for (int a = 0; a < annotators.size(); a++) {
			for (int b = a + 1; b < annotators.size(); b++) {
				pairs.put(annotators.get(a) + "|" + annotators.get(b), study.raters(a, b).cohen());
			}
		}
		return pairs;
	}

	private static List<String[]> binarise(List<String[]> items, String label) {
		List<String[]> binary = new ArrayList<>(items.size());
		for (String[] item : items) {
			String[] b = new String[item.length];
			for (int r = 0; r < item.length; r++) {
				b[r] = label.equals(item[r]) ? label : OUTSIDE;
			}
			binary.add(b);
		}
		return binary;
	}

	/** The coding figures as DKPro Agreement's own classes compute them, item by item. */
	static final class Reference {
		private Reference() {
		}

		static CodingAnnotationStudy study(List<String[]> items) {
			CodingAnnotationStudy study = new CodingAnnotationStudy(
					items.isEmpty() ? 2 : items.get(0).length);
			for (String[] item : items) {
				study.addItemAsArray(item);
			}
			return study;
		}

		/** Fleiss' kappa and Krippendorff's alpha (nominal). */
		static double[] coding(List<String[]> items) {
			var study = study(items);
			return new double[] { safe(() -> new FleissKappaAgreement(study).calculateAgreement()),
					safe(() -> new KrippendorffAlphaAgreement(study,
							new NominalDistanceFunction()).calculateAgreement()) };
		}

		static Map<String, Double> cohen(List<String[]> items, List<String> annotators) {
			var study = study(items);
			Map<String, Double> pairs = new LinkedHashMap<>();
			for (int a = 0; a < annotators.size(); a++) {
				for (int b = a + 1; b < annotators.size(); b++) {
					var pair = study.extractRaters(a, b);
					pairs.put(annotators.get(a) + "|" + annotators.get(b),
							safe(() -> new CohenKappaAgreement(pair).calculateAgreement()));
				}
			}
			return pairs;
		}
	}

	/** NaN where a measure is undefined (no items, or no variation at all). */
	private static double safe(DoubleSupplier measure) {
		try {
			return measure.getAsDouble();
		} catch (RuntimeException e) {
			return Double.NaN;
		}
	}

	private static List<Span> tokenSpans(JCas jcas, String text) {
		List<Span> spans = new ArrayList<>();
		for (Token t : jcas.select(Token.class)) {
			spans.add(new Span(t.getBegin(), t.getEnd()));
		}
		return spans.isEmpty() ? FallbackTokens.of(text) : spans;
	}
}
