package io.switchboard.api.hours;

import io.switchboard.hours.WorkingHoursPeriod;
import io.switchboard.hours.WorkingHoursService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Working-hours periods, the default first. */
@Path("working-hours")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Working hours")
public class WorkingHoursResource {

    @EJB
    WorkingHoursService workingHours;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List working-hours periods, the default first")
    public List<WorkingHoursView> list() {
        Map<Long, Long> counts = workingHours.queueCounts();
        return workingHours.list().stream()
                .map(p -> WorkingHoursView.of(p, counts.getOrDefault(p.getId(), 0L)))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One working-hours period")
    public WorkingHoursView get(@PathParam("id") long id) {
        return view(workingHours.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(
            summary = "Create a working-hours period",
            description = "400 naming the field for overlapping or inverted intervals and holidays ending before"
                    + " they start; 409 for a name in use.")
    public Response create(@Valid @NotNull WorkingHoursRequest request) {
        WorkingHoursPeriod period = workingHours.create(WorkingHoursDefinitions.of(request));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(period.getId()))
                        .build())
                .entity(view(period))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(
            summary = "Replace a working-hours period",
            description = "Queues using it follow at once. The default stays the default until another period is"
                    + " made the default.")
    public WorkingHoursView update(@PathParam("id") long id, @Valid @NotNull WorkingHoursRequest request) {
        return view(workingHours.update(id, WorkingHoursDefinitions.of(request)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a working-hours period")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The default period, or a period that queues use")
    public void delete(@PathParam("id") long id) {
        workingHours.delete(id);
    }

    private WorkingHoursView view(WorkingHoursPeriod period) {
        return WorkingHoursView.of(period, workingHours.queuesUsing(period).size());
    }
}
