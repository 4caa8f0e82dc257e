package io.switchboard.api.companion;

import io.switchboard.companion.ReplyIndexRebuild;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The suggested replies' index: its size and the progress of its rebuild; supervisors rebuild it. */
@Path("companion/reply-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Agent companion")
public class ReplyIndexResource {

    @EJB
    ReplyIndexRebuild rebuild;

    @GET
    @Operation(
            summary = "The reply index and its latest rebuild",
            description = "pairs: customer message / agent reply pairs searchable now; the latest rebuild's status"
                    + " (STARTED, COMPLETED, FAILED...) and how many of the solved or closed conversations it has"
                    + " read.")
    public ReplyIndexRebuild.Progress progress() {
        return rebuild.progress();
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Rebuild the reply index from every solved or closed conversation (a batch job)")
    @APIResponse(responseCode = "202", description = "Started: follow it with GET /companion/reply-index")
    public Response rebuild() {
        long execution = rebuild.start();
        return Response.accepted(rebuild.progress())
                .header("X-Job-Execution", execution)
                .build();
    }
}
