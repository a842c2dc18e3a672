package org.assay.engines;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.engines.EngineSources.Source;

/**
 * Which engine package uses which, drawn from imports and from class names written out in full,
 * and the loops among them (Tarjan's strongly connected components).
 */
final class PackageGraph {

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
	private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.assay\\.engines(?:\\.[a-z0-9_]+)*)\\.[A-Z]");
	private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

	/** For each package, the packages it uses and the files that use each. */
	private final Map<String, Map<String, Set<String>>> uses = new TreeMap<>();

	/** The graph of {@code sources}. */
	static PackageGraph of(List<Source> sources) {
		PackageGraph g = new PackageGraph();
		for (Source s : sources) {
			Matcher p = PACKAGE.matcher(s.code());
			if (!p.find()) {
				continue;
			}
			String from = p.group(1);
			Matcher r = REFERENCE.matcher(STRING.matcher(s.code()).replaceAll("\"\""));
			while (r.find()) {
				if (!r.group(1).equals(from)) {
					g.uses.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(r.group(1), k -> new TreeSet<>())
							.add(s.file().getFileName().toString());
				}
			}
		}
		return g;
	}

	/** The files of {@code from} that use {@code to} (empty when none does). */
	Set<String> filesUsing(String from, String to) {
		return uses.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
	}

	/** Every package that uses {@code to}. */
	Set<String> usersOf(String to) {
		Set<String> users = new TreeSet<>();
		uses.forEach((from, targets) -> {
			if (targets.containsKey(to)) {
				users.add(from);
			}
		});
		return users;
	}

	/** The loops: groups of packages that reach each other, each group sorted. */
	List<Set<String>> loops() {
		return new Tarjan().run();
	}

	/** Each edge of a loop as "a -> b (Files.java)", for a message that says what to cut. */
	List<String> describe(Set<String> loop) {
		List<String> edges = new ArrayList<>();
		for (String from : loop) {
			uses.getOrDefault(from, Map.of()).forEach((to, files) -> {
				if (loop.contains(to)) {
					edges.add(from + " -> " + to + " (" + String.join(", ", files) + ")");
				}
			});
		}
		return edges;
	}

	private final class Tarjan {
		private final Map<String, Integer> index = new HashMap<>();
		private final Map<String, Integer> low = new HashMap<>();
		private final Deque<String> stack = new ArrayDeque<>();
		private final List<Set<String>> loops = new ArrayList<>();

		List<Set<String>> run() {
			Set<String> nodes = new TreeSet<>(uses.keySet());
			uses.values().forEach(t -> nodes.addAll(t.keySet()));
			for (String n : nodes) {
				if (!index.containsKey(n)) {
					visit(n);
				}
			}
			return loops;
		}

		private void visit(String v) {
			index.put(v, index.size());
			low.put(v, index.get(v));
			stack.push(v);
			for (String w : uses.getOrDefault(v, Map.of()).keySet()) {
				if (!index.containsKey(w)) {
					visit(w);
					low.put(v, Math.min(low.get(v), low.get(w)));
				} else if (stack.contains(w)) {
					low.put(v, Math.min(low.get(v), index.get(w)));
				}
			}
			if (low.get(v).equals(index.get(v))) {
				Set<String> component = new TreeSet<>();
				String w;
				do {
					w = stack.pop();
					component.add(w);
				} while (!w.equals(v));
				if (component.size() > 1) {
					loops.add(component);
				}
			}
		}
	}
}
