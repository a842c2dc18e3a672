package org.assay.engines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

	private final Gazetteers gaz = Gazetteers.get();

	@Test
	void thatEntriesAreFoundAsWrittenAndPhrasesByTheirFirstWord() {
		assertThat(gaz.isLocation("Burkina Faso")).isTrue();
		assertThat(gaz.isLocation("burkina faso")).isFalse();
		assertThat(gaz.countries.mayStartWith("Burkina")).isTrue();
		assertThat(gaz.countries.mayStartWith("Burkina,")).as("compared by the word's letters").isTrue();
		assertThat(gaz.countries.mayStartWith("Faso")).isFalse();
	}

	@Test
	void thatTheHeadOfAPhraseIsItsLeadingLettersAndDigits() {
		assertThat(Gazetteer.head("Al-Qaeda")).isEqualTo("Al");
		assertThat(Gazetteer.head("G5 Sahel")).isEqualTo("G5");
		assertThat(Gazetteer.head("'s")).isEmpty();
	}

	@Test
	void thatEveryListLoadsAndRoleNounsIncludeThoseOfAttribution() {
		assertThat(gaz.roleNouns.contains("sociologist")).isTrue();
		assertThat(gaz.roleNouns.contains("observers")).isTrue();
		assertThat(gaz.isOrganization("Reuters")).isTrue();
		assertThat(gaz.demonyms.contains("Malian")).isTrue();
		assertThat(gaz.mayStartEntry("the")).isFalse();
	}
}
