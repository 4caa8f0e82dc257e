package io.switchboard.api.sla;

import io.switchboard.sla.SlaPolicyDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One severity of a policy; times in minutes, at least one of them. (A class: see CreateApiKeyRequest.) */
public class SeverityRequest {

    @NotBlank
    @Size(max = 100)
    public String name;
    /** The severity new conversations get; when no severity says so, the first one is the default. */
    public Boolean isDefault;

    public Integer firstResponseMinutes;
    public Integer nextReplyMinutes;
    public Integer resolutionMinutes;
    /** Count only inside the conversation's queue's working hours (false: always). */
    public Boolean workingHoursOnly;

    SlaPolicyDefinition.SeverityDefinition definition(boolean isTheDefault) {
        return new SlaPolicyDefinition.SeverityDefinition(
                name.trim(),
                isTheDefault,
                firstResponseMinutes,
                nextReplyMinutes,
                resolutionMinutes,
                Boolean.TRUE.equals(workingHoursOnly));
    }
}
