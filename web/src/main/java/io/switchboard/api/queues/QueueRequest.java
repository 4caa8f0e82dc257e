package io.switchboard.api.queues;

import jakarta.validation.constraints.Size;

/** A queue's name; left out on creation, the queue is called "Queue #X". */
public class QueueRequest {

    @Size(min = 1, max = 100)
    public String name;
}
