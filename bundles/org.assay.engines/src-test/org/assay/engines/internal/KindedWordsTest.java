package org.assay.engines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assay.engines.dates.CountedTime;
import org.junit.jupiter.api.Test;

class KindedWordsTest {

	@Test
	void thatAListGivesAllItsWordsAndThoseOfAKind() {
		KindedWords units = KindedWords.load(CountedTime.class, "counted-units.txt", "calendar", "clock");
		assertThat(units.all()).containsExactlyInAnyOrder("days", "weeks", "months", "years", "hours");
		assertThat(units.of("clock")).containsExactly("hours");
	}

	@Test
	void thatAKindTheReaderDoesNotKnowFailsNamingTheListAndTheEntry() {
		assertThatThrownBy(() -> KindedWords.load(CountedTime.class, "counted-units.txt", "calendar"))
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("Word list counted-units.txt: 'hours = clock' names no kind of calendar");
	}
}
