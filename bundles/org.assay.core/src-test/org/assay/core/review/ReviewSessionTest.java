package org.assay.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.assay.core.Span;
import org.assay.type.Entity;
import org.assay.type.Reviewable;
import org.assay.types.AssayTypeSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review commands as the keys run them, with an undo history like the workbench's. */
class ReviewSessionTest {

	static final String TEXT = "Abass Dembele met Oumar Sy in Kati on Monday.";

	JCas jcas;
	ReviewSession session;
	Span selection = new Span(0, 0);
	final Deque<CasEdit> done = new ArrayDeque<>();
	final List<String> told = new ArrayList<>();

	@BeforeEach
	void setUp() {
		jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(TEXT);
		Entity e = new Entity(jcas, 0, "Abass Dembele".length());
		e.setLabel("PERSON");
		e.setStatus("SUGGESTED");
		e.addToIndexes();
		session = new ReviewSession(new ReviewSession.View() {
			@Override
			public int caret() {
				return selection.begin();
			}

			@Override
			public Span selection() {
				return selection;
			}

			@Override
			public void run(CasEdit edit, Reviewable next) {
				edit.apply();
				done.push(edit);
				session.setCurrent(next);
			}

			@Override
			public void show(Reviewable r) {
				session.setCurrent(r);
			}

			@Override
			public void tell(String message) {
				told.add(message);
			}
		}, () -> jcas, () -> "alice", () -> TokenSpans.ofText(TEXT), List.of("PERSON", "ORGANIZATION", "LOCATION"));
	}

	private void undo() {
		done.pop().undo();
	}

	private Entity entityAt(int begin) {
		return jcas.select(Entity.class).filter(e -> e.getBegin() == begin).findFirst().orElseThrow();
	}

	@Test
	void thatEUsesTheLabelOfTheLastRelabelThatStillHolds() {
		session.setCurrent(entityAt(0));
		session.labelByIndex(3); // PERSON -> LOCATION
		assertThat(session.lastLabel()).isEqualTo("LOCATION");
		undo();
		assertThat(entityAt(0).getLabel()).isEqualTo("PERSON");
		assertThat(session.lastLabel()).as("the undone relabel no longer decides what E makes").isEqualTo("PERSON");

		session.setCurrent(null);
		int kati = TEXT.indexOf("Kati");
		selection = new Span(kati, kati + 4);
		session.newEntity();
		assertThat(entityAt(kati).getLabel()).isEqualTo("PERSON");
	}

	@Test
	void thatALabelKeyOnASelectionIsRememberedForEUntilUndone() {
		session.setCurrent(null);
		int kati = TEXT.indexOf("Kati");
		selection = new Span(kati, kati + 4);
		session.labelByIndex(3);
		assertThat(session.lastLabel()).isEqualTo("LOCATION");
		undo();
		assertThat(session.lastLabel()).isEqualTo("PERSON");
	}

	@Test
	void thatShrinkingAOneTokenSpanSaysWhy() {
		int kati = TEXT.indexOf("Kati");
		selection = new Span(kati, kati + 4);
		session.labelByIndex(3);
		session.resize(false, false);
		assertThat(told).containsExactly("A one-token span cannot shrink; delete it instead");
		assertThat(entityAt(kati).getEnd()).isEqualTo(kati + 4);
	}
}
