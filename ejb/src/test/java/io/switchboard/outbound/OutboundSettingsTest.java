package io.switchboard.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboundSettingsTest {

    private static OutboundSettings withLease(String lease) {
        OutboundSettings settings = new OutboundSettings();
        settings.lease = lease;
        return settings;
    }

    @Test
    void theLeaseIsTheConfiguredOne() {
        assertEquals(Duration.ofMinutes(2), withLease("PT2M").lease());
        assertEquals(Duration.ofSeconds(45), withLease("PT45S").lease());
    }

    @Test
    void aLeaseShorterThanOneAttemptIsRaisedToOutlastIt() {
        // connect 5 s + request 15 s + 10 s margin
        assertEquals(Duration.ofSeconds(30), OutboundSettings.MIN_LEASE);
        assertEquals(Duration.ofSeconds(30), withLease("PT5S").lease());
        assertEquals(Duration.ofSeconds(30), withLease("PT30S").lease());
    }
}
