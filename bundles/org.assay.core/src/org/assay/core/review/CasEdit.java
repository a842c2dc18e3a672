package org.assay.core.review;

import java.util.List;

import org.assay.type.Reviewable;

/**
 * One reversible change to a layer's CAS. Edits are applied and undone in strict order by the
 * caller (the workbench operation history), so each may keep what it needs to restore.
 */
public interface CasEdit {

	/** Short label for menus ("Accept PERSON"). */
	String label();

	void apply();

	void undo();

	/** The annotations this edit adds, changes or removes, so views can refresh just those. */
	List<Reviewable> affected();
}
