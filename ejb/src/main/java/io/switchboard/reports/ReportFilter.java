package io.switchboard.reports;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.Priority;
import io.switchboard.sentiment.logic.SentimentLabel;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The report's span (whole days in the account's time zone, both included) and its filters (null: all). The
 * sentiment filter keeps the figures of conversations with that label: conversations started by their label now,
 * every other figure by the label the conversation had when the figure's hour was rolled up (a minute or two after
 * the message, answer or resolution it counts).
 */
public record ReportFilter(
        LocalDate from,
        LocalDate to,
        ZoneId zone,
        Long queueId,
        Channel channel,
        Long tagId,
        Priority priority,
        SentimentLabel sentiment) {}
