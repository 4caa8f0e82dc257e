package io.switchboard.api.companion;

import io.switchboard.companion.CompanionService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Agent companion's suggested replies to the customer's last message. Reading them sends nothing: the agent
 * inserts one into the composer, edits it and sends it, or not.
 */
@Path("conversations/{id}/suggested-replies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Agent companion")
public class SuggestedRepliesResource {

    @EJB
    CompanionService companion;

    @GET
    @Operation(
            summary = "Up to three replies to the customer's last message",
            description = "The replies agents sent to the most similar customer messages of solved conversations"
                    + " (BM25 over a Lucene index; \"source\": \"REPLY_INDEX\", each with the conversation it came"
                    + " from and its score), or from the configured language model (\"source\": \"LANGUAGE_MODEL\"),"
                    + " falling back to the index when it fails or times out.")
    @APIResponse(responseCode = "200", description = "The suggestions (none when the index knows nothing similar)")
    @APIResponse(responseCode = "404", description = "No such conversation (or out of the caller's reach)")
    @APIResponse(responseCode = "409", description = "Suggested replies are off (Settings: suggestedRepliesEnabled)")
    public CompanionService.RepliesAnswer suggestedReplies(@PathParam("id") long id) {
        return companion.suggestedReplies(id);
    }
}
