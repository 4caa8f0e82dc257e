package io.switchboard.api.routing;

import io.switchboard.conditions.Attribute;
import io.switchboard.conditions.Operator;
import io.switchboard.conditions.ValueKind;
import io.switchboard.routing.Route;
import io.switchboard.routing.RouteService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Routes in evaluation order: supervisors change them, everyone reads them. */
@Path("routes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Routing")
public class RoutesResource {

    /** An attribute conditions can test, with its operators. */
    public record AttributeView(String key, String label, String category, ValueKind kind, List<Operator> operators) {
        static AttributeView of(Attribute attribute) {
            return new AttributeView(
                    attribute.key(),
                    attribute.label(),
                    attribute.category(),
                    attribute.kind(),
                    attribute.orderedOperators());
        }
    }

    /** The 1-based place to send a route to. */
    public static class PositionRequest {
        @NotNull
        @Min(1)
        public Integer position;
    }

    public static class EnabledRequest {
        @NotNull
        public Boolean enabled;
    }

    @EJB
    RouteService routes;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List routes in evaluation order")
    public List<RouteView> list() {
        return routes.list().stream().map(RouteView::of).toList();
    }

    @GET
    @Path("attributes")
    @Operation(
            summary = "The attributes conditions can test, each with its allowed operators",
            description = "Standard ones from the guide's routing table, plus the custom person and company attributes"
                    + " defined now; custom.<name> tests data passed with the message.")
    public List<AttributeView> attributes() {
        return routes.catalogue().all().stream().map(AttributeView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One route")
    public RouteView get(@PathParam("id") long id) {
        return RouteView.of(routes.find(id));
    }

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create a route (last in the order, enabled unless told otherwise)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A faulty condition (named by its path) or an unknown queue")
    public Response create(@NotNull @Valid RouteRequest request) {
        Route route = routes.create(request.draft());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(route.getId()))
                        .build())
                .entity(RouteView.of(route))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Replace a route's name, queue, priority and conditions (and enabled flag when given)")
    public RouteView update(@PathParam("id") long id, @NotNull @Valid RouteRequest request) {
        return RouteView.of(routes.update(id, request.draft()));
    }

    @PUT
    @Path("{id}/position")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(
            summary = "Send a route to a position (1 = evaluated first); answers every route in the new order",
            description = "Atomic: the whole order changes in one transaction under the route set lock.")
    public List<RouteView> move(@PathParam("id") long id, @NotNull @Valid PositionRequest request) {
        return routes.move(id, request.position).stream().map(RouteView::of).toList();
    }

    @PUT
    @Path("{id}/enabled")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Enable or disable a route (disabled routes are never evaluated)")
    public RouteView enable(@PathParam("id") long id, @NotNull @Valid EnabledRequest request) {
        return RouteView.of(routes.enable(id, request.enabled));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a route; the routes after it move up")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        routes.delete(id);
    }
}
