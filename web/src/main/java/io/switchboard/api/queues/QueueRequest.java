package io.switchboard.api.queues;

import io.switchboard.queues.AutoAssignment;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A queue's settings. On creation a missing name makes "Queue #X"; on update the name is required and the other
 * settings left out keep their values.
 */
public class QueueRequest {

    @Size(min = 1, max = 100)
    public String name;

    @Pattern(regexp = AutoAssignment.NAMES, message = "must be one of " + AutoAssignment.NAMES)
    public String autoAssignment;

    /** The senders the queue talks from; the default one must be among them. */
    @Size(max = 100)
    public List<Long> senderIds;

    public Long defaultSenderId;

    /** The queue's working-hours period; new queues without one get the default period. */
    public Long workingHoursPeriodId;
}
