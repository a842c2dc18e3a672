package org.assay.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.review.CasEdit;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.Test;

class CurationTest {

	static final String TEXT = "Abass Dembele was arrested in Kati by the National Guard on Sunday.";

	private static JCas layer(String... entities) {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		for (String spec : entities) {
			String[] p = spec.split("=");
			int b = TEXT.indexOf(p[0]);
			Entity e = new Entity(jcas, b, b + p[0].length());
			e.setLabel(p[1]);
			e.setStatus(p.length > 2 ? p[2] : "ACCEPTED");
			e.setOrigin("assay-entities@0.1.0");
			e.addToIndexes();
		}
		return jcas;
	}

	@Test
	void thatARejectionIsADecisionAndNotTheSameAsNotReviewed() {
		JCas alice = layer("Kati=LOCATION", "Sunday=DATE", "National Guard=ORGANIZATION");
		JCas bob = layer("Kati=LOCATION=REJECTED", "Sunday=DATE=SUGGESTED");
		Curation curation = new Curation(List.of("alice", "bob"), List.of(alice, bob));
		List<String> shown = curation.differences().stream()
				.map(d -> d.text() + ": bob " + curation.absence(d, 1) + (curation.decidedDifferently(d) ? " (decided differently)" : ""))
				.toList();
		assertThat(shown).containsExactly("Kati: bob rejected by bob (decided differently)", "National Guard: bob nothing",
				"Sunday: bob not reviewed");
		assertThat(curation.absence(curation.differences().get(0), 0)).isNull(); // alice has a version
	}

	@Test
	void thatAgreedAnnotationsAreMergedAndDifferencesListedByKind() {
		JCas alice = layer("Abass Dembele=PERSON", "Kati=LOCATION", "National Guard=ORGANIZATION", "Sunday=DATE");
		JCas bob = layer("Abass Dembele=PERSON", "Kati=ORGANIZATION", "the National Guard=ORGANIZATION", "Sunday=DATE=REJECTED");
		Curation curation = new Curation(List.of("alice", "bob"), List.of(alice, bob));
		List<Curation.Difference> diffs = curation.differences();
		assertThat(diffs).extracting(d -> d.text() + ": " + d.describe()).containsExactly(
				"Kati: labels differ",
				"the National Guard: entity missing in some layers",
				"National Guard: entity missing in some layers",
				"Sunday: entity missing in some layers");
		JCas merged = curation.autoMerge(AssayTypeSystem.newJCas());
		assertThat(merged.select(Entity.class).asList()).extracting(Entity::getCoveredText).containsExactly("Abass Dembele");
	}

	@Test
	void thatTakingAVersionReplacesTheCuratedOneAndUndoes() {
		JCas alice = layer("Abass Dembele=PERSON", "Kati=LOCATION");
		JCas bob = layer("Abass Dembele=PERSON", "Kati=ORGANIZATION");
		Curation curation = new Curation(List.of("alice", "bob"), List.of(alice, bob));
		JCas curated = curation.autoMerge(AssayTypeSystem.newJCas());
		Curation.Difference kati = curation.differences().get(0);
		CasEdit takeBob = curation.take(curated, kati, 1);
		takeBob.apply();
		assertThat(curated.select(Entity.class).asList()).extracting(e -> e.getCoveredText() + "=" + e.getLabel())
				.containsExactly("Abass Dembele=PERSON", "Kati=ORGANIZATION");
		CasEdit takeAlice = curation.take(curated, kati, 0);
		takeAlice.apply();
		assertThat(curated.select(Entity.class).asList()).extracting(e -> e.getCoveredText() + "=" + e.getLabel())
				.containsExactly("Abass Dembele=PERSON", "Kati=LOCATION");
		takeAlice.undo();
		assertThat(curated.select(Entity.class).asList()).extracting(e -> e.getCoveredText() + "=" + e.getLabel())
				.containsExactly("Abass Dembele=PERSON", "Kati=ORGANIZATION");
	}
}
