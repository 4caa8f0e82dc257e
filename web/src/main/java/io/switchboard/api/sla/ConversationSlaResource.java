package io.switchboard.api.sla;

import io.switchboard.sla.SlaTracker;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A conversation's SLA state, and the agent's choice of severity. */
@Path("conversations/{id}/sla")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "SLA")
public class ConversationSlaResource {

    /** One of the policy's severities, by name. */
    public static class SeverityChoice {
        @NotBlank
        public String severity;
    }

    @EJB
    SlaTracker tracker;

    @GET
    @Operation(summary = "Policy, severity, each clock's due and remaining time, and the breaches")
    public ConversationSlaView get(@PathParam("id") long id) {
        return ConversationSlaView.of(tracker.state(id));
    }

    @PUT
    @Path("severity")
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "Choose another of the policy's severities; the clocks are recomputed with it")
    public ConversationSlaView severity(@PathParam("id") long id, @Valid @NotNull SeverityChoice choice) {
        return ConversationSlaView.of(tracker.changeSeverity(id, choice.severity.trim()));
    }
}
