package io.switchboard.api.bots;

import io.switchboard.api.QueryParams;
import io.switchboard.bots.Bot;
import io.switchboard.bots.BotService;
import io.switchboard.bots.logic.BotRules;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * External bots (the guide's "Connect external bots"): supervisors and managers connect them; analytics managers read
 * them. A bot is an agent of kind BOT with the same id: it writes with {@code x-agent-id} and an API key bound to it.
 */
@Path("bots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// The guide: bots are connected in Settings › General setup, "as an admin": supervisors change them, others read.
@RolesAllowed(Role.Names.ACCOUNT_MANAGER)
@Tag(name = "Bots")
public class BotsResource {

    /** One page of bots. */
    public record BotPage(List<BotView> items, int page, int size, long total) {}

    @EJB
    BotService bots;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.Names.ACCOUNT_MANAGER, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER})
    @Operation(summary = "Search bots by name, paged; sort=name|createdAt, '-' for descending")
    public BotPage search(
            @QueryParam("q") String query,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        String by = sort == null || sort.isBlank() ? "name" : sort.trim();
        boolean descending = by.startsWith("-");
        BotService.Order order = switch (descending ? by.substring(1) : by) {
            case "name" -> BotService.Order.NAME;
            case "createdAt" -> BotService.Order.CREATED_AT;
            default ->
                throw new InvalidInputException("sort", "must be name or createdAt, with '-' before it for descending");
        };
        Page<Bot> found = bots.search(query, order, descending, QueryParams.page(page), QueryParams.size(size));
        return new BotPage(found.items().stream().map(BotView::of).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ACCOUNT_MANAGER, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER})
    @Operation(summary = "One bot")
    public BotView get(@PathParam("id") long id) {
        return BotView.of(bots.find(id));
    }

    @POST
    @Operation(
            summary = "Connect a bot: name (unique), url (webhook), senderId, historyVisible, active, sessionTimeout",
            description =
                    "The answer holds the webhook signing secret, once. 409 when the name or the sender is taken.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid BotRequest request) {
        BotService.Configured configured = bots.create(setup(request));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(configured.bot().getId()))
                        .build())
                .entity(BotView.of(configured.bot(), configured.issuedSecret()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a bot's setup")
    public BotView update(@PathParam("id") long id, @NotNull @Valid BotRequest request) {
        return BotView.of(bots.update(id, setup(request)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a bot that never held a conversation (409 otherwise: deactivate it)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        bots.delete(id);
    }

    private static BotService.Setup setup(BotRequest request) {
        return new BotService.Setup(
                request.name == null ? null : BotRules.name(request.name),
                request.url,
                request.senderId,
                !Boolean.FALSE.equals(request.historyVisible),
                !Boolean.FALSE.equals(request.active),
                BotRules.sessionTimeout(request.sessionTimeout));
    }
}
