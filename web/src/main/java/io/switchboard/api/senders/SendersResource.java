package io.switchboard.api.senders;

import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Senders: the numbers, addresses and widgets the business talks from. */
@Path("senders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Senders")
public class SendersResource {

    @EJB
    SenderService senders;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create a sender (409 when the channel already has this address)")
    public Response create(@Valid CreateSenderRequest request) {
        Sender sender = senders.create(
                Channel.valueOf(request.channel),
                request.address.trim(),
                request.name,
                Boolean.TRUE.equals(request.noReply));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(sender.getId()))
                        .build())
                .entity(SenderView.of(sender))
                .build();
    }

    @GET
    @Operation(summary = "List senders by channel and address")
    public List<SenderView> list() {
        return senders.list().stream().map(SenderView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One sender")
    public SenderView get(@PathParam("id") long id) {
        return SenderView.of(senders.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Change a sender's address or name (409 when another sender of the channel has the address)")
    public SenderView update(@PathParam("id") long id, @Valid SenderChangeRequest request) {
        return SenderView.of(senders.update(id, request.address.trim(), request.name, request.noReply));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(
            summary = "Delete a sender no conversation has used; queues stop talking from it",
            description = "409 when conversations used it, or while it is a queue's default sender (the problem"
                    + " names the queues): choose another default sender for them first.")
    public void delete(@PathParam("id") long id) {
        senders.delete(id);
    }
}
