package io.switchboard.api.dashboard;

import io.switchboard.api.QueryParams;
import io.switchboard.dashboard.DashboardNow;
import io.switchboard.dashboard.DashboardService;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The live supervisor dashboard as numbers: what the dashboard page shows, for wallboards and reports. */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER, Role.Names.ANALYTICS_MANAGER})
@Tag(name = "Dashboard")
public class DashboardResource {

    /** The longest span the charts cover. */
    static final int MAX_HOURS = 168;

    @EJB
    DashboardService dashboard;

    @GET
    @Operation(
            summary = "The live dashboard: per queue waiting, longest wait, assigned, agents by status group,"
                    + " occupancy, SLA at risk and breached today, messages in and out in the last hour; and the"
                    + " last hours' conversations, customers' messages and mean wait per hour",
            description = "queue narrows it to one queue in use; hours (1 to 168, default 24) is the charts' span.")
    @APIResponse(responseCode = "400", description = "queue or hours is not a whole number, or hours is out of range")
    @APIResponse(responseCode = "404", description = "No queue in use has this id")
    public DashboardNow now(@QueryParam("queue") String queue, @QueryParam("hours") String hours) {
        Long queueId = QueryParams.longValue("queue", queue);
        if (queueId != null && queueId <= 0) {
            throw new InvalidInputException("queue", "must be a positive id");
        }
        return dashboard.now(
                queueId, QueryParams.intValue("hours", hours, DashboardService.DEFAULT_HOURS, 1, MAX_HOURS));
    }
}
