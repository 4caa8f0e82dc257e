package io.switchboard.api.surveys;

import io.switchboard.platform.UnknownEntityException;
import io.switchboard.surveys.SurveyAnswer;
import io.switchboard.surveys.SurveyService;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A conversation's survey, for whoever may see the conversation (the reach filter guards the path). */
@Path("conversations/{id}/survey")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Surveys")
public class ConversationSurveyResource {

    @EJB
    SurveyService surveys;

    @GET
    @Operation(
            summary = "The conversation's latest survey and its answer",
            description = "score HAPPY or NOT_HAPPY, comment and answeredAt once the customer answered; 404 when no"
                    + " survey was sent.")
    public SurveyAnswer survey(@PathParam("id") long id) {
        return surveys.ofConversation(id).orElseThrow(() -> new UnknownEntityException("survey of conversation", id));
    }
}
