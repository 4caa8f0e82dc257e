package io.switchboard.reports;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.Priority;
import java.time.LocalDate;
import java.time.ZoneId;

/** The report's span (whole days in the account's time zone, both included) and its filters (null: all). */
public record ReportFilter(
        LocalDate from, LocalDate to, ZoneId zone, Long queueId, Channel channel, Long tagId, Priority priority) {}
