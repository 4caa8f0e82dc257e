package io.switchboard.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeliveryOutcomeTest {

    @Test
    void successfulStatusesDeliver() {
        assertThat(DeliveryOutcome.ofStatus(200, "").delivered()).isTrue();
        assertThat(DeliveryOutcome.ofStatus(202, null).delivered()).isTrue();
        assertThat(DeliveryOutcome.ofStatus(204, "").delivered()).isTrue();
    }

    @Test
    void serverErrorsAndThrottlingAreRetried() {
        for (int status : new int[] {500, 502, 503, 504, 408, 425, 429, 301}) {
            DeliveryOutcome outcome = DeliveryOutcome.ofStatus(status, "busy");
            assertThat(outcome.delivered()).isFalse();
            assertThat(outcome.permanent()).as("status %d", status).isFalse();
        }
        assertThat(DeliveryOutcome.ofStatus(503, "busy").error()).isEqualTo("gateway answered 503: busy");
    }

    @Test
    void clientErrorsAreFinal() {
        for (int status : new int[] {400, 401, 403, 404, 410, 422}) {
            assertThat(DeliveryOutcome.ofStatus(status, "").permanent())
                    .as("status %d", status)
                    .isTrue();
        }
    }

    @Test
    void statusNamesFollowTheEnum() {
        assertThat(OutboxStatus.NAMES)
                .isEqualTo(Arrays.stream(OutboxStatus.values()).map(Enum::name).collect(Collectors.joining("|")));
    }
}
