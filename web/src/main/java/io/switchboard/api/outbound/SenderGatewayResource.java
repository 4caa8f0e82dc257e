package io.switchboard.api.outbound;

import io.switchboard.outbound.GatewayService;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The channel gateway of a sender: the webhook its outbound messages are delivered to. */
@Path("senders/{id}/gateway")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACCOUNT_MANAGER)
@Tag(name = "Senders")
public class SenderGatewayResource {

    @EJB
    GatewayService gateways;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the sender's gateway webhook",
            description = "The answer carries signingSecret when one is issued (a new gateway, or rotateSecret): "
                    + "it is shown this once. Loopback, private and link-local hosts are refused (400 url) unless "
                    + "the operator allows them.")
    public GatewayView configure(@PathParam("id") long senderId, @Valid @NotNull GatewayRequest request) {
        GatewayService.ConfiguredGateway configured = gateways.configure(senderId, request.url, request.rotateSecret);
        return GatewayView.of(configured.gateway(), configured.issuedSecret());
    }

    @GET
    @Operation(summary = "The sender's gateway (the secret's prefix only)")
    @APIResponse(responseCode = "404", description = "No such sender, or it has no gateway")
    public GatewayView get(@PathParam("id") long senderId) {
        return gateways.find(senderId)
                .map(g -> GatewayView.of(g, null))
                .orElseThrow(() -> new UnknownEntityException("gateway of sender", senderId));
    }

    @DELETE
    @Operation(summary = "Remove the sender's gateway: its messages wait (and eventually go dead) until one is set")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") long senderId) {
        gateways.remove(senderId);
    }
}
