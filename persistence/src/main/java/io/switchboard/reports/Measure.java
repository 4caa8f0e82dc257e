package io.switchboard.reports;

/** What an hourly pre-aggregate row counts (the Conversations report's and the Voice of the Customer's). */
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
    SLA_BREACHED,
    /** Per agent: status periods in the hour in an Available-group status (n) and the seconds of them in the hour. */
    STATUS_AVAILABLE,
    /** Per agent: the same in a Busy-group status. */
    STATUS_BUSY,
    /** Per agent: the same in an Away-group status. */
    STATUS_AWAY,
    /** Per agent: the same in an Unavailable-group status (Offline and custom ones): not signed in. */
    STATUS_UNAVAILABLE,
    /** Per agent: seconds in the hour signed in (not Unavailable) while a conversation or call occupied them. */
    OCCUPIED,
    /** Surveys answered happy in the hour, per queue, channel, priority, tag and assignee of their conversation. */
    HAPPY,
    /** Surveys answered not happy in the hour, the same. */
    NOT_HAPPY,
    /** Customers' messages scored for sentiment in the hour (n) and their scores' sum in thousandths (the total). */
    MESSAGE_SCORE;

    /** The measure of time in a status group. */
    public static Measure statusTime(io.switchboard.agents.AgentStatusGroup group) {
        return switch (group) {
            case AVAILABLE -> STATUS_AVAILABLE;
            case BUSY -> STATUS_BUSY;
            case AWAY -> STATUS_AWAY;
            case UNAVAILABLE -> STATUS_UNAVAILABLE;
        };
    }

    public boolean isDuration() {
        return this == FIRST_RESPONSE || this == RESOLUTION;
    }
}
