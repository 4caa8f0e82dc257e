package io.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.TextMapConverter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What routing stores and reads back: the misses of a decision, the custom attributes of a message. */
class RoutingTest {

    private static final RouteMissesConverter MISSES = new RouteMissesConverter();
    private static final TextMapConverter TEXT_MAP = new TextMapConverter();

    @Test
    void missesSurviveStorage() {
        List<RouteMiss> misses = List.of(
                new RouteMiss(7, "Premium \"gold\"", "conditions.conditions[1]", "person.custom.premium is 'true'"),
                new RouteMiss(9, "Spanish", "conditions.groups[0]", "none of the 2 alternatives held"));
        assertThat(MISSES.convertToEntityAttribute(MISSES.convertToDatabaseColumn(misses)))
                .isEqualTo(misses);
        assertThat(MISSES.convertToEntityAttribute(MISSES.convertToDatabaseColumn(List.of())))
                .isEmpty();
    }

    @Test
    void storedCustomAttributesAreReadAsText() {
        assertThat(TEXT_MAP.convertToEntityAttribute("{\"ivrChoice\":\"2\",\"attempts\":3}"))
                .isEqualTo(Map.of("ivrChoice", "2", "attempts", "3"));
        assertThat(TEXT_MAP.convertToEntityAttribute(null)).isEmpty();
    }
}
