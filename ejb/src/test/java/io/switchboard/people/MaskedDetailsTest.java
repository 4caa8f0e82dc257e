package io.switchboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.attributes.Masking;
import io.switchboard.platform.ForbiddenException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaskedDetailsTest {

    private final Masking agent = new Masking(true, Set.of("city", "card"), Set.of());

    private static PersonDetails details(String firstName, String city, Map<String, String> custom) {
        return new PersonDetails(
                firstName, null, null, null, null, city, null, null, null, null, null, null, null, null, null, custom);
    }

    @Test
    void anAgentsRoundTripKeepsWhatTheMasksHide() {
        PersonDetails stored = details("Ana", "Zagreb", Map.of("card", "4242", "tier", "gold"));
        PersonDetails sent = details("Anna", Masking.MASK, Map.of("card", Masking.MASK, "tier", "platinum"));

        PersonDetails written = MaskedDetails.written(agent, stored, sent);

        assertThat(written.firstName()).isEqualTo("Anna");
        assertThat(written.city()).isEqualTo("Zagreb");
        assertThat(written.customAttributes()).containsOnly(Map.entry("card", "4242"), Map.entry("tier", "platinum"));
    }

    @Test
    void sensitiveValuesLeftOutStayForAnAgent() {
        PersonDetails stored = details("Ana", "Zagreb", Map.of("card", "4242", "tier", "gold"));
        PersonDetails written = MaskedDetails.written(agent, stored, details("Ana", null, Map.of()));
        assertThat(written.city()).isEqualTo("Zagreb");
        assertThat(written.customAttributes()).containsOnly(Map.entry("card", "4242"));
    }

    @Test
    void anAgentCannotChangeASensitiveCustomValue() {
        PersonDetails stored = details("Ana", "Zagreb", Map.of("card", "4242"));
        assertThatThrownBy(() -> MaskedDetails.written(agent, stored, details("Ana", null, Map.of("card", "9999"))))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageStartingWith("customAttributes[card]");
    }

    @Test
    void aManagerReplacesEverythingButMasks() {
        PersonDetails stored = details("Ana", "Zagreb", Map.of("card", "4242", "tier", "gold"));
        PersonDetails written =
                MaskedDetails.written(Masking.NONE, stored, details("Ana", null, Map.of("card", Masking.MASK)));
        assertThat(written.city()).isNull();
        assertThat(written.customAttributes()).containsOnly(Map.entry("card", "4242"));
    }
}
