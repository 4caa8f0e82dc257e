package io.switchboard.api.routing;

import io.switchboard.routing.Routing;
import io.switchboard.routing.RoutingDecision;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Trying the routes without a real message. */
@Path("routing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Routing")
public class RoutingResource {

    @EJB
    Routing routing;

    @POST
    @Path("test")
    @Operation(
            summary = "Which route a sample message, person and company would match, and why the others did not",
            description = "Stores nothing.")
    public DecisionView test(@NotNull @Valid RoutingTestRequest request) {
        RoutingDecision decision = routing.test(
                request.sample(),
                request.person == null ? null : request.person.details(),
                request.company == null ? null : request.company.details());
        return DecisionView.of(decision, routing.queueOf(decision));
    }
}
