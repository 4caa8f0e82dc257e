package io.switchboard.api.routing;

import io.switchboard.lifecycle.ConversationService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Routing a conversation again, as a bot does to hand it over to agents. */
@Path("conversations/{id}/route")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Routing")
public class RouteConversationResource {

    @EJB
    ConversationService conversations;

    @POST
    @Operation(
            summary = "Route the conversation again",
            description = "Removes a bot assignee, puts the optional body's tags on the conversation, evaluates the"
                    + " routes on the customer's latest message, moves the conversation and records the decision"
                    + " (answered here). A priority an agent or supervisor set stays. After it the bot can no longer"
                    + " write in the conversation.")
    @APIResponse(responseCode = "400", description = "A tag in 'tags' is not defined")
    @APIResponse(responseCode = "409", description = "The conversation is closed")
    public DecisionView route(@PathParam("id") long id, @Valid HandoverRequest request) {
        return DecisionView.of(
                conversations.reroute(id, request == null || request.tags == null ? List.of() : request.tags));
    }
}
