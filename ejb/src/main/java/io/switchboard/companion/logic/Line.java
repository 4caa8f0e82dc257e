package io.switchboard.companion.logic;

import java.time.Instant;
import java.util.Objects;

/**
 * One message as the companion reads it: which conversation, who wrote it, what it says. Sensitive messages never
 * become lines (the companion neither shows nor sends what agents see masked).
 */
public record Line(long conversationId, Speaker speaker, String text, Instant at) {

    /** Who wrote the line: the customer, an agent (a person), or a bot. */
    public enum Speaker {
        CUSTOMER,
        AGENT,
        BOT
    }

    public Line {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }

    /** Whether the contact center's side wrote it (an agent or a bot). */
    public boolean ours() {
        return speaker != Speaker.CUSTOMER;
    }
}
