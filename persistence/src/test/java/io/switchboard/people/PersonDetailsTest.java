package io.switchboard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonDetailsTest {

    private static PersonDetails known() {
        return new PersonDetails(
                "Ana",
                "Horvat",
                null,
                null,
                "Ilica 1",
                "Zagreb",
                "Croatia",
                LocalDate.of(1990, 5, 17),
                Gender.FEMALE,
                "crm-1",
                "Premium",
                "Lead",
                Set.of("vip"),
                Set.of("salesforce"),
                "api",
                Map.of("tier", "gold", "score", "7"));
    }

    private static PersonDetails told(String city, Set<String> tags, Map<String, String> custom) {
        return new PersonDetails(
                null, null, null, null, null, city, null, null, null, null, null, null, tags, null, null, custom);
    }

    @Test
    void overlayKeepsWhatTheChannelDidNotTell() {
        assertThat(known().overlay(told(null, null, null))).isEqualTo(known());
    }

    @Test
    void overlayReplacesWhatTheChannelTold() {
        PersonDetails merged = known().overlay(told("Split", Set.of("new"), null));
        assertThat(merged.city()).isEqualTo("Split");
        assertThat(merged.tags()).containsExactly("new");
        assertThat(merged.firstName()).isEqualTo("Ana");
        assertThat(merged.gender()).isEqualTo(Gender.FEMALE);
        assertThat(merged.integrations()).containsExactly("salesforce");
    }

    @Test
    void overlayMergesCustomValuesByName() {
        PersonDetails merged = known().overlay(told(null, null, Map.of("tier", "platinum", "ivr", "2")));
        assertThat(merged.customAttributes())
                .containsExactlyInAnyOrderEntriesOf(Map.of("tier", "platinum", "score", "7", "ivr", "2"));
    }

    @Test
    void overlayOnAnUnknownCustomerTakesEverythingTold() {
        PersonDetails empty = new PersonDetails(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        PersonDetails merged = empty.overlay(told("Split", null, Map.of("tier", "gold")));
        assertThat(merged.city()).isEqualTo("Split");
        assertThat(merged.customAttributes()).containsExactlyEntriesOf(Map.of("tier", "gold"));
    }
}
