package org.assay.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.uima.jcas.JCas;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Source;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewTest {

	static final String TEXT = "\"Troops arrived,\" General Abass Dembele told AFP in Kati.";

	JCas jcas;
	Review review;
	Entity person;
	Claim claim;

	@BeforeEach
	void setUp() {
		jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\w+|[^\\w\\s]").matcher(TEXT);
		while (m.find()) {
			new Token(jcas, m.start(), m.end()).addToIndexes();
		}
		person = suggest(new Entity(jcas, TEXT.indexOf("Abass"), TEXT.indexOf(" told")));
		person.setLabel("PERSON");
		Entity kati = suggest(new Entity(jcas, TEXT.indexOf("Kati"), TEXT.indexOf("Kati") + 4));
		kati.setLabel("ORGANIZATION");
		Source s = suggest(new Source(jcas, TEXT.indexOf("General"), TEXT.indexOf(" told")));
		Cue c = suggest(new Cue(jcas, TEXT.indexOf("told"), TEXT.indexOf(" in")));
		claim = suggest(new Claim(jcas, 1, TEXT.indexOf(",\"")));
		claim.setSource(s);
		claim.setCue(c);
		claim.setKind("DIRECT_QUOTE");
		claim.setFactuality("ASSERTED");
		review = new Review(jcas, "alice", Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
	}

	private static <T extends org.assay.type.Reviewable> T suggest(T r) {
		r.setStatus("SUGGESTED");
		r.setOrigin("assay-entities@0.1.0");
		r.setConfidence(0.8);
		r.addToIndexes();
		return r;
	}

	@Test
	void thatAcceptingAClaimAcceptsItsSourceAndCueAndUndoRestoresThem() {
		CasEdit accept = review.accept(claim);
		accept.apply();
		assertThat(claim.getStatus()).isEqualTo("ACCEPTED");
		assertThat(claim.getSource().getStatus()).isEqualTo("ACCEPTED");
		assertThat(claim.getCue().getStatus()).isEqualTo("ACCEPTED");
		assertThat(claim.getChangedAt()).isEqualTo("2026-11-21T10:00:00Z");
		accept.undo();
		assertThat(claim.getStatus()).isEqualTo("SUGGESTED");
		assertThat(claim.getSource().getStatus()).isEqualTo("SUGGESTED");
	}

	@Test
	void thatRelabellingASuggestionCorrectsItAndKeepsItsOrigin() {
		Entity kati = jcas.select(Entity.class).get(1);
		CasEdit edit = review.relabel(kati, "LOCATION");
		edit.apply();
		assertThat(kati.getLabel()).isEqualTo("LOCATION");
		assertThat(kati.getStatus()).isEqualTo("CORRECTED");
		assertThat(kati.getOrigin()).isEqualTo("assay-entities@0.1.0");
		edit.undo();
		assertThat(kati.getLabel()).isEqualTo("ORGANIZATION");
		assertThat(kati.getStatus()).isEqualTo("SUGGESTED");
	}

	@Test
	void thatGrowingAndShrinkingMoveByWholeTokensAndStayIndexed() {
		TokenSpans tokens = DetachedTokens.detach(jcas).spans();
		int[] grown = tokens.grow(person.getBegin(), person.getEnd(), true);
		assertThat(TEXT.substring(grown[0], grown[1])).isEqualTo("General Abass Dembele");
		review.resize(person, grown[0], grown[1]).apply();
		assertThat(jcas.select(Entity.class).coveredBy(0, TEXT.length()).asList()).contains(person);
		int[] shrunk = tokens.shrink(person.getBegin(), person.getEnd(), false);
		assertThat(TEXT.substring(shrunk[0], shrunk[1])).isEqualTo("General Abass");
		assertThat(person.getStatus()).isEqualTo("CORRECTED");
	}

	@Test
	void thatASelectionSnapsToWholeTokens() {
		TokenSpans tokens = DetachedTokens.detach(jcas).spans();
		int from = TEXT.indexOf("bass");
		int[] span = tokens.snap(from, from + 8);
		assertThat(TEXT.substring(span[0], span[1])).isEqualTo("Abass Dembele");
		int caret = TEXT.indexOf("ati");
		int[] word = tokens.snap(caret, caret);
		assertThat(TEXT.substring(word[0], word[1])).isEqualTo("Kati");
	}

	@Test
	void thatANewEntityIsManualWithTheAnnotatorAsOriginAndDeleteUndoes() {
		CasEdit create = review.createEntity(TEXT.indexOf("AFP"), TEXT.indexOf("AFP") + 3, "ORGANIZATION");
		create.apply();
		Entity afp = jcas.select(Entity.class).filter(e -> e.getCoveredText().equals("AFP")).findFirst().orElseThrow();
		assertThat(afp.getStatus()).isEqualTo("MANUAL");
		assertThat(afp.getOrigin()).isEqualTo("alice");
		assertThat(afp.getConfidence()).isEqualTo(1.0);
		CasEdit delete = review.delete(afp);
		delete.apply();
		assertThat(jcas.select(Entity.class).asList()).doesNotContain(afp);
		delete.undo();
		assertThat(jcas.select(Entity.class).asList()).contains(afp);
	}

	@Test
	void thatClaimPartsCanBeReplacedAndKindAndFactualityCycle() {
		int b = TEXT.indexOf("General");
		CasEdit source = review.setSource(claim, b, b + "General".length());
		source.apply();
		assertThat(claim.getSource().getCoveredText()).isEqualTo("General");
		assertThat(jcas.select(Source.class).asList()).hasSize(1);
		source.undo();
		assertThat(claim.getSource().getCoveredText()).isEqualTo("General Abass Dembele");
		review.cycleKind(claim).apply();
		assertThat(claim.getKind()).isEqualTo("INDIRECT");
		review.cycleFactuality(claim).apply();
		assertThat(claim.getFactuality()).isEqualTo("DENIED");
		assertThat(claim.getStatus()).isEqualTo("CORRECTED");
	}

	@Test
	void thatNavigationVisitsSuggestionsInTextOrderAndWraps() {
		assertThat(ReviewNavigator.nextSuggestion(jcas, null, 0).orElseThrow()).isSameAs(claim);
		assertThat(ReviewNavigator.nextSuggestion(jcas, claim, 0).orElseThrow()).isSameAs(person);
		review.accept(person).apply();
		Entity kati = jcas.select(Entity.class).get(1);
		assertThat(ReviewNavigator.nextSuggestion(jcas, claim, 0).orElseThrow()).isSameAs(kati);
		assertThat(ReviewNavigator.nextSuggestion(jcas, kati, 0).orElseThrow()).isSameAs(claim);
		assertThat(ReviewNavigator.previousSuggestion(jcas, claim, 0).orElseThrow()).isSameAs(kati);
		assertThat(ReviewNavigator.progress(jcas)).containsExactly(2, 3);
	}

	@Test
	void thatTheAnnotationsAtACaretComeInnermostFirst() {
		int caret = TEXT.indexOf("roops");
		assertThat(ReviewNavigator.at(jcas, caret)).containsExactly(claim);
		assertThat(ReviewNavigator.at(jcas, TEXT.indexOf("Dembele"))).containsExactly(person);
	}

	@Test
	void thatMergingEngineOutputAddsOnlyWhatTheLayerLacksAndUndoes() {
		review.accept(person).apply();
		JCas engine = AssayTypeSystem.newJCas();
		engine.setDocumentText(TEXT);
		Entity samePerson = suggest(new Entity(engine, person.getBegin(), person.getEnd()));
		samePerson.setLabel("PERSON");
		Entity afp = suggest(new Entity(engine, TEXT.indexOf("AFP"), TEXT.indexOf("AFP") + 3));
		afp.setLabel("ORGANIZATION");
		CasEdit merge = review.mergeSuggestions(engine);
		merge.apply();
		assertThat(jcas.select(Entity.class).asList()).extracting(Entity::getCoveredText)
				.containsExactly("Abass Dembele", "AFP", "Kati");
		assertThat(person.getStatus()).isEqualTo("ACCEPTED");
		merge.undo();
		assertThat(jcas.select(Entity.class).asList()).extracting(Entity::getCoveredText)
				.containsExactly("Abass Dembele", "Kati");
	}
}
