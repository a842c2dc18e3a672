package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.core.review.ClaimParts;
import org.assay.engines.internal.Provenance;
import org.assay.engines.internal.TokenView;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Source;
import org.assay.types.ClaimKind;

/**
 * Turns found attributions into {@link Claim}, {@link Source} and {@link Cue} suggestions: one
 * source annotation per span (claims by the same source share it), the content's fragments
 * when it is discontinuous, sources resolved to full mentions, factuality classified, the first measured
 * quantity in the content attached.
 */
final class ClaimWriter {

	private final TokenView t;
	private final String origin;
	private final FactualityClassifier factuality;
	private final SourceResolver sources;

	ClaimWriter(TokenView t, String origin, FactualityClassifier factuality, SourceResolver sources) {
		this.t = t;
		this.origin = origin;
		this.factuality = factuality;
		this.sources = sources;
	}

	void write(JCas jcas, List<Attribution> found) {
		List<Entity> entities = jcas.select(Entity.class).asList();
		List<Quantity> quantities = jcas.select(Quantity.class).asList();
		List<Source> sources = new ArrayList<>();
		Map<Long, Source> sourceBySpan = new HashMap<>();
		for (Attribution f : found) {
			Attribution owner = f.sharesAttributionWith;
			Claim claim = new Claim(jcas, t.begin[f.contentFirst], t.end[f.contentLast]);
			List<Span> content = new ArrayList<>();
			if (f.fragments == null) {
				content.add(new Span(claim.getBegin(), claim.getEnd()));
			} else {
				for (int[] part : f.fragments) {
					content.add(new Span(t.begin[part[0]], t.end[part[1]]));
				}
			}
			ClaimParts.setContent(claim, content);
			if (owner != null && owner.source != null) {
				f.source = owner.source;
				f.cue = owner.cue;
			} else {
				if (f.sourceFirst >= 0) {
					long key = ((long) f.sourceFirst << 32) | f.sourceLast;
					Source source = sourceBySpan.get(key);
					if (source == null) {
						source = new Source(jcas, t.begin[f.sourceFirst], t.end[f.sourceLast]);
						Provenance.suggest(source, origin, f.confidence);
						source.setAntecedent(this.sources.resolve(source, entities, sources, f.sourceFirst, f.sourceLast));
						source.addToIndexes();
						sources.add(source);
						sourceBySpan.put(key, source);
					}
					f.source = source;
				}
				if (f.cueFirst >= 0) {
					Cue cue = new Cue(jcas, t.begin[f.cueFirst], t.end[f.cueLast]);
					Provenance.suggest(cue, origin, f.confidence).addToIndexes();
					f.cue = cue;
				}
			}
			claim.setSource(f.source);
			claim.setCue(f.cue);
			claim.setKind((f.source == null ? ClaimKind.UNATTRIBUTED : f.kind).name());
			claim.setFactuality(factuality.classify(f, owner != null ? owner : f).name());
			for (Quantity q : quantities) {
				if (q.getMeasure() != null && !q.getMeasure().isEmpty()
						&& content.stream().anyMatch(c -> q.getBegin() >= c.begin() && q.getEnd() <= c.end())) {
					claim.setQuantity(q);
					break;
				}
			}
			Provenance.suggest(claim, origin, f.confidence).addToIndexes();
		}
	}
}
