package org.assay.core.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.Test;

class ConflictFinderTest {

	/** One article: a claim whose content is the whole text, with a figure and optional person. */
	private static JCas article(String text, String figure, double low, double high, String measure, String person,
			String factuality) {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		Claim c = new Claim(jcas, 0, text.length());
		c.setKind("UNATTRIBUTED");
		c.setFactuality(factuality);
		c.setStatus("SUGGESTED");
		if (figure != null) {
			int b = text.indexOf(figure);
			Quantity q = new Quantity(jcas, b, b + figure.length());
			q.setLow(low);
			q.setHigh(high);
			q.setMeasure(measure);
			q.setStatus("SUGGESTED");
			q.addToIndexes();
			c.setQuantity(q);
		}
		if (person != null) {
			int b = text.indexOf(person);
			Entity e = new Entity(jcas, b, b + person.length());
			e.setLabel("PERSON");
			e.addToIndexes();
		}
		c.addToIndexes();
		return jcas;
	}

	@Test
	void thatDisjointCountsOfTheSameEventConflictAndNestedOnesDoNot() {
		ConflictFinder f = new ConflictFinder();
		f.add("a", article("Police detained at least 20 protesters.", "at least 20", 20, Double.POSITIVE_INFINITY, "protesters", null, "ASSERTED"));
		f.add("b", article("Officials said 55 people were arrested.", "55", 55, 55, "people", null, "ASSERTED"));
		List<ClaimGroup> nested = f.groups();
		assertThat(nested).singleElement().satisfies(g -> {
			assertThat(g.kind()).isEqualTo(ClaimGroup.Kind.COUNT);
			assertThat(g.isConflict()).isFalse();
		});
		f.add("c", article("Rights groups said 36 to 40 people were detained.", "36 to 40", 36, 40, "people", null, "ASSERTED"));
		ClaimGroup g = f.groups().get(0);
		assertThat(g.isConflict()).isTrue();
		assertThat(g.conflicts()).extracting(p -> g.claims().get(p.first()).documentId() + "-" + g.claims().get(p.second()).documentId())
				.containsExactly("b-c");
	}

	@Test
	void thatPartialCountsAndOtherEventsStayOut() {
		ConflictFinder f = new ConflictFinder();
		// counts of people in an arrest event, but parts of a total: no group with the 55
		f.add("a", article("Two soldiers were among those detained.", "Two", 2, 2, "soldiers", null, "ASSERTED"));
		f.add("c", article("The army detained dozens of men, including 3 officers.", "3", 3, 3, "officers", null, "ASSERTED"));
		f.add("b", article("Officials said 55 people were arrested.", "55", 55, 55, "people", null, "ASSERTED"));
		// another event in another article
		f.add("d", article("The floods killed 12 people.", "12", 12, 12, "people", null, "ASSERTED"));
		assertThat(f.groups()).isEmpty();
		// the same counts as totals do form a group, and contradict the 55
		f.add("e", article("Police detained 2 soldiers.", "2", 2, 2, "soldiers", null, "ASSERTED"));
		assertThat(f.groups()).singleElement().satisfies(g -> assertThat(g.isConflict()).isTrue());
	}

	@Test
	void thatADenialOfWhatOthersAssertIsAPropositionConflictAcrossSpellings() {
		ConflictFinder f = new ConflictFinder();
		f.add("a", article("Soldiers came to arrest Abass Dembele in Kati.", null, 0, 0, null, "Abass Dembele", "ASSERTED"));
		f.add("b", article("Neither Dembele nor Sagara have been arrested.", null, 0, 0, null, "Dembele", "DENIED"));
		f.add("c", article("Sagara is believed to be detained.", null, 0, 0, null, "Sagara", "HEDGED"));
		List<ClaimGroup> groups = f.groups();
		assertThat(groups).extracting(ClaimGroup::subject).contains("Abass Dembele \u2014 arrest");
		ClaimGroup dembele = groups.stream().filter(g -> g.subject().startsWith("Abass")).findFirst().orElseThrow();
		assertThat(dembele.isConflict()).isTrue();
		assertThat(dembele.claims()).extracting(ClaimRef::factuality).containsExactly("ASSERTED", "DENIED");
	}
}
