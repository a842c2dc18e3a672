package org.assay.core;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The scheduling rule of every operation on one corpus folder, as EGit's operations have one per
 * repository: two workbench Jobs on the same corpus run one after the other, Jobs on different
 * corpora side by side. Within one process this complements the corpus lock, which serialises
 * the writes themselves across processes.
 */
public final class CorpusRule implements ISchedulingRule {

	private final Path root;

	private CorpusRule(Path root) {
		this.root = root;
	}

	/** The rule of the corpus in {@code folder}. */
	public static CorpusRule of(Path folder) {
		return new CorpusRule(folder.toAbsolutePath().normalize());
	}

	/** The corpus folder this rule guards. */
	public Path root() {
		return root;
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this || rule instanceof CorpusRule other && other.root.equals(root);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule instanceof CorpusRule other && other.root.equals(root);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CorpusRule other && other.root.equals(root);
	}

	@Override
	public int hashCode() {
		return Objects.hash(root);
	}

	@Override
	public String toString() {
		return "corpus " + root;
	}
}
