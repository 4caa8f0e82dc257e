package io.switchboard.reports;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The report's tables as CSV (RFC 4180, durations in seconds). Each table is at most a few hundred rows (days of the
 * span, queues, channels, tags, priorities, policy×severity×metric, agents): written at once, no batch job needed.
 */
public final class ReportCsv {

    /** The tables one can export. */
    public enum Table {
        DAYS,
        HISTOGRAM,
        QUEUES,
        CHANNELS,
        TAGS,
        PRIORITIES,
        SLA,
        AGENTS;

        public static Table parse(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    private ReportCsv() {}

    public static String csv(ConversationsReport report, Table table) {
        return switch (table) {
            case DAYS ->
                lines(
                        "date,conversations,messages_in,messages_out",
                        report.days(),
                        d -> List.of(d.date(), d.conversations(), d.messagesIn(), d.messagesOut()));
            case HISTOGRAM ->
                lines(
                        "bucket,from_seconds,first_responses,resolutions",
                        report.histogram(),
                        b -> List.of(b.label(), b.fromSeconds(), b.firstResponses(), b.resolutions()));
            case QUEUES -> times("queue", report.byQueue());
            case CHANNELS -> times("channel", report.byChannel());
            case TAGS -> times("tag", report.byTag());
            case PRIORITIES -> times("priority", report.byPriority());
            case SLA ->
                lines(
                        "policy,severity,metric,met,breached,met_percent",
                        report.sla(),
                        s -> List.of(
                                s.policy(), s.severity(), s.metric(), s.met(), s.breached(), value(s.metPercent())));
            case AGENTS ->
                lines(
                        "agent_id,agent,handled,available_s,busy_s,away_s,unavailable_s,signed_in_s,occupied_s,"
                                + "occupancy_percent,status_group_now,status_since",
                        report.agents(),
                        a -> List.of(
                                a.agentId(),
                                a.name(),
                                a.handled(),
                                a.availableSeconds(),
                                a.busySeconds(),
                                a.awaySeconds(),
                                a.unavailableSeconds(),
                                a.signedInSeconds(),
                                a.occupiedSeconds(),
                                value(a.occupancyPercent()),
                                a.statusGroup(),
                                value(a.statusSince())));
        };
    }

    private static String times(String what, List<ConversationsReport.Times> rows) {
        return lines(
                what + "_id," + what
                        + ",conversations,first_responses,first_response_median_s,first_response_p90_s,resolutions,"
                        + "resolution_median_s,resolution_p90_s",
                rows,
                t -> List.of(
                        t.key(),
                        t.label(),
                        t.conversations(),
                        t.firstResponses(),
                        value(t.firstResponseMedianSeconds()),
                        value(t.firstResponseP90Seconds()),
                        t.resolutions(),
                        value(t.resolutionMedianSeconds()),
                        value(t.resolutionP90Seconds())));
    }

    private static <T> String lines(String header, List<T> rows, Function<T, List<Object>> fields) {
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (T row : rows) {
            List<Object> values = fields.apply(row);
            for (int i = 0; i < values.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(field(values.get(i).toString()));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static Object value(Object value) {
        return value == null ? "" : value;
    }

    /** Quotes a field that needs it; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value
                : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
