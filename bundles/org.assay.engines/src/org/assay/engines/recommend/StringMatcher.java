package org.assay.engines.recommend;

import org.eclipse.core.runtime.IProgressMonitor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Suggests every other occurrence of a text an annotator confirmed, with the label it got: the
 * confidence is how often that text got that label among all decisions about it (rejections
 * included); where confirmed texts overlap, the longest match wins. Exact text, at token
 * boundaries.
 */
public final class StringMatcher implements Recommender {

	/** The name of this recommender. */
	public static final String NAME = "strings";

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int PREFIX = 3;

	/** The model: text → label → how often confirmed; text → label → how often rejected. */
	static final class Model {
		public Map<String, Map<String, Integer>> confirmed = new TreeMap<>();
		public Map<String, Map<String, Integer>> rejected = new TreeMap<>();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public byte[] train(List<Example> examples, IProgressMonitor monitor) throws IOException {
		Model m = new Model();
		for (Example e : examples) {
			String text = e.document().text();
			for (LabeledSpan s : e.document().confirmed()) {
				m.confirmed.computeIfAbsent(text.substring(s.begin(), s.end()), k -> new TreeMap<>()).merge(s.label(), 1, Integer::sum);
			}
			for (LabeledSpan s : e.document().rejected()) {
				m.rejected.computeIfAbsent(text.substring(s.begin(), s.end()), k -> new TreeMap<>()).merge(s.label(), 1, Integer::sum);
			}
		}
		return m.confirmed.isEmpty() ? null : JSON.writeValueAsBytes(m);
	}

	@Override
	public Predictor load(byte[] bytes) throws IOException {
		Model m = JSON.readValue(bytes, Model.class);
		// candidates by their first (up to) three characters, longest first
		Map<String, List<String>> byPrefix = new HashMap<>();
		for (String s : m.confirmed.keySet()) {
			byPrefix.computeIfAbsent(s.substring(0, Math.min(PREFIX, s.length())), k -> new ArrayList<>()).add(s);
		}
		byPrefix.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.length(), a.length())));
		return text -> suggest(m, byPrefix, text);
	}

	private static List<Suggestion> suggest(Model m, Map<String, List<String>> byPrefix, PreparedText p) {
		List<Suggestion> out = new ArrayList<>();
		int i = 0;
		while (i < p.size()) {
			int next = i + 1;
			for (String candidate : candidates(byPrefix, p.text, p.begin[i])) {
				int end = p.begin[i] + candidate.length();
				int last = end <= p.text.length() ? p.tokenEndingAt(end) : -1;
				if (last < i || !p.text.regionMatches(p.begin[i], candidate, 0, candidate.length())) {
					continue;
				}
				Map<String, Integer> labels = m.confirmed.get(candidate);
				Map<String, Integer> rejected = m.rejected.getOrDefault(candidate, Map.of());
				int decisions = labels.values().stream().mapToInt(Integer::intValue).sum();
				for (Map.Entry<String, Integer> l : labels.entrySet()) {
					int against = decisions - l.getValue() + rejected.getOrDefault(l.getKey(), 0);
					double confidence = (double) l.getValue() / (l.getValue() + against);
					out.add(new Suggestion(p.begin[i], end, l.getKey(), Math.round(confidence * 1000) / 1000.0));
				}
				next = last + 1; // the longest match wins
				break;
			}
			i = next;
		}
		return out;
	}

	/** The confirmed texts that may start at {@code at}, longest first. */
	private static List<String> candidates(Map<String, List<String>> byPrefix, String text, int at) {
		List<String> found = new ArrayList<>();
		for (int n = Math.min(PREFIX, text.length() - at); n >= 1; n--) {
			found.addAll(byPrefix.getOrDefault(text.substring(at, at + n), List.of()));
		}
		found.sort((a, b) -> Integer.compare(b.length(), a.length()));
		return found;
	}
}
