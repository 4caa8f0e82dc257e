package io.switchboard.api.workflows;

import io.switchboard.lifecycle.workflows.WorkflowHistory;
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

/** A conversation's workflow runs, for whoever may see the conversation (the reach filter guards the path). */
@Path("conversations/{id}/workflow-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Workflows")
public class WorkflowRunsResource {

    @EJB
    WorkflowHistory history;

    @GET
    @Operation(
            summary = "The workflows that ran on a conversation, oldest first",
            description = "Each run: the workflow, its trigger, the depth in a chain of workflows, RAN, SKIPPED (its"
                    + " conditions did not hold) or STOPPED (the loop guard), and each action's outcome.")
    public List<WorkflowHistory.RunView> runs(@PathParam("id") long id) {
        return history.runs(id);
    }
}
