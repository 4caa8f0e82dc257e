package io.switchboard.api.reports;

import io.switchboard.api.QueryParams;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.Priority;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.reports.ConversationsReport;
import io.switchboard.reports.ReportCsv;
import io.switchboard.reports.ReportFilter;
import io.switchboard.reports.ReportService;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Conversations report: what the Reports page shows, as JSON, and each of its tables as CSV. */
@Path("reports")
@RequestScoped
@RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER, Role.Names.ANALYTICS_MANAGER})
@Tag(name = "Reports")
public class ReportsResource {

    @EJB
    ReportService reports;

    @GET
    @Path("conversations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The Conversations report: volume in and out per day, first response and resolution times"
                    + " (median, p90, histogram) by queue, channel, tag and priority, SLA met and breached by policy,"
                    + " severity and metric, handled conversations per agent",
            description = "from and to are days (YYYY-MM-DD, both included) in the account's default time zone"
                    + " (the default working-hours period's); default: the last 7 days. queue and tag are ids, channel"
                    + " and priority names (SMS, URGENT...), sentiment a label (NEGATIVE, NEUTRAL, POSITIVE): the"
                    + " figures of conversations with that label, conversations started by their label now, the others"
                    + " by the label when they were rolled up (minutes after the message, answer or resolution).")
    @APIResponse(responseCode = "400", description = "A parameter is malformed or unknown (the problem names it)")
    @APIResponse(responseCode = "403", description = "Agents do not read reports")
    public ConversationsReport conversations(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("queue") String queue,
            @QueryParam("channel") String channel,
            @QueryParam("tag") String tag,
            @QueryParam("priority") String priority,
            @QueryParam("sentiment") String sentiment) {
        return reports.report(filter(from, to, queue, channel, tag, priority, sentiment));
    }

    @GET
    @Path("conversations/{table}.csv")
    @Produces("text/csv")
    @Operation(summary = "One table of the Conversations report as CSV (same parameters)")
    @APIResponse(responseCode = "400", description = "A parameter or the table is unknown (the problem names it)")
    public Response csv(
            @PathParam("table") String table,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("queue") String queue,
            @QueryParam("channel") String channel,
            @QueryParam("tag") String tag,
            @QueryParam("priority") String priority,
            @QueryParam("sentiment") String sentiment) {
        ReportCsv.Table which;
        try {
            which = ReportCsv.Table.parse(table);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "table",
                    "must be one of "
                            + Arrays.stream(ReportCsv.Table.values())
                                    .map(t -> t.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", ")));
        }
        ConversationsReport report = reports.report(filter(from, to, queue, channel, tag, priority, sentiment));
        return Response.ok(ReportCsv.csv(report, which), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"conversations-" + which.name().toLowerCase(Locale.ROOT) + "-"
                                + report.from() + "-" + report.to() + ".csv\"")
                .build();
    }

    private ReportFilter filter(
            String from, String to, String queue, String channel, String tag, String priority, String sentiment) {
        ZoneId zone = reports.accountZone();
        LocalDate today = reports.today();
        LocalDate toDay = day("to", to, today);
        LocalDate fromDay = day("from", from, toDay.minusDays(6));
        Long queueId = QueryParams.longValue("queue", queue);
        Long tagId = QueryParams.longValue("tag", tag);
        return new ReportFilter(
                fromDay,
                toDay,
                zone,
                queueId,
                QueryParams.enumValue(Channel.class, "channel", channel),
                tagId,
                QueryParams.enumValue(Priority.class, "priority", priority),
                QueryParams.enumValue(SentimentLabel.class, "sentiment", sentiment));
    }

    private static LocalDate day(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a day such as 2026-12-01");
        }
    }
}
