package org.assay.core.formats;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.type.Claim;
import org.assay.type.Reviewable;

/** Removes from a CAS every reviewable annotation an export does not keep, and links to them. */
public final class GoldFilter {

	private GoldFilter() {
	}

	/** Removes from {@code jcas} every reviewable annotation {@code filter} does not keep. */
	public static void apply(JCas jcas, StatusFilter filter) {
		List<Reviewable> drop = new ArrayList<>();
		for (Reviewable r : jcas.select(Reviewable.class)) {
			if (!filter.keeps(r)) {
				drop.add(r);
			}
		}
		for (Claim c : jcas.select(Claim.class)) {
			if (c.getSource() != null && !filter.keeps(c.getSource())) {
				c.setSource(null);
			}
			if (c.getCue() != null && !filter.keeps(c.getCue())) {
				c.setCue(null);
			}
			if (c.getQuantity() != null && !filter.keeps(c.getQuantity())) {
				c.setQuantity(null);
			}
		}
		for (Reviewable r : drop) {
			r.removeFromIndexes();
		}
	}
}
