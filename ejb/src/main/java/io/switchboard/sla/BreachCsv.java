package io.switchboard.sla;

import java.time.Instant;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** The breach report as CSV (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled). */
public final class BreachCsv {

    /** {@code display_id} is the id people see of the conversation: its short ID when the Short ID setting is on. */
    public static final String HEADER = "conversation_id,metric,policy,severity,queue_id,agent_id,clock_start,due_at,"
            + "ended_at,breached_by_seconds,display_id\r\n";

    private BreachCsv() {}

    /** The rows; {@code displayIds} gives each conversation id's display id (see {@code DisplayIds}). */
    public static String lines(List<SlaBreach> breaches, LongUnaryOperator displayIds) {
        StringBuilder csv = new StringBuilder();
        for (SlaBreach b : breaches) {
            csv.append(b.getConversationId())
                    .append(',')
                    .append(b.getMetric())
                    .append(',')
                    .append(field(b.getPolicyName()))
                    .append(',')
                    .append(field(b.getSeverityName()))
                    .append(',')
                    .append(b.getQueueId() == null ? "" : b.getQueueId())
                    .append(',')
                    .append(b.getAgentId() == null ? "" : b.getAgentId())
                    .append(',')
                    .append(instant(b.getClockStart()))
                    .append(',')
                    .append(instant(b.getDueAt()))
                    .append(',')
                    .append(instant(b.getEndedAt()))
                    .append(',')
                    .append(b.getBreachedBy().toSeconds())
                    .append(',')
                    .append(displayIds.applyAsLong(b.getConversationId()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }
}
