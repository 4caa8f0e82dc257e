package io.switchboard.api.agents;

import io.switchboard.agents.AgentStatus;
import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.agents.AgentStatuses;
import io.switchboard.api.agents.PresenceViews.StatusView;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agent statuses: the default ones and the custom ones supervisors define. */
@Path("agent-statuses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Agents")
public class AgentStatusesResource {

    @EJB
    AgentStatuses agentStatuses;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List agent statuses, by group")
    public List<StatusView> list() {
        return agentStatuses.statuses().stream().map(StatusView::of).toList();
    }

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create a custom status in one of the groups AVAILABLE, BUSY, AWAY, UNAVAILABLE")
    public Response create(@Valid AgentStatusRequest request) {
        AgentStatus status = agentStatuses.createStatus(request.name.trim(), AgentStatusGroup.valueOf(request.group));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(status.getId()))
                        .build())
                .entity(StatusView.of(status))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Rename or regroup a custom status")
    public StatusView update(@PathParam("id") long id, @Valid AgentStatusRequest request) {
        return StatusView.of(
                agentStatuses.changeStatus(id, request.name.trim(), AgentStatusGroup.valueOf(request.group)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a custom status nobody is in")
    public void delete(@PathParam("id") long id) {
        agentStatuses.deleteStatus(id);
    }
}
