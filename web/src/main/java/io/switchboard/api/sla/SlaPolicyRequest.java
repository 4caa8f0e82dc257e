package io.switchboard.api.sla;

import io.switchboard.api.routing.ConditionGroupRequest;
import io.switchboard.sla.QueueScope;
import io.switchboard.sla.SlaPolicyDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** An SLA policy as a whole. (A class, not a record: see CreateApiKeyRequest.) */
public class SlaPolicyRequest {

    /** Left out or blank: "SLA policy #N". */
    @Size(max = 100)
    public String name;
    /** Left out: enabled. */
    public Boolean enabled;

    public Instant validFrom;
    public Instant validTo;
    /** Routing's condition tree: at least one condition. */
    public ConditionGroupRequest conditions;
    /** ALL (default), ONLY the listed queues, or all EXCEPT them. */
    @Pattern(regexp = QueueScope.NAMES, message = "must be one of " + QueueScope.NAMES)
    public String queueScope;

    @Size(max = 200)
    public List<@NotNull Long> queueIds;
    /** Replies from automation, working hours, waiting strategies and bots do not count; clocks start at handover. */
    public Boolean excludeAutomated;

    /** At most SlaPolicyRules.MAX_SEVERITIES (1000), checked with the other rules. */
    public List<@NotNull @Valid SeverityRequest> severities;

    SlaPolicyDefinition definition() {
        List<SlaPolicyDefinition.SeverityDefinition> levels = new ArrayList<>();
        List<SeverityRequest> given = severities == null ? List.of() : severities;
        boolean anyMarked = given.stream().anyMatch(s -> Boolean.TRUE.equals(s.isDefault));
        for (int i = 0; i < given.size(); i++) {
            SeverityRequest s = given.get(i);
            levels.add(s.definition(anyMarked ? Boolean.TRUE.equals(s.isDefault) : i == 0));
        }
        return new SlaPolicyDefinition(
                name,
                enabled == null || enabled,
                validFrom,
                validTo,
                null,
                queueScope == null ? QueueScope.ALL : QueueScope.valueOf(queueScope),
                queueIds == null ? new HashSet<>() : new HashSet<>(queueIds),
                Boolean.TRUE.equals(excludeAutomated),
                levels);
    }
}
