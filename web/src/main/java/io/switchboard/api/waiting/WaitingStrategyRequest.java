package io.switchboard.api.waiting;

import io.switchboard.waiting.WaitingStrategy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A messaging waiting strategy; ranges and "at least one message" are the engine's rules. (Classes: see CreateApiKeyRequest.) */
public class WaitingStrategyRequest {

    /** The sender it runs for (set at creation, ignored on change). */
    public Long senderId;

    @NotBlank
    @Size(max = 100)
    public String name;

    @Valid
    public Welcome welcome;

    @Valid
    public Announcement announcement;

    @Valid
    public MaxWait maxWait;

    /** Sent once, on entering the queue unassigned. */
    public static class Welcome {
        public boolean enabled;

        @Size(max = 2000)
        public String text;
    }

    /** Sent every N minutes (1 to 60), at most K times (1 to 60, optional), never after one hour. */
    public static class Announcement {
        public boolean enabled;

        @Size(max = 2000)
        public String text;

        public Integer everyMinutes;
        public Integer maxCount;
    }

    /** Sent after M minutes (1 to 60) without assignment; the conversation is then closed. */
    public static class MaxWait {
        public boolean enabled;

        @Size(max = 2000)
        public String text;

        public Integer minutes;
    }

    public WaitingStrategy.Messages messages() {
        Welcome w = welcome == null ? new Welcome() : welcome;
        Announcement a = announcement == null ? new Announcement() : announcement;
        MaxWait m = maxWait == null ? new MaxWait() : maxWait;
        return new WaitingStrategy.Messages(
                w.enabled,
                trim(w.text),
                a.enabled,
                trim(a.text),
                a.everyMinutes,
                a.maxCount,
                m.enabled,
                trim(m.text),
                m.minutes);
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}
