package io.switchboard.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Conversations report for a span of days: volume in and out per day, first response and resolution time
 * distributions (median, p90, histogram) overall and by queue, channel, tag and priority, SLA met and breached by
 * policy, severity and metric, and per agent handled conversations, time per status group and occupancy. Durations in seconds; null when nothing to measure.
 */
public record ConversationsReport(
        LocalDate from,
        LocalDate to,
        String timeZone,
        Long queueId,
        String channel,
        Long tagId,
        String priority,
        String sentiment,
        Instant rolledUpAt,
        Totals totals,
        List<Day> days,
        List<Bucket> histogram,
        List<Times> byQueue,
        List<Times> byChannel,
        List<Times> byTag,
        List<Times> byPriority,
        List<Sla> sla,
        List<AgentRow> agents) {

    public record Totals(
            long conversations,
            long messagesIn,
            long messagesOut,
            long firstResponses,
            Long firstResponseMedianSeconds,
            Long firstResponseP90Seconds,
            Long firstResponseMeanSeconds,
            long resolutions,
            Long resolutionMedianSeconds,
            Long resolutionP90Seconds,
            Long resolutionMeanSeconds) {}

    public record Day(LocalDate date, long conversations, long messagesIn, long messagesOut) {}

    public record Bucket(String label, long fromSeconds, long firstResponses, long resolutions) {}

    /** One row of a "by queue/channel/tag/priority" table: key is the id or the enum name. */
    public record Times(
            String key,
            String label,
            long conversations,
            long firstResponses,
            Long firstResponseMedianSeconds,
            Long firstResponseP90Seconds,
            long resolutions,
            Long resolutionMedianSeconds,
            Long resolutionP90Seconds) {}

    public record Sla(String policy, String severity, String metric, long met, long breached, Double metPercent) {}

    /**
     * Handled: conversations resolved in the span while assigned to the agent. Seconds in each status group over the
     * span, from the status history (a period going on counts up to now): Available, Busy, Away and Unavailable (not
     * signed in); signed in is the first three together; occupied is the signed-in seconds during which a conversation
     * or call occupied the agent, measured to the minute; occupancy is occupied ÷ signed in, in percent (null when
     * never signed in). The status group and since when are the agent's now.
     */
    public record AgentRow(
            long agentId,
            String name,
            long handled,
            long availableSeconds,
            long busySeconds,
            long awaySeconds,
            long unavailableSeconds,
            long signedInSeconds,
            long occupiedSeconds,
            Double occupancyPercent,
            String statusGroup,
            Instant statusSince,
            Long statusSeconds) {}
}
