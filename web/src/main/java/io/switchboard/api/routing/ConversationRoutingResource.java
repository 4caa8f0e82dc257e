package io.switchboard.api.routing;

import io.switchboard.routing.Routing;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The routing decisions recorded for a conversation. */
@Path("conversations/{id}/routing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Routing")
public class ConversationRoutingResource {

    @EJB
    Routing routing;

    @GET
    @Operation(
            summary = "Every routing decision of the conversation, oldest first: the route matched (or none) and"
                    + " the condition that failed for the routes before it")
    public List<DecisionView> decisions(@PathParam("id") long id) {
        return routing.decisions(id).stream().map(DecisionView::of).toList();
    }
}
