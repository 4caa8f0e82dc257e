package io.switchboard.api.workflows;

import io.switchboard.users.Role;
import io.switchboard.workflows.Workflow;
import io.switchboard.workflows.WorkflowService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Workflows in run order: supervisors change them, managers read them. */
@Path("workflows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Workflows")
public class WorkflowsResource {

    public static class PositionRequest {
        @NotNull
        @Min(1)
        public Integer position;
    }

    public static class EnabledRequest {
        @NotNull
        public Boolean enabled;
    }

    @EJB
    WorkflowService workflows;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List workflows in run order")
    public List<WorkflowView> list() {
        return workflows.list().stream().map(w -> WorkflowView.of(w, workflows)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One workflow")
    public WorkflowView get(@PathParam("id") long id) {
        return WorkflowView.of(workflows.find(id), workflows);
    }

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create a workflow (last in the order, enabled unless told otherwise)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(
            responseCode = "400",
            description = "A faulty trigger, condition or action, named by its path (e.g. actions[1].text)")
    public Response create(@NotNull @Valid WorkflowRequest request) {
        Workflow workflow = workflows.create(request.definition());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(workflow.getId()))
                        .build())
                .entity(WorkflowView.of(workflow, workflows))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Replace a workflow's name, triggers, conditions and actions (and enabled flag when given)")
    public WorkflowView update(@PathParam("id") long id, @NotNull @Valid WorkflowRequest request) {
        return WorkflowView.of(workflows.update(id, request.definition()), workflows);
    }

    @PUT
    @Path("{id}/position")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Send a workflow to a position (1 = runs first); answers every workflow in the new order")
    public List<WorkflowView> move(@PathParam("id") long id, @NotNull @Valid PositionRequest request) {
        return workflows.move(id, request.position).stream()
                .map(w -> WorkflowView.of(w, workflows))
                .toList();
    }

    @PUT
    @Path("{id}/enabled")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Enable or disable a workflow (a disabled one never runs)")
    public WorkflowView enable(@PathParam("id") long id, @NotNull @Valid EnabledRequest request) {
        return WorkflowView.of(workflows.enable(id, request.enabled), workflows);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a workflow; the ones after it move up (its past runs stay recorded)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        workflows.delete(id);
    }
}
