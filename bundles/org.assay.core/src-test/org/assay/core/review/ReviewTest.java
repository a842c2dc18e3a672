package org.assay.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.type.Source;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;
import org.assertj.core.data.Offset;
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
		Matcher m = Pattern.compile("\\w+|[^\\w\\s]").matcher(TEXT);
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

	private static <T extends Reviewable> T suggest(T r) {
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
	void thatTheFirstDecisionKeepsWhatWasSuggestedAndWhoDecidedAndUndoForgetsIt() {
		Entity kati = jcas.select(Entity.class).get(1);
		CasEdit relabel = review.relabel(kati, "LOCATION");
		relabel.apply();
		assertThat(kati.getSuggested().getLabel()).isEqualTo("ORGANIZATION");
		assertThat(kati.getSuggested().getOrigin()).isEqualTo("assay-entities@0.1.0");
		assertThat(kati.getSuggested().getConfidence()).isEqualTo(0.8);
		assertThat(kati.getDecidedBy()).isEqualTo("alice");
		int begin = kati.getBegin();
		CasEdit grow = new Review(jcas, "bob").resize(kati, begin - 3, kati.getEnd());
		grow.apply();
		assertThat(kati.getSuggested().getBegin()).as("the suggestion, not the last state").isEqualTo(begin);
		assertThat(kati.getSuggested().getLabel()).isEqualTo("ORGANIZATION");
		assertThat(kati.getDecidedBy()).isEqualTo("bob");
		grow.undo();
		relabel.undo();
		assertThat(kati.getSuggested()).isNull();
		assertThat(kati.getDecidedBy()).isNull();

		CasEdit accept = review.accept(claim);
		accept.apply();
		assertThat(claim.getSuggested().getBegin()).isEqualTo(claim.getBegin());
		assertThat(claim.getSuggested().getLabel()).isNull();
		assertThat(claim.getSource().getDecidedBy()).isEqualTo("alice");
		Entity made = jcas.select(Entity.class).get(0);
		review.createEntity(made.getBegin(), made.getEnd(), "PERSON").apply();
		assertThat(jcas.select(Entity.class).filter(e -> "MANUAL".equals(e.getStatus())).findFirst().orElseThrow().getSuggested())
				.as("nothing was suggested for a hand-made annotation").isNull();
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
		Span grown = tokens.grow(person.getBegin(), person.getEnd(), true);
		assertThat(grown.of(TEXT)).isEqualTo("General Abass Dembele");
		review.resize(person, grown.begin(), grown.end()).apply();
		assertThat(jcas.select(Entity.class).coveredBy(0, TEXT.length()).asList()).contains(person);
		assertThat(tokens.shrink(person.getBegin(), person.getEnd(), false).of(TEXT)).isEqualTo("General Abass");
		assertThat(person.getStatus()).isEqualTo("CORRECTED");
	}

	@Test
	void thatASelectionSnapsToWholeTokens() {
		TokenSpans tokens = DetachedTokens.detach(jcas).spans();
		int from = TEXT.indexOf("bass");
		assertThat(tokens.snap(from, from + 8).orElseThrow().of(TEXT)).isEqualTo("Abass Dembele");
		int caret = TEXT.indexOf("ati");
		assertThat(tokens.snap(caret, caret).orElseThrow().of(TEXT)).isEqualTo("Kati");
		assertThat(tokens.snap(TEXT.length(), TEXT.length())).isEmpty();
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
		review.cycleKind(claim, true).apply();
		assertThat(claim.getKind()).isEqualTo("INDIRECT");
		review.cycleFactuality(claim, true).apply();
		assertThat(claim.getFactuality()).isEqualTo("DENIED");
		assertThat(claim.getStatus()).isEqualTo("CORRECTED");
	}

	@Test
	void thatMostUncertainFirstVisitsTheSuggestionsClosestToEvenOddsFirst() {
		Entity kati = jcas.select(Entity.class).get(1);
		claim.setConfidence(0.95);
		person.setConfidence(0.55);
		kati.setConfidence(0.3);
		assertThat(ReviewNavigator.uncertainty(person)).isCloseTo(0.9, Offset.offset(1e-9));
		assertThat(ReviewNavigator.nextUncertain(jcas, null, true).orElseThrow()).isSameAs(person);
		assertThat(ReviewNavigator.nextUncertain(jcas, person, true).orElseThrow()).isSameAs(kati);
		review.accept(kati).apply(); // decided: the next one is still found from its place in the order
		assertThat(ReviewNavigator.nextUncertain(jcas, kati, true).orElseThrow()).isSameAs(claim);
		assertThat(ReviewNavigator.nextUncertain(jcas, claim, true).orElseThrow()).isSameAs(person);
		assertThat(ReviewNavigator.nextUncertain(jcas, person, false).orElseThrow()).isSameAs(claim);
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
		assertThat(ReviewNavigator.progress(jcas)).isEqualTo(new ReviewNavigator.Progress(2, 3, 0));
		assertThat(ReviewNavigator.progress(jcas).reviewed()).isEqualTo(1);
		// a span made by hand is no suggestion: the count of suggestions stays
		Entity own = new Entity(jcas, 0, 1);
		own.setLabel("PERSON");
		own.setStatus("MANUAL");
		own.addToIndexes();
		assertThat(ReviewNavigator.progress(jcas)).isEqualTo(new ReviewNavigator.Progress(2, 3, 1));
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

	@Test
	void thatUndoRestoresStatusAndTimeForEveryKindOfEdit() {
		person.setChangedAt("2020-01-01T00:00:00Z");
		claim.setChangedAt("2020-01-01T00:00:00Z");
		int b = TEXT.indexOf("General");
		for (CasEdit edit : List.of(review.relabel(person, "ORGANIZATION"),
				review.resize(person, person.getBegin(), person.getEnd() - 3), review.accept(person),
				review.setSource(claim, b, b + 7), review.setCue(claim, b, b + 7), review.cycleKind(claim, true),
				review.cycleFactuality(claim, false), review.reject(claim))) {
			edit.apply();
			edit.undo();
			assertThat(person.getChangedAt()).as(edit.label()).isEqualTo("2020-01-01T00:00:00Z");
			assertThat(claim.getChangedAt()).as(edit.label()).isEqualTo("2020-01-01T00:00:00Z");
			assertThat(person.getStatus()).as(edit.label()).isEqualTo("SUGGESTED");
			assertThat(claim.getStatus()).as(edit.label()).isEqualTo("SUGGESTED");
		}
		assertThat(person.getLabel()).isEqualTo("PERSON");
		assertThat(person.getCoveredText()).isEqualTo("Abass Dembele");
	}

	@Test
	void thatKindAndFactualityCycleBackwardToo() {
		review.cycleKind(claim, false).apply();
		assertThat(claim.getKind()).isEqualTo("UNATTRIBUTED");
		review.cycleFactuality(claim, false).apply();
		assertThat(claim.getFactuality()).isEqualTo("UNCERTAIN");
	}

	@Test
	void thatALayerListingShowsWhatAPersonDecidesLineByLineInTextOrder() {
		review.accept(person).apply();
		String listing = LayerListing.of(jcas);
		assertThat(listing.lines()).hasSize(3);
		assertThat(listing.lines().toList().get(0)).startsWith("[     1,    15] SUGGESTED CLAIM DIRECT_QUOTE ASSERTED ")
				.contains("source [18,39] \"General Abass Dembele\"", "cue [40,48] \"told AFP\"", "\"Troops arrived\"");
		assertThat(listing.lines().toList().get(1)).isEqualTo("[    26,    39] ACCEPTED  PERSON         \"Abass Dembele\"");
		assertThat(listing).doesNotContain("assay-entities"); // origins and times differ without meaning
	}
}
