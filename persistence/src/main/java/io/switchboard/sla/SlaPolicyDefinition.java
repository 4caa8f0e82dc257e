package io.switchboard.sla;

import io.switchboard.conditions.ConditionGroup;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What a supervisor defines in an SLA policy; conditions are a condition tree, checked as routes' are. */
public record SlaPolicyDefinition(
        String name,
        boolean enabled,
        Instant validFrom,
        Instant validTo,
        ConditionGroup conditions,
        QueueScope queueScope,
        Set<Long> queueIds,
        boolean excludeAutomated,
        List<SeverityDefinition> severities) {

    /** One severity: at least one of the three times, in minutes. */
    public record SeverityDefinition(
            String name,
            boolean isDefault,
            Integer firstResponseMinutes,
            Integer nextReplyMinutes,
            Integer resolutionMinutes,
            boolean workingHoursOnly) {}
}
