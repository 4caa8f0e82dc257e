package io.switchboard.sla;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What a supervisor defines in an SLA policy; conditions are routing's condition tree as JSON. */
public record SlaPolicyDefinition(String name, boolean enabled, Instant validFrom, Instant validTo, String conditions,
                                  QueueScope queueScope, Set<Long> queueIds, boolean excludeAutomated,
                                  List<SeverityDefinition> severities) {

    /** One severity: at least one of the three times, in minutes. */
    public record SeverityDefinition(String name, boolean isDefault, Integer firstResponseMinutes,
                                     Integer nextReplyMinutes, Integer resolutionMinutes, boolean workingHoursOnly) {
    }
}
