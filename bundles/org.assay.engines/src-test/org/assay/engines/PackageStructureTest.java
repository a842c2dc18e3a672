package org.assay.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.assay.engines.EngineSources.Source;
import org.junit.jupiter.api.Test;

/**
 * The engines' packages form no loop, and the pipeline's front package ({@code org.assay.engines}:
 * the pipeline, the operations) is used by no package of the bundle: the rule engines, the
 * recommenders and the training sit below it.
 */
class PackageStructureTest {

	private static final String FRONT = "org.assay.engines";

	private static Source source(String name, String code) {
		return new Source(Path.of(name), code);
	}

	@Test
	void thatNoEnginePackageLoopsBackToItself() {
		PackageGraph graph = PackageGraph.of(EngineSources.production());
		assertThat(graph.loops()).as(() -> "package loops:\n" + graph.loops().stream().map(graph::describe).toList()).isEmpty();
	}

	@Test
	void thatNoEnginePackageUsesThePipelinesFront() {
		PackageGraph graph = PackageGraph.of(EngineSources.production());
		assertThat(graph.usersOf(FRONT)).as(() -> graph.usersOf(FRONT).stream()
				.map(p -> p + " uses " + FRONT + " (" + graph.filesUsing(p, FRONT) + ")").toList().toString()).isEmpty();
	}

	@Test
	void thatALoopIsFoundWhetherImportedOrWrittenInFull() {
		PackageGraph graph = PackageGraph.of(List.of(
				source("A.java", "package org.assay.engines.a;\nimport org.assay.engines.b.B;\nclass A { B b; }"),
				source("B.java", "package org.assay.engines.b;\nclass B { org.assay.engines.c.C c; }"),
				source("C.java", "package org.assay.engines.c;\nclass C { String s = \"org.assay.engines.d.D\"; "
						+ "org.assay.engines.a.A a; }"),
				source("D.java", "package org.assay.engines.d;\nimport org.assay.engines.a.A;\nclass D { A a; }")));
		assertThat(graph.loops()).containsExactly(Set.of("org.assay.engines.a", "org.assay.engines.b", "org.assay.engines.c"));
		assertThat(graph.describe(graph.loops().get(0))).containsExactly("org.assay.engines.a -> org.assay.engines.b (A.java)",
				"org.assay.engines.b -> org.assay.engines.c (B.java)", "org.assay.engines.c -> org.assay.engines.a (C.java)");
		assertThat(graph.usersOf("org.assay.engines.a")).containsExactly("org.assay.engines.c", "org.assay.engines.d");
	}
}
