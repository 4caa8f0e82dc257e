package io.switchboard.sla.logic;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An SLA clock as an agent reads it in a list: the time left before the breach ("12m left"), turning amber when half
 * the target is gone and red in its last quarter, and "breached by 5m" once past due. A counting clock keeps its due
 * time and target so that the page can count down on its own between renders (switchboard/live.js, same rule).
 */
public record SlaCountdown(Level level, String text, Instant due, long targetSeconds) {

    /** How urgent the clock looks. */
    public enum Level {
        /** No clock runs. */
        NONE,
        /** More than half the target left. */
        OK,
        /** Half the target or less left. */
        AMBER,
        /** A quarter of the target or less left. */
        RED,
        /** Past due. */
        BREACHED
    }

    public static final SlaCountdown NONE = new SlaCountdown(Level.NONE, "");

    public SlaCountdown {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }

    /** A countdown that no longer counts (none, or a clock that stopped late). */
    public SlaCountdown(Level level, String text) {
        this(level, text, null, 0);
    }

    /** The due time in epoch milliseconds for the page to count down to; null when the clock does not count. */
    public Long dueMillis() {
        return due == null ? null : due.toEpochMilli();
    }

    /**
     * The countdown of a clock due at {@code due} with this {@code target} (the whole time the policy gives), as
     * {@code now} sees it; time left is wall time to the due instant.
     */
    public static SlaCountdown of(Instant due, Duration target, Instant now) {
        Duration left = Duration.between(now, due);
        long total = target == null || target.isZero() || target.isNegative() ? 0 : target.toSeconds();
        if (left.isNegative() || left.isZero()) {
            return new SlaCountdown(Level.BREACHED, "breached by " + words(left.negated()), due, total);
        }
        long seconds = left.toSeconds();
        Level level;
        if (total == 0 || seconds * 4 <= total) {
            level = Level.RED;
        } else if (seconds * 2 <= total) {
            level = Level.AMBER;
        } else {
            level = Level.OK;
        }
        return new SlaCountdown(level, words(left) + " left", due, total);
    }

    /** A clock already breached by this much (a clock that stopped late). */
    public static SlaCountdown breachedBy(Duration late) {
        return new SlaCountdown(Level.BREACHED, "breached by " + words(late));
    }

    /** A duration in the two largest units people read at a glance: "2d 3h", "1h 05m", "12m", "40s". */
    public static String words(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        if (hours > 0) {
            return hours + "h " + String.format(Locale.ROOT, "%02dm", minutes);
        }
        if (minutes > 0) {
            return minutes + "m";
        }
        return seconds % 60 + "s";
    }

    /** The style class lists use for the level. */
    public String styleClass() {
        return "sb-sla-" + level.name().toLowerCase(Locale.ROOT);
    }
}
