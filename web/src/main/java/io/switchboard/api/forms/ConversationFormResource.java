package io.switchboard.api.forms;

import io.switchboard.forms.ConversationFormService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A conversation's form and its values, for the agents who reach the conversation (ConversationReachFilter answers
 * 404 to the others), managers and supervisors.
 */
@Path("conversations/{id}/form")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Forms")
public class ConversationFormResource {

    /** The form to choose (optional) and values by field id; an empty text clears a field. */
    public static class FormValuesRequest {
        public Long formId;
        public Map<String, String> values;
    }

    @EJB
    ConversationFormService forms;

    @GET
    @Operation(summary = "The conversation's form, the fields it shows, the empty mandatory ones and every value")
    public ConversationFormView get(@PathParam("id") long id) {
        return ConversationFormView.of(id, forms.state(id));
    }

    @PUT
    @Operation(summary = "Choose the form and fill values, each checked against its field's type; all or nothing")
    public ConversationFormView fill(@PathParam("id") long id, @NotNull FormValuesRequest request) {
        return ConversationFormView.of(id, forms.fill(id, request.formId, request.values));
    }
}
