package io.switchboard.api.sla;

import io.switchboard.api.QueryParams;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.sla.BreachFilter;
import io.switchboard.sla.SlaBreach;
import io.switchboard.sla.SlaBreachExport;
import io.switchboard.sla.SlaMetric;
import io.switchboard.sla.SlaReports;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The breach report for supervisors and analysts: paged, or exported as CSV by a batch job. */
@Path("sla-breaches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "SLA")
public class SlaBreachesResource {

    /** One page of breaches. */
    public record BreachPage(List<ConversationSlaView.BreachView> items, int page, int size, long total) {}

    /** An export: where it stands; the CSV is at {@code .../csv} once DONE. */
    public record ExportView(
            long id,
            String criteria,
            String status,
            long rows,
            String requestedBy,
            Instant requestedAt,
            Instant finishedAt) {
        static ExportView of(SlaBreachExport e) {
            return new ExportView(
                    e.getId(),
                    e.getCriteria(),
                    e.getStatus().name(),
                    e.getRowCount(),
                    e.getRequestedBy(),
                    e.getRequestedAt(),
                    e.getFinishedAt());
        }
    }

    @EJB
    SlaReports reports;

    @Inject
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            summary = "Breaches by queue, agent, severity, metric, due time (from inclusive, to exclusive), form, field"
                    + " value and sentiment, paged")
    public BreachPage list(
            @QueryParam("queue") String queue,
            @QueryParam("agent") String agent,
            @QueryParam("severity") String severity,
            @QueryParam("metric") String metric,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(description = "Breaches of conversations that have this form (assigned, chosen, or the default)")
                    @QueryParam("form")
                    String form,
            @Parameter(description = "Breaches of conversations with a value in this input field") @QueryParam("field")
                    String field,
            @Parameter(
                            description = "With field: the value, ignoring case; a dropdown's upper level matches"
                                    + " its sub-values")
                    @QueryParam("fieldValue")
                    String fieldValue,
            @Parameter(
                            description = "Breaches of conversations whose sentiment, as scored so far, is NEGATIVE,"
                                    + " NEUTRAL or POSITIVE")
                    @QueryParam("sentiment")
                    String sentiment,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Page<SlaBreach> found = reports.breaches(
                filter(queue, agent, severity, metric, from, to, form, field, fieldValue, sentiment),
                QueryParams.page(page),
                QueryParams.size(size));
        return new BreachPage(
                found.items().stream().map(ConversationSlaView.BreachView::of).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @POST
    @Path("exports")
    @Operation(summary = "Export the filtered report as CSV: 202 with the export's Location")
    public Response export(
            @QueryParam("queue") String queue,
            @QueryParam("agent") String agent,
            @QueryParam("severity") String severity,
            @QueryParam("metric") String metric,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("form") String form,
            @QueryParam("field") String field,
            @QueryParam("fieldValue") String fieldValue,
            @QueryParam("sentiment") String sentiment) {
        SlaBreachExport export = reports.startExport(
                filter(queue, agent, severity, metric, from, to, form, field, fieldValue, sentiment),
                security.getCallerPrincipal().getName());
        return Response.accepted(ExportView.of(export))
                .location(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(export.getId()))
                        .build())
                .build();
    }

    @GET
    @Path("exports/{id}")
    @Operation(summary = "Where an export stands")
    public ExportView exportStatus(@PathParam("id") long id) {
        return ExportView.of(reports.export(id));
    }

    @GET
    @Path("exports/{id}/csv")
    @Produces("text/csv")
    @Operation(summary = "The CSV of a finished export (409 while it runs)")
    public Response csv(@PathParam("id") long id) {
        SlaBreachExport export = reports.export(id);
        if (export.getStatus() != SlaBreachExport.Status.DONE) {
            throw new ConflictException("export " + id + " is " + export.getStatus());
        }
        return Response.ok(export.getContent(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sla-breaches-" + id + ".csv\"")
                .build();
    }

    private static BreachFilter filter(
            String queue,
            String agent,
            String severity,
            String metric,
            String from,
            String to,
            String form,
            String field,
            String fieldValue,
            String sentiment) {
        String wantedValue = fieldValue == null || fieldValue.isBlank() ? null : fieldValue.strip();
        if (wantedValue != null && (field == null || field.isBlank())) {
            throw new InvalidInputException("fieldValue", "needs field: the input field whose value to match");
        }
        return new BreachFilter(
                QueryParams.longValue("queue", queue),
                QueryParams.longValue("agent", agent),
                severity == null || severity.isBlank() ? null : severity,
                metric == null || metric.isBlank() ? null : QueryParams.enumValue(SlaMetric.class, "metric", metric),
                QueryParams.instant("from", from),
                QueryParams.instant("to", to),
                QueryParams.longValue("form", form),
                QueryParams.longValue("field", field),
                wantedValue,
                QueryParams.enumValue(SentimentLabel.class, "sentiment", sentiment));
    }
}
