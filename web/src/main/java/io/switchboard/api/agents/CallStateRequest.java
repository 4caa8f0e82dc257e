package io.switchboard.api.agents;

import io.switchboard.agents.VoiceState;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** An agent's call state and/or wrap-up time; what is left out keeps its value. */
public class CallStateRequest {

    @Pattern(regexp = VoiceState.NAMES, message = "must be one of " + VoiceState.NAMES)
    public String voiceState;

    @Min(0)
    @Max(3600)
    public Integer wrapUpSeconds;
}
