package io.switchboard.sla.logic;

import io.switchboard.sla.SlaMetric;
import java.time.Duration;

/** The times one severity promises; a null target is not promised. At least one is set. */
public record SeverityTargets(Duration firstResponse, Duration nextReply, Duration resolution) {

    public SeverityTargets {
        if (firstResponse == null && nextReply == null && resolution == null) {
            throw new IllegalArgumentException("a severity promises at least one time");
        }
    }

    public static SeverityTargets ofMinutes(Integer firstResponse, Integer nextReply, Integer resolution) {
        return new SeverityTargets(minutes(firstResponse), minutes(nextReply), minutes(resolution));
    }

    private static Duration minutes(Integer value) {
        return value == null ? null : Duration.ofMinutes(value);
    }

    public Duration target(SlaMetric metric) {
        return switch (metric) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_REPLY -> nextReply;
            case RESOLUTION -> resolution;
        };
    }
}
