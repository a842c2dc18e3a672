package org.assay.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape of the production code, read from its sources: dependencies between Assay's packages
 * point one way (a loop makes every package in it change with every other), and no hand-written
 * class grows past what one person reads in a sitting. Test sources and generated JCas classes
 * are not counted.
 */
class StructureTest {

	/** Longest hand-written production source file, in lines. */
	static final int MAX_LINES = 450;

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
	/** A reference to a class of another Assay package: an import, a static import or a full name in code. */
	private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.assay(?:\\.[a-z0-9_]+)*)\\.[A-Z]");
	private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");
	private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
	private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");

	private static Path root() {
		return Path.of(System.getProperty("assay.root", "../..")).toAbsolutePath().normalize();
	}

	/** Every hand-written production source of the bundles and of the Spark job. */
	static List<Path> productionSources(Path root) {
		List<Path> folders = new ArrayList<>();
		try (Stream<Path> bundles = Files.list(root.resolve("bundles"))) {
			bundles.map(b -> b.resolve("src")).filter(Files::isDirectory)
					.filter(src -> !src.getParent().getFileName().toString().endsWith(".tests")
							&& !src.getParent().getFileName().toString().equals("org.assay.tests"))
					.forEach(folders::add);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		folders.add(root.resolve("releng/org.assay.spark/src/main/java"));
		List<Path> sources = new ArrayList<>();
		for (Path folder : folders) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return sources;
	}

	/** Package → the other Assay packages it refers to → the files that do. */
	static Map<String, Map<String, Set<String>>> packageGraph(List<Path> sources) throws IOException {
		Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
		for (Path source : sources) {
			String code = Files.readString(source);
			Matcher pkg = PACKAGE.matcher(code);
			if (!pkg.find()) {
				continue;
			}
			String from = pkg.group(1);
			edges.computeIfAbsent(from, k -> new TreeMap<>());
			code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(STRING.matcher(code).replaceAll("\"\"")).replaceAll(""))
					.replaceAll("");
			Matcher ref = REFERENCE.matcher(code);
			while (ref.find()) {
				String to = ref.group(1);
				if (!to.equals(from)) {
					edges.get(from).computeIfAbsent(to, k -> new TreeSet<>()).add(source.getFileName().toString());
				}
			}
		}
		return edges;
	}

	/** The strongly connected groups of more than one package (Tarjan), each described with its edges. */
	static List<String> loops(Map<String, Map<String, Set<String>>> edges) {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> low = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new TreeSet<>();
		List<String> loops = new ArrayList<>();
		int[] counter = { 0 };
		for (String start : edges.keySet()) {
			if (!index.containsKey(start)) {
				connect(start, edges, index, low, stack, onStack, counter, loops);
			}
		}
		return loops;
	}

	private static void connect(String v, Map<String, Map<String, Set<String>>> edges, Map<String, Integer> index,
			Map<String, Integer> low, Deque<String> stack, Set<String> onStack, int[] counter, List<String> loops) {
		index.put(v, counter[0]);
		low.put(v, counter[0]++);
		stack.push(v);
		onStack.add(v);
		for (String w : edges.getOrDefault(v, Map.of()).keySet()) {
			if (!index.containsKey(w)) {
				connect(w, edges, index, low, stack, onStack, counter, loops);
				low.put(v, Math.min(low.get(v), low.get(w)));
			} else if (onStack.contains(w)) {
				low.put(v, Math.min(low.get(v), index.get(w)));
			}
		}
		if (low.get(v).equals(index.get(v))) {
			Set<String> group = new TreeSet<>();
			String w;
			do {
				w = stack.pop();
				onStack.remove(w);
				group.add(w);
			} while (!w.equals(v));
			if (group.size() > 1) {
				StringBuilder text = new StringBuilder("loop among " + group);
				for (String a : group) {
					edges.getOrDefault(a, Map.of()).forEach((b, files) -> {
						if (group.contains(b)) {
							text.append("\n  ").append(a).append(" -> ").append(b).append(" in ").append(files);
						}
					});
				}
				loops.add(text.toString());
			}
		}
	}

	@Test
	void thatNoAssayPackageDependsOnItselfThroughOthers() throws IOException {
		List<Path> sources = productionSources(root());
		assertThat(sources).as("production sources found under " + root()).hasSizeGreaterThan(100);
		assertThat(loops(packageGraph(sources))).isEmpty();
	}

	@Test
	void thatTheLoopCheckFindsALoop(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("a"));
		Files.writeString(dir.resolve("a/A.java"), "package org.assay.a;\nimport org.assay.b.B;\nclass A {}\n");
		Files.writeString(dir.resolve("a/C.java"), "package org.assay.c;\nclass C { org.assay.a.A a; // org.assay.b.B\n}\n");
		Files.writeString(dir.resolve("a/B.java"), "package org.assay.b;\nclass B { String s = \"org.assay.a.A\"; }\n");
		List<Path> files = List.of(dir.resolve("a/A.java"), dir.resolve("a/B.java"), dir.resolve("a/C.java"));
		assertThat(loops(packageGraph(files))).as("strings and comments are no dependency").isEmpty();

		Files.writeString(dir.resolve("a/B.java"), "package org.assay.b;\nclass B { org.assay.c.C c; }\n");
		assertThat(loops(packageGraph(files))).singleElement().asString()
				.startsWith("loop among [org.assay.a, org.assay.b, org.assay.c]")
				.contains("org.assay.b -> org.assay.c in [B.java]");
	}

	@Test
	void thatNoHandWrittenClassIsLongerThanOnePersonReadsInASitting() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path source : productionSources(root())) {
			long lines;
			try (Stream<String> all = Files.lines(source)) {
				lines = all.count();
			}
			if (lines > MAX_LINES) {
				tooLong.add(root().relativize(source) + ": " + lines + " lines");
			}
		}
		assertThat(tooLong).as("production classes over " + MAX_LINES + " lines").isEmpty();
	}
}
