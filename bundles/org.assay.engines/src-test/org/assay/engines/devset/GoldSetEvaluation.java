package org.assay.engines.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.uima.jcas.JCas;
import org.assay.core.review.ClaimParts;
import org.assay.engines.PipelineFixture;
import org.assay.type.Claim;
import org.assay.type.Entity;

/**
 * Scores the pipeline against a folder of hand-annotated gold TSV files (format in
 * {@code devset/README.md}). Entities match on exact span and label; claims match when their
 * contents overlap (Dice ≥ 0.5); sources and cues of matched claims must match exactly.
 */
final class GoldSetEvaluation {

	record Span(int begin, int end) {
	}

	record GoldClaim(String kind, String factuality, List<Span> content, Span source, Span cue) {
	}

	/** Dice of two fragment lists: twice the overlap over the summed lengths. */
	static double dice(List<Span> a, List<Span> b) {
		int overlap = 0;
		int length = 0;
		for (Span x : a) {
			length += x.end() - x.begin();
			for (Span y : b) {
				overlap += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.begin(), y.begin()));
			}
		}
		for (Span y : b) {
			length += y.end() - y.begin();
		}
		return length == 0 ? 0 : 2.0 * overlap / length;
	}

	/** A predicted claim's content: its fragments when it has several, else its span. */
	static List<Span> fragments(Claim c) {
		return ClaimParts.content(c).stream().map(f -> new Span(f.begin(), f.end())).toList();
	}

	static final class Counts {
		int tp;
		int fp;
		int fn;

		double p() {
			return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
		}

		double r() {
			return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
		}

		double f1() {
			return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
		}
	}

	final Map<String, Counts> counts = new TreeMap<>();
	int kindAgree;
	int factualityAgree;
	int matchedClaims;
	final List<JCas> predictions = new ArrayList<>();

	/** Scores the pipeline on every {@code <id>.tsv} in {@code gold} against {@code <id>.txt} in {@code texts}. */
	static GoldSetEvaluation run(Path texts, Path gold) throws IOException {
		return run(texts, gold, PipelineFixture::annotate);
	}

	/** Scores another pipeline (text → annotated JCas) on a gold set. */
	static GoldSetEvaluation run(Path texts, Path gold, Function<String, JCas> pipeline) throws IOException {
		GoldSetEvaluation evaluation = new GoldSetEvaluation();
		evaluation.pipeline = pipeline;
		evaluation.evaluate(texts, gold);
		return evaluation;
	}

	private Function<String, JCas> pipeline;
	/** Confidence of every predicted name (PER/ORG/LOC) and whether it was right. */
	final List<double[]> nameConfidences = new ArrayList<>();

	/** Precision of the predicted names by confidence band, as a table. */
	String confidenceTable() {
		double[] edges = { 0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.01 };
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s %6s %9s%n", "confidence", "names", "right", "precision"));
		for (int i = 0; i + 1 < edges.length; i++) {
			int n = 0;
			int right = 0;
			for (double[] c : nameConfidences) {
				if (c[0] >= edges[i] && c[0] < edges[i + 1]) {
					n++;
					right += (int) c[1];
				}
			}
			b.append(String.format(Locale.ROOT, "%.2f-%.2f    %6d %6d %9s%n", edges[i], Math.min(1, edges[i + 1]), n, right,
					n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) right / n)));
		}
		return b.toString();
	}

	private void evaluate(Path texts, Path goldFolder) throws IOException {
		List<Path> golds;
		try (var files = Files.list(goldFolder)) {
			golds = files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
		}
		for (Path gold : golds) {
			String id = gold.getFileName().toString().replace(".tsv", "");
			String text = Files.readString(texts.resolve(id + ".txt"), StandardCharsets.UTF_8);
			Map<String, String> goldEntities = new TreeMap<>();
			List<GoldClaim> goldClaims = new ArrayList<>();
			for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				String[] f = line.split("\t");
				if (f[0].equals("ENTITY")) {
					int b = Integer.parseInt(f[1]);
					int e = Integer.parseInt(f[2]);
					assertThat(text.substring(b, e)).as("%s %s", id, line).isEqualTo(f[4]);
					goldEntities.put(b + ":" + e + ":" + f[3], f[4]);
				} else {
					List<Span> content = new ArrayList<>();
					if (f.length > 10) {
						for (String fragment : f[10].split(";")) {
							String[] be = fragment.split(" ");
							content.add(new Span(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
						}
					} else {
						content.add(span(f[3], f[4]));
					}
					goldClaims.add(new GoldClaim(f[1], f[2], content, span(f[5], f[6]), span(f[7], f[8])));
				}
			}
			JCas jcas = pipeline.apply(text);
			predictions.add(jcas);
			Map<String, String> predicted = new TreeMap<>();
			for (Entity e : jcas.select(Entity.class)) {
				String key = e.getBegin() + ":" + e.getEnd() + ":" + e.getLabel();
				predicted.put(key, e.getCoveredText());
				if (List.of("PERSON", "ORGANIZATION", "LOCATION").contains(e.getLabel())) {
					nameConfidences.add(new double[] { e.getConfidence(), goldEntities.containsKey(key) ? 1 : 0 });
				}
			}
			for (String key : predicted.keySet()) {
				count(label(key), goldEntities.containsKey(key) ? 1 : 0, goldEntities.containsKey(key) ? 0 : 1, 0);
			}
			for (String key : goldEntities.keySet()) {
				if (!predicted.containsKey(key)) {
					count(label(key), 0, 0, 1);
				}
			}
			compareClaims(jcas.select(Claim.class).asList(), goldClaims);
		}
	}

	private void compareClaims(List<Claim> predicted, List<GoldClaim> gold) {
		boolean[] used = new boolean[gold.size()];
		for (Claim c : predicted) {
			List<Span> content = fragments(c);
			int best = -1;
			double bestDice = 0.5;
			for (int i = 0; i < gold.size(); i++) {
				double d = used[i] ? 0 : dice(gold.get(i).content(), content);
				if (d >= bestDice) {
					best = i;
					bestDice = d;
				}
			}
			Span source = c.getSource() == null ? null : new Span(c.getSource().getBegin(), c.getSource().getEnd());
			Span cue = c.getCue() == null ? null : new Span(c.getCue().getBegin(), c.getCue().getEnd());
			if (best < 0) {
				count("Claim", 0, 1, 0);
				count("Claim source", 0, source == null ? 0 : 1, 0);
				count("Claim cue", 0, cue == null ? 0 : 1, 0);
				continue;
			}
			used[best] = true;
			GoldClaim g = gold.get(best);
			count("Claim", 1, 0, 0);
			part("Claim source", g.source(), source);
			part("Claim cue", g.cue(), cue);
			matchedClaims++;
			kindAgree += g.kind().equals(c.getKind()) ? 1 : 0;
			factualityAgree += g.factuality().equals(c.getFactuality()) ? 1 : 0;
		}
		for (int i = 0; i < gold.size(); i++) {
			if (!used[i]) {
				count("Claim", 0, 0, 1);
				count("Claim source", 0, 0, gold.get(i).source() == null ? 0 : 1);
				count("Claim cue", 0, 0, gold.get(i).cue() == null ? 0 : 1);
			}
		}
	}

	private void part(String type, Span gold, Span predicted) {
		if (gold == null && predicted == null) {
			return;
		}
		if (gold != null && gold.equals(predicted)) {
			count(type, 1, 0, 0);
		} else {
			count(type, 0, predicted == null ? 0 : 1, gold == null ? 0 : 1);
		}
	}

	private static Span span(String b, String e) {
		return b.equals("-") ? null : new Span(Integer.parseInt(b), Integer.parseInt(e));
	}

	private static String label(String key) {
		return key.substring(key.lastIndexOf(':') + 1);
	}

	private void count(String type, int tp, int fp, int fn) {
		Counts c = counts.computeIfAbsent(type, k -> new Counts());
		c.tp += tp;
		c.fp += fp;
		c.fn += fn;
		if (!type.startsWith("Claim")) {
			Counts all = counts.computeIfAbsent("Entities (micro)", k -> new Counts());
			all.tp += tp;
			all.fp += fp;
			all.fn += fn;
		}
		if (type.equals("PERSON") || type.equals("ORGANIZATION") || type.equals("LOCATION")) {
			Counts names = counts.computeIfAbsent("Names PER/ORG/LOC", k -> new Counts());
			names.tp += tp;
			names.fp += fp;
			names.fn += fn;
		}
	}

	String report() {
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-18s %5s %5s %5s %6s %6s %6s%n", "type", "tp",
				"fp", "fn", "P", "R", "F1"));
		counts.forEach((type, c) -> b.append(String.format(Locale.ROOT, "%-18s %5d %5d %5d %6.3f %6.3f %6.3f%n", type,
				c.tp, c.fp, c.fn, c.p(), c.r(), c.f1())));
		b.append(String.format(Locale.ROOT, "matched claims: %d, kind agreement %.3f, factuality agreement %.3f%n",
				matchedClaims, (double) kindAgree / matchedClaims, (double) factualityAgree / matchedClaims));
		return b.toString();
	}

	double f1(String type) {
		Counts c = counts.get(type);
		return c == null ? 0 : c.f1();
	}
}
