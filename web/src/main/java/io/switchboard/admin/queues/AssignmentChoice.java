package io.switchboard.admin.queues;

import io.switchboard.queues.AutoAssignment;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guide's two questions for automatic assignment, "to whom" and, for the agent who last interacted, "within which
 * period", over the one mode the engine stores.
 */
public final class AssignmentChoice {

    /** To whom the queue's conversations go. */
    public enum Target {
        NOBODY,
        ANY_AVAILABLE_AGENT,
        LAST_AGENT
    }

    /** The sticky periods, in the guide's order, with its words. */
    public static final Map<AutoAssignment, String> PERIODS = new LinkedHashMap<>();

    static {
        PERIODS.put(AutoAssignment.LAST_AGENT_30_DAYS, "In the last 30 days");
        PERIODS.put(AutoAssignment.LAST_AGENT_60_DAYS, "In the last 60 days");
        PERIODS.put(AutoAssignment.LAST_AGENT_1_YEAR, "In the last year");
        PERIODS.put(AutoAssignment.LAST_AGENT_EVER, "Ever");
    }

    private AssignmentChoice() {}

    public static Target target(AutoAssignment mode) {
        return switch (mode) {
            case OFF -> Target.NOBODY;
            case ANY_AVAILABLE_AGENT -> Target.ANY_AVAILABLE_AGENT;
            default -> Target.LAST_AGENT;
        };
    }

    /** The sticky period of a mode; a mode without one offers the shortest (what the menu shows first). */
    public static AutoAssignment period(AutoAssignment mode) {
        return PERIODS.containsKey(mode) ? mode : AutoAssignment.LAST_AGENT_30_DAYS;
    }

    /** The mode the two answers make: the period counts only for the agent who last interacted. */
    public static AutoAssignment mode(Target target, AutoAssignment period) {
        return switch (target) {
            case NOBODY -> AutoAssignment.OFF;
            case ANY_AVAILABLE_AGENT -> AutoAssignment.ANY_AVAILABLE_AGENT;
            case LAST_AGENT -> period(period == null ? AutoAssignment.LAST_AGENT_30_DAYS : period);
        };
    }

    public static String label(Target target) {
        return switch (target) {
            case NOBODY -> "Nobody (off)";
            case ANY_AVAILABLE_AGENT -> "Any available agent";
            case LAST_AGENT -> "The agent who last interacted with the customer";
        };
    }
}
