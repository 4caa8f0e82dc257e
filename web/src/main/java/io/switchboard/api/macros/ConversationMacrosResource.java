package io.switchboard.api.macros;

import io.switchboard.lifecycle.macros.MacroApplication;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Applying a macro to a conversation, for the agents who reach it (ConversationReachFilter answers 404 to the
 * others), managers and supervisors. The macro must be available in the conversation's queue.
 */
@Path("conversations/{id}/macros/{macroId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Macros")
public class ConversationMacrosResource {

    /**
     * What applying did; {@code template} is the text for the composer (not sent), null when none fits;
     * {@code recipient} the composer's recipient field (channel, the customer's address there, the sender to write
     * from), null when the macro fills none.
     */
    public record AppliedView(
            long conversationId,
            long macroId,
            String macroName,
            List<String> done,
            String template,
            MacroApplication.Recipient recipient) {}

    @EJB
    MacroApplication application;

    @POST
    @Operation(
            summary = "Apply a macro: its actions in order, all or nothing; answers the template for the"
                    + " conversation's channel")
    @APIResponse(
            responseCode = "409",
            description = "An action cannot be done (named in errors as actions[i]), or the macro is inactive or not"
                    + " available in the conversation's queue (macroId); nothing was applied")
    public AppliedView apply(@PathParam("id") long id, @PathParam("macroId") long macroId) {
        MacroApplication.Applied applied = application.apply(id, macroId);
        return new AppliedView(
                id, applied.macroId(), applied.macroName(), applied.done(), applied.template(), applied.recipient());
    }
}
