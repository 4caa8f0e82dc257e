package io.switchboard.reports;

/** What an hourly pre-aggregate row counts. */
public enum Measure {
    /** Conversations started in the hour. */
    CREATED,
    /** Customers' messages received in the hour. */
    MESSAGE_IN,
    /** Messages sent to customers in the hour (agents, bots, automation). */
    MESSAGE_OUT,
    /** First agent answers given in the hour, with the time since the conversation started. */
    FIRST_RESPONSE,
    /** Conversations first Solved (or Closed without being Solved) in the hour, with the time since they started. */
    RESOLUTION,
    /** Conversations resolved in the hour per assigned agent. */
    HANDLED,
    /** Conversations closed in the hour whose SLA metric was met. */
    SLA_MET,
    /** Conversations closed in the hour whose SLA metric was breached. */
    SLA_BREACHED;

    public boolean isDuration() {
        return this == FIRST_RESPONSE || this == RESOLUTION;
    }
}
