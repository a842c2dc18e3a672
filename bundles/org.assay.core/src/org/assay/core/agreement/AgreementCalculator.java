package org.assay.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.uima.jcas.JCas;
import org.assay.core.FallbackTokens;
import org.assay.core.Span;
import org.assay.type.Entity;
import org.assay.type.Token;
import org.assay.types.ReviewStatus;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Inter-annotator agreement on entities with DKPro Agreement: every token is an item coded with
 * the label of the entity covering it ("O" if none) by each annotator, giving Cohen's kappa per
 * pair, Fleiss' kappa and Krippendorff's alpha (nominal); entity spans as units on the character
 * continuum give Krippendorff's unitizing alpha. An annotator's entities are those they decided
 * on: ACCEPTED, CORRECTED or MANUAL (suggestions they have not reviewed are not their coding).
 * Documents are added one by one; the corpus figures pool them.
 */
public final class AgreementCalculator {

	/** The label for tokens no entity covers. */
	public static final String OUTSIDE = "O";

	private final List<String> annotators;
	private final List<String[]> corpusItems = new ArrayList<>();
	private final List<long[]> corpusUnits = new ArrayList<>();
	private final List<String> corpusUnitLabels = new ArrayList<>();
	private final TreeSet<String> labels = new TreeSet<>();
	private long continuum;

	/** Agreement between {@code annotators}, whose layers are added in this order. */
	public AgreementCalculator(List<String> annotators) {
		if (annotators.size() < 2) {
			throw new IllegalArgumentException("agreement needs at least two annotators, got " + annotators);
		}
		this.annotators = List.copyOf(annotators);
	}

	/**
	 * Adds one document: {@code layers} holds one CAS per annotator (same order, same text);
	 * {@code tokens} supplies token boundaries (usually the engine layer), or null for a fallback.
	 */
	public AgreementFigures addDocument(String documentId, List<JCas> layers, JCas tokens) {
		String text = layers.get(0).getDocumentText();
		List<Span> spans = tokenSpans(tokens != null ? tokens : layers.get(0), text);
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
				units.add(new long[] { e.getBegin(), e.getEnd() - e.getBegin(), r });
				unitLabels.add(e.getLabel());
				for (int i = 0; i < spans.size(); i++) {
					Span t = spans.get(i);
					if (t.begin() >= e.getBegin() && t.end() <= e.getEnd() && coded[i].equals(OUTSIDE)) {
						coded[i] = e.getLabel();
					}
				}
			}
			for (int i = 0; i < spans.size(); i++) {
				items.get(i)[r] = coded[i];
			}
		}
		corpusItems.addAll(items);
		for (int u = 0; u < units.size(); u++) {
			long[] unit = units.get(u);
			corpusUnits.add(new long[] { unit[0] + continuum, unit[1], unit[2] });
			corpusUnitLabels.add(unitLabels.get(u));
		}
		AgreementFigures figures = figures(documentId, items, units, unitLabels, text.length());
		continuum += text.length();
		return figures;
	}

	/** The pooled figures over every document added so far. */
	public AgreementFigures corpus() {
		return figures("corpus", corpusItems, corpusUnits, corpusUnitLabels, Math.max(1, continuum));
	}

	private AgreementFigures figures(String scope, List<String[]> items, List<long[]> units, List<String> unitLabels,
			long length) {
		CodingAnnotationStudy study = new CodingAnnotationStudy(annotators.size());
		for (String[] item : items) {
			study.addItemAsArray(item);
		}
		UnitizingAnnotationStudy unitStudy = new UnitizingAnnotationStudy(annotators.size(), 0, length);
		for (int u = 0; u < units.size(); u++) {
			long[] unit = units.get(u);
			unitStudy.addUnit(unit[0], unit[1], (int) unit[2], unitLabels.get(u));
		}
		SharedUnitizingAlpha unitizing = unitStudy.getUnitCount() == 0 ? null : new SharedUnitizingAlpha(unitStudy);
		Map<String, AgreementFigures.LabelFigures> perLabel = new LinkedHashMap<>();
		for (String label : labels) {
			CodingAnnotationStudy binary = new CodingAnnotationStudy(annotators.size());
			for (String[] item : items) {
				String[] b = new String[item.length];
				for (int r = 0; r < item.length; r++) {
					b[r] = label.equals(item[r]) ? label : OUTSIDE;
				}
				binary.addItemAsArray(b);
			}
			perLabel.put(label, new AgreementFigures.LabelFigures(cohen(binary),
					safe(() -> new FleissKappaAgreement(binary).calculateAgreement()),
					safe(() -> new KrippendorffAlphaAgreement(binary, new NominalDistanceFunction()).calculateAgreement()),
					unitizing == null || !unitLabels.contains(label) ? Double.NaN
							: safe(() -> unitizing.calculateCategoryAgreement(label))));
		}
		return new AgreementFigures(scope, annotators, items.size(), cohen(study),
				safe(() -> new FleissKappaAgreement(study).calculateAgreement()),
				safe(() -> new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement()),
				unitizing == null ? Double.NaN : safe(unitizing::calculateAgreement), perLabel);
	}

	private Map<String, Double> cohen(CodingAnnotationStudy study) {
		Map<String, Double> pairs = new LinkedHashMap<>();
		for (int a = 0; a < annotators.size(); a++) {
			for (int b = a + 1; b < annotators.size(); b++) {
				CodingAnnotationStudy pair = study.extractRaters(a, b);
				pairs.put(annotators.get(a) + "|" + annotators.get(b), safe(() -> new CohenKappaAgreement(pair).calculateAgreement()));
			}
		}
		return pairs;
	}

	/** NaN where a measure is undefined (no items, or no variation at all). */
	private static double safe(java.util.function.DoubleSupplier measure) {
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
