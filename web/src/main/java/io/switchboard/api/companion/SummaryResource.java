package io.switchboard.api.companion;

import io.switchboard.api.CallerReach;
import io.switchboard.companion.CompanionService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Agent companion's AI summary of a conversation. Its own root path: the conversation reach filter guards it like
 * every {@code /conversations/{id}/...} request (404 out of reach).
 */
@Path("conversations/{id}/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Agent companion")
public class SummaryResource {

    @EJB
    CompanionService companion;

    @Inject
    CallerReach callers;

    @GET
    @Operation(
            summary = "The summary of the conversation and of the customer's past ones",
            description = "Key points, what the customer asked, what we promised, the questions still open, and the"
                    + " key points of up to three past conversations. Extractive (TextRank over Lucene-analyzed"
                    + " terms; \"source\": \"EXTRACTIVE\") unless a language model is configured (\"source\":"
                    + " \"LANGUAGE_MODEL\": its key points), falling back to the extractive one when the model fails"
                    + " or times out. Sensitive messages are never read.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "No such conversation (or out of the caller's reach)")
    @APIResponse(responseCode = "409", description = "The AI summary is off (Settings: aiSummaryEnabled)")
    public CompanionService.SummaryAnswer summary(@PathParam("id") long id, @Context SecurityContext security) {
        // The customer's past conversations count only where the caller may read them.
        return companion.summary(id, callers.of(security, false));
    }
}
