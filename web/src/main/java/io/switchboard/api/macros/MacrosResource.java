package io.switchboard.api.macros;

import io.switchboard.api.CallerReach;
import io.switchboard.api.QueryParams;
import io.switchboard.conversations.logic.Reach;
import io.switchboard.lifecycle.ConversationReach;
import io.switchboard.macros.Macro;
import io.switchboard.macros.MacroService;
import io.switchboard.platform.Page;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Macros: supervisors write them; managers read them all; an agent sees only the macros available to them (for every
 * agent, or in one of their queues), and with {@code conversationId} only those available in that conversation's
 * queue.
 */
@Path("macros")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Macros")
public class MacrosResource {

    /** One page of macros. */
    public record MacroPage(List<MacroView> items, int page, int size, long total) {}

    @EJB
    MacroService macros;

    @EJB
    ConversationReach conversations;

    @Inject
    CallerReach caller;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create a macro; the answer's warnings name an order that cannot succeed")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A faulty field, named by its path (e.g. actions[1].priority)")
    public Response create(@NotNull MacroRequest request) {
        Macro macro = macros.create(request.definition());
        return created(macro);
    }

    @GET
    @Operation(
            summary = "List macros, paged: search (name, description, macro tag), tagId, status ACTIVE or INACTIVE,"
                    + " conversationId (only those available in its queue), sort NAME_ASC, NAME_DESC, NEWEST or OLDEST;"
                    + " agents and conversationId see active macros only")
    public MacroPage list(
            @QueryParam("search") String search,
            @QueryParam("tagId") String tagId,
            @QueryParam("status") String status,
            @QueryParam("conversationId") String conversationId,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Long conversation = QueryParams.longValue("conversationId", conversationId);
        Status wanted = QueryParams.enumValue(Status.class, "status", status);
        Set<Long> queueIds = conversation == null
                ? availableQueues()
                : Set.of(conversations
                        .reachable(conversation, caller.of(security, false))
                        .getQueue()
                        .getId());
        Boolean active = wanted == null ? null : wanted == Status.ACTIVE;
        if (queueIds != null) {
            // Agents, and a conversation's picker, are offered active macros only: asking for inactive ones finds none.
            active = wanted == Status.INACTIVE ? null : Boolean.TRUE;
            queueIds = wanted == Status.INACTIVE ? Set.of() : queueIds;
        }
        Page<Macro> found = macros.page(
                new MacroService.Query(
                        search,
                        QueryParams.longValue("tagId", tagId),
                        queueIds,
                        QueryParams.enumValue(MacroService.Order.class, "sort", sort),
                        active),
                QueryParams.page(page),
                QueryParams.size(size));
        return new MacroPage(
                found.items().stream().map(m -> MacroView.of(m, macros)).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    /** The list's status filter. */
    enum Status {
        ACTIVE,
        INACTIVE
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One macro (an agent's only when active and available to them)")
    public MacroView get(@PathParam("id") long id) {
        return MacroView.of(visible(id), macros);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Replace a macro's name, description, availability, tags and actions")
    public MacroView update(@PathParam("id") long id, @NotNull MacroRequest request) {
        return MacroView.of(macros.update(id, request.definition()), macros);
    }

    @POST
    @Path("{id}/duplicate")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Duplicate a macro as \"<name> (copy)\"")
    @APIResponse(responseCode = "201", description = "Created")
    public Response duplicate(@PathParam("id") long id) {
        Macro copy = macros.duplicate(id);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("macros")
                        .path(String.valueOf(copy.getId()))
                        .build())
                .entity(MacroView.of(copy, macros))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a macro")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        macros.delete(id);
    }

    private Response created(Macro macro) {
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(macro.getId()))
                        .build())
                .entity(MacroView.of(macro, macros))
                .build();
    }

    /** A macro the caller may see: an agent's must be available in one of their queues (else 404). */
    private Macro visible(long id) {
        Macro macro = macros.find(id);
        Set<Long> queueIds = availableQueues();
        if (queueIds != null && (!macro.isActive() || queueIds.stream().noneMatch(macro::isAvailableIn))) {
            throw new UnknownEntityException("macro", id);
        }
        return macro;
    }

    /** The queues whose macros the caller may use; null for everything (managers and supervisors). */
    private Set<Long> availableQueues() {
        Reach reach = caller.of(security, false);
        if (reach.kind() == Reach.Kind.EVERYTHING) {
            return null;
        }
        Set<Long> queueIds = new HashSet<>(reach.queueIds());
        if (reach.defaultQueueId() != null) {
            queueIds.add(reach.defaultQueueId());
        }
        return queueIds;
    }
}
