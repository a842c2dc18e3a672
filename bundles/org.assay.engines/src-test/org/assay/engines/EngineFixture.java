package org.assay.engines;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.core.Span;
import org.assay.core.review.ClaimParts;
import org.assay.engines.pipeline.EngineFactory;
import org.assay.engines.pipeline.PipelineSteps;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.types.AssayTypeSystem;

/**
 * Runs one engine alone on a JCas that holds only its inputs, and renders annotations as
 * readable strings with offsets, DKPro style: {@code "[ 10, 23]PERSON(Abass Dembele)"}.
 */
public final class EngineFixture {

	private static AnalysisEngine tokensAndPos;

	private EngineFixture() {
	}

	/** A JCas with the text's sentences and tokens with UD POS tags (OpenNLP), nothing else. */
	public static synchronized JCas tokens(String text) {
		try {
			if (tokensAndPos == null) {
				tokensAndPos = EngineFactory.create(PipelineSteps.openNlpOnly());
			}
			JCas jcas = JCasFactory.createJCas(AssayTypeSystem.description());
			jcas.setDocumentText(text);
			tokensAndPos.process(jcas);
			return jcas;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Runs {@code engine}, configured with {@code parameters} (name, value, ...), on {@code jcas}. */
	public static JCas run(Class<? extends AnalysisComponent> engine, JCas jcas, Object... parameters) {
		try {
			AnalysisEngine ae = createEngine(engine, AssayTypeSystem.description(), parameters);
			ae.process(jcas);
			ae.destroy();
			return jcas;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Adds an entity over the first occurrence of {@code covered} (an input an engine may need). */
	public static Entity addEntity(JCas jcas, String covered, String label) {
		int begin = indexOf(jcas, covered);
		Entity e = new Entity(jcas, begin, begin + covered.length());
		e.setLabel(label);
		e.addToIndexes();
		return e;
	}

	/** Adds a quantity with a measured noun over the first occurrence of {@code covered}. */
	public static Quantity addQuantity(JCas jcas, String covered, double low, double high, String measure) {
		int begin = indexOf(jcas, covered);
		Quantity q = new Quantity(jcas, begin, begin + covered.length());
		q.setLow(low);
		q.setHigh(high);
		q.setMeasure(measure);
		q.setUnit("");
		q.addToIndexes();
		return q;
	}

	private static int indexOf(JCas jcas, String covered) {
		int begin = jcas.getDocumentText().indexOf(covered);
		if (begin < 0) {
			throw new IllegalArgumentException("'" + covered + "' is not in the text");
		}
		return begin;
	}

	/** "[ 10, 23]" */
	public static String at(Annotation a) {
		return String.format(Locale.ROOT, "[%3d,%3d]", a.getBegin(), a.getEnd());
	}

	/** {@code "[ 10, 23]PERSON(Abass Dembele)"} for every entity, in text order. */
	public static List<String> entities(JCas jcas) {
		return jcas.select(Entity.class).map(e -> at(e) + e.getLabel() + "(" + e.getCoveredText() + ")")
				.collect(Collectors.toList());
	}

	/** {@code "[  4,  9]20..inf~ arrests(at least around 20)"} for every quantity. */
	public static List<String> quantities(JCas jcas) {
		return jcas.select(Quantity.class).map(q -> at(q) + bound(q.getLow()) + ".." + bound(q.getHigh())
				+ (q.getApproximate() ? "~" : "") + " " + q.getMeasure() + (q.getUnit().isEmpty() ? "" : "/" + q.getUnit())
				+ "(" + q.getCoveredText() + ")").collect(Collectors.toList());
	}

	private static String bound(double v) {
		return Double.isInfinite(v) ? "inf" : v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}

	/**
	 * {@code "[ 0, 31]DIRECT_QUOTE ASSERTED(We will ...) source[34, 60](a police official) cue[61, 72](told Reuters)"}
	 * for every claim; absent parts are left out.
	 */
	public static List<String> claims(JCas jcas) {
		return jcas.select(Claim.class).map(EngineFixture::claim).collect(Collectors.toList());
	}

	/**
	 * A claim as {@code [b, e]KIND FACTUALITY(content) source[..](..) cue[..](..) quantity[..]};
	 * a discontinuous content reads "(first … second)" followed by {@code fragments[..][..]}.
	 */
	public static String claim(Claim c) {
		List<Span> content = ClaimParts.content(c);
		String text = content.stream().map(f -> f.of(c.getCAS().getDocumentText())).collect(Collectors.joining(" \u2026 "));
		StringBuilder b = new StringBuilder(at(c)).append(c.getKind()).append(' ').append(c.getFactuality()).append('(')
				.append(text).append(')');
		if (content.size() > 1) {
			b.append(" fragments");
			content.forEach(f -> b.append(String.format(Locale.ROOT, "[%3d,%3d]", f.begin(), f.end())));
		}
		if (c.getSource() != null) {
			b.append(" source").append(at(c.getSource())).append('(').append(c.getSource().getCoveredText()).append(')');
		}
		if (c.getCue() != null) {
			b.append(" cue").append(at(c.getCue())).append('(').append(c.getCue().getCoveredText()).append(')');
		}
		if (c.getQuantity() != null) {
			b.append(" quantity").append(at(c.getQuantity()));
		}
		return b.toString();
	}
}
