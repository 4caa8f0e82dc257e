package io.switchboard.api.sla;

import io.switchboard.api.routing.ConditionGroupRequest;
import io.switchboard.platform.LockConflictRetry;
import io.switchboard.sla.SlaPolicy;
import io.switchboard.sla.SlaPolicyService;
import io.switchboard.sla.SlaReevaluation;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SLA policies: an ordered list, the top one the most important. Supervisors change them; everyone reads them. */
@Path("sla-policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "SLA")
public class SlaPoliciesResource {

    /** Where to move a policy: 1 is the top. */
    public static class PositionRequest {
        @NotNull
        public Integer position;
    }

    /** How the latest re-evaluation of open conversations went. */
    public record ReevaluationView(
            long executionId, String status, long reevaluated, Instant startedAt, Instant endedAt) {}

    @EJB
    SlaPolicyService policies;

    @Inject
    SlaReevaluation reevaluation;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The policies in list order")
    public List<SlaPolicyView> list() {
        return policies.list().stream().map(SlaPolicyView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One policy")
    public SlaPolicyView get(@PathParam("id") long id) {
        return SlaPolicyView.of(policies.find(id));
    }

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Add a policy at the bottom of the list; open conversations are re-evaluated")
    public Response create(@Valid SlaPolicyRequest request) {
        SlaPolicy policy = LockConflictRetry.run(
                () -> policies.create(request.definition(), ConditionGroupRequest.toGroupOrNull(request.conditions)));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(policy.getId()))
                        .build())
                .entity(SlaPolicyView.of(policy))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Replace a policy; open conversations are re-evaluated")
    public SlaPolicyView update(@PathParam("id") long id, @Valid SlaPolicyRequest request) {
        return SlaPolicyView.of(LockConflictRetry.run(() ->
                policies.update(id, request.definition(), ConditionGroupRequest.toGroupOrNull(request.conditions))));
    }

    @PUT
    @Path("{id}/position")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Send a policy to a position (1 = top); answers the whole list in its new order")
    public List<SlaPolicyView> move(@PathParam("id") long id, @Valid @NotNull PositionRequest request) {
        return LockConflictRetry.run(() -> policies.move(id, request.position)).stream()
                .map(SlaPolicyView::of)
                .toList();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a policy; breaches recorded under it stay in reports")
    public void delete(@PathParam("id") long id) {
        // A policy change waits for the conversations' SLA writes it overlaps; a deadlock among them runs again.
        LockConflictRetry.run(() -> policies.delete(id));
    }

    @GET
    @Path("reevaluation")
    @Operation(summary = "How the latest re-evaluation of open conversations went (204 before the first)")
    public Response reevaluation() {
        SlaReevaluation.Progress progress = reevaluation.latest();
        return progress == null
                ? Response.noContent().build()
                : Response.ok(new ReevaluationView(
                                progress.executionId(),
                                progress.status().name(),
                                progress.reevaluated(),
                                progress.startedAt(),
                                progress.endedAt()))
                        .build();
    }
}
