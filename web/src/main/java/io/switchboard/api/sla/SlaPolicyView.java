package io.switchboard.api.sla;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.sla.QueueScope;
import io.switchboard.sla.SlaPolicy;
import java.time.Instant;
import java.util.List;

/** An SLA policy as the API shows it; position 1 is the top of the list. */
public record SlaPolicyView(
        long id,
        String name,
        boolean enabled,
        int position,
        Instant validFrom,
        Instant validTo,
        ConditionGroup conditions,
        QueueScope queueScope,
        List<Long> queueIds,
        boolean excludeAutomated,
        List<SeverityView> severities,
        Instant updatedAt) {

    /** A severity and the times it promises. */
    public record SeverityView(
            String name,
            boolean isDefault,
            Integer firstResponseMinutes,
            Integer nextReplyMinutes,
            Integer resolutionMinutes,
            boolean workingHoursOnly) {}

    public static SlaPolicyView of(SlaPolicy p) {
        return new SlaPolicyView(
                p.getId(),
                p.getName(),
                p.isEnabled(),
                p.getListOrder() + 1,
                p.getValidFrom(),
                p.getValidTo(),
                p.getConditions(),
                p.getQueueScope(),
                p.getQueueIds().stream().sorted().toList(),
                p.isExcludeAutomated(),
                p.getSeverities().stream()
                        .map(s -> new SeverityView(
                                s.getName(),
                                s.isDefaultSeverity(),
                                s.getFirstResponseMinutes(),
                                s.getNextReplyMinutes(),
                                s.getResolutionMinutes(),
                                s.isWorkingHoursOnly()))
                        .toList(),
                p.getUpdatedAt());
    }
}
