package io.switchboard.routing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest {

    @Test
    void missesSurviveStorage() {
        List<RoutingDecision.Miss> misses = List.of(
                new RoutingDecision.Miss(7, "Premium \"gold\"", "conditions.conditions[1]", "person.custom.premium is 'true'"),
                new RoutingDecision.Miss(9, "Spanish", "conditions.groups[0]", "none of the 2 alternatives held"));
        assertThat(Routing.missesFromJson(Routing.missesJson(misses))).isEqualTo(misses);
        assertThat(Routing.missesFromJson(Routing.missesJson(List.of()))).isEmpty();
    }

    @Test
    void storedCustomAttributesAreReadAsText() {
        assertThat(Routing.textMap("{\"ivrChoice\":\"2\",\"attempts\":3}"))
                .isEqualTo(Map.of("ivrChoice", "2", "attempts", "3"));
        assertThat(Routing.textMap(null)).isEmpty();
    }
}
