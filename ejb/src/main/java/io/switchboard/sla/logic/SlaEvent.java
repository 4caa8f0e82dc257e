package io.switchboard.sla.logic;

import java.time.Instant;

/** What happened in a conversation that SLA clocks react to, in the order it happened. */
public sealed interface SlaEvent {

    Instant at();

    /** A message from the customer. */
    record CustomerMessage(Instant at) implements SlaEvent {}

    /** A message to the customer; automated ones come from automation, working hours, waiting strategies or bots. */
    record Reply(Instant at, boolean automated) implements SlaEvent {}

    /** A bot handed the conversation over to agents: with automated messages excluded, the clocks start here. */
    record BotHandover(Instant at) implements SlaEvent {}

    /** Status set to Solved: every clock pauses. */
    record Solved(Instant at) implements SlaEvent {}

    /** Status back from Solved to an active one: the clocks resume. */
    record Reopened(Instant at) implements SlaEvent {}

    /** Status Closed: the clocks stop for good. */
    record Closed(Instant at) implements SlaEvent {}
}
