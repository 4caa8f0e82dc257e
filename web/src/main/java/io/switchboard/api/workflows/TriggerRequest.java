package io.switchboard.api.workflows;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowTrigger;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One trigger as the API writes it: {@code type}; {@code after} (ISO-8601) for time-based ones; {@code to} the status
 * of STATUS_CHANGED or the channel of CHANNEL_CHANGED, with {@code from}; {@code scores} of SURVEY_FEEDBACK_RECEIVED.
 * Also the answer's shape.
 */
public class TriggerRequest {

    public String type;
    public String after;
    public String from;
    public String to;
    public List<String> scores;

    WorkflowTrigger toTrigger(String field) {
        TriggerType parsed;
        try {
            parsed = TriggerType.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + ".type", "must be one of " + Arrays.toString(TriggerType.values()));
        }
        Duration wait = null;
        if (after != null) {
            try {
                wait = Duration.parse(after);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field + ".after", "must be an ISO-8601 duration such as PT30M or P2D");
            }
        }
        boolean channels = parsed == TriggerType.CHANNEL_CHANGED;
        if (from != null && !channels) {
            throw new InvalidInputException(field + ".from", "applies to CHANNEL_CHANGED only");
        }
        return new WorkflowTrigger(
                parsed,
                wait,
                channels ? null : to,
                channels ? from : null,
                channels ? to : null,
                scores == null ? Set.of() : Set.copyOf(scores));
    }

    static TriggerRequest of(WorkflowTrigger trigger) {
        TriggerRequest view = new TriggerRequest();
        view.type = trigger.type().name();
        view.after = trigger.after() == null ? null : trigger.after().toString();
        view.from = trigger.fromChannel();
        view.to = trigger.type() == TriggerType.CHANNEL_CHANGED ? trigger.toChannel() : trigger.toStatus();
        view.scores = trigger.scores().isEmpty()
                ? null
                : trigger.scores().stream().sorted().toList();
        return view;
    }
}
