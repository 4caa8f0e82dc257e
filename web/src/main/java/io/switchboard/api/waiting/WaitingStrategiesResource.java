package io.switchboard.api.waiting;

import io.switchboard.api.QueryParams;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.users.Role;
import io.switchboard.waiting.WaitingStrategy;
import io.switchboard.waiting.WaitingStrategyService;
import io.switchboard.waiting.logic.WaitingSchedule;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Waiting strategies of messaging senders: what unassigned customers are sent while they wait. */
@Path("waiting-strategies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Waiting strategies")
public class WaitingStrategiesResource {

    /** One planned message of the schedule. */
    public record PlannedView(
            WaitingSchedule.Kind kind, int number, Instant at, String text, boolean closesConversation) {}

    @EJB
    WaitingStrategyService strategies;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List the messaging waiting strategies")
    public List<WaitingStrategyView> list() {
        return strategies.list().stream().map(WaitingStrategyView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create the waiting strategy of a messaging sender")
    @APIResponse(responseCode = "409", description = "The sender already has a waiting strategy")
    public Response create(@Valid @NotNull WaitingStrategyRequest request) {
        if (request.senderId == null) {
            throw new InvalidInputException("senderId", "must not be null");
        }
        WaitingStrategy strategy = strategies.create(request.senderId, request.name.trim(), request.messages());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(strategy.getId()))
                        .build())
                .entity(WaitingStrategyView.of(strategy))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One messaging waiting strategy")
    public WaitingStrategyView get(@PathParam("id") long id) {
        return WaitingStrategyView.of(strategies.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Change a messaging waiting strategy (its sender stays)")
    public WaitingStrategyView update(@PathParam("id") long id, @Valid @NotNull WaitingStrategyRequest request) {
        return WaitingStrategyView.of(strategies.update(id, request.name.trim(), request.messages()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a messaging waiting strategy")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        strategies.delete(id);
    }

    @GET
    @Path("{id}/schedule")
    @Operation(
            summary = "What a conversation entering the queue unassigned at enteredAt is sent, and when",
            description = "enteredAt: an ISO-8601 instant (default now). Nothing is planned after one hour.")
    public List<PlannedView> schedule(@PathParam("id") long id, @QueryParam("enteredAt") String enteredAt) {
        return strategies.schedule(id, QueryParams.instant("enteredAt", enteredAt)).stream()
                .map(p -> new PlannedView(p.kind(), p.number(), p.at(), p.text(), p.closesConversation()))
                .toList();
    }
}
