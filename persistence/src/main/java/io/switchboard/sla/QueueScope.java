package io.switchboard.sla;

import java.util.Set;

/** Where an SLA policy applies: every queue, only the listed ones, or all but the listed ones. */
public enum QueueScope {
    ALL,
    ONLY,
    EXCEPT;

    /** The names, for request validation; a unit test keeps them in step. */
    public static final String NAMES = "ALL|ONLY|EXCEPT";

    public boolean covers(long queueId, Set<Long> listed) {
        return switch (this) {
            case ALL -> true;
            case ONLY -> listed.contains(queueId);
            case EXCEPT -> !listed.contains(queueId);
        };
    }
}
