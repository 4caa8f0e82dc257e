package io.switchboard.api.conversations;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.Attachment;
import io.switchboard.conversations.InboundMessage;
import io.switchboard.conversations.Message;
import io.switchboard.lifecycle.IntakeResult;
import io.switchboard.lifecycle.MessageIntake;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Inbound customer messages from channel gateways. One instance for all requests (the request's URI and caller come
 * as parameters): the busiest endpoint need not build a bean and look up its EJB for every message.
 */
@Path("messages")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class MessagesResource {

    static final int MAX_KEY_LENGTH = 200;

    @Inject
    MessageIntake intake;

    @POST
    // Channel gateways hand over customers' messages; supervisors may too (to try their setup), agents never.
    @RolesAllowed({Role.Names.GATEWAY, Role.Names.ACCOUNT_MANAGER})
    @Operation(
            summary = "Receive a customer's message",
            description = "Threads it into the customer's open conversation on that sender, or opens one. "
                    + "Idempotent per caller and sender: the same request again under a used Idempotency-Key or "
                    + "externalId answers the first result, storing nothing; a different request under it is 422.")
    @APIResponse(responseCode = "201", description = "Stored (or stored before: header Idempotent-Replayed: true)")
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, no sender has the 'to' address, or a tag in 'tags' is not defined")
    @APIResponse(responseCode = "422", description = "The key was used by this caller for a different message")
    public Response receive(
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid InboundMessageRequest request,
            @Context UriInfo uriInfo,
            @Context SecurityContext security) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw new InvalidInputException("Idempotency-Key", "must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        List<AttachmentRequest> attachments = request.attachments == null ? List.of() : request.attachments;
        if (request.text == null && attachments.isEmpty()) {
            throw new InvalidInputException("text", "is required when there are no attachments");
        }
        for (int i = 0; i < attachments.size(); i++) {
            String missing = attachments.get(i).missingField();
            if (missing != null) {
                throw new InvalidInputException(
                        "attachments[" + i + "]." + missing, "is required for a " + attachments.get(i).type);
            }
        }
        IntakeResult result = intake.receive(new InboundMessage(
                content(request, attachments),
                keys(security, idempotencyKey, request),
                new InboundMessage.Customer(
                        request.firstName, request.lastName, request.person == null ? null : request.person.details()),
                request.tags));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("conversations")
                        .path(String.valueOf(result.conversationId()))
                        .build())
                .header("Idempotent-Replayed", result.replayed())
                .entity(new IntakeView(
                        result.conversationId(), result.shortId(), result.messageId(), result.newConversation()))
                .build();
    }

    /** The keys scoped to this caller, with the request's fingerprint to tell a repeat from another message. */
    private static InboundMessage.Keys keys(
            SecurityContext security, String idempotencyKey, InboundMessageRequest request) {
        if (idempotencyKey == null && request.externalId == null) {
            return InboundMessage.Keys.NONE;
        }
        return new InboundMessage.Keys(
                security.getUserPrincipal().getName(),
                idempotencyKey,
                request.externalId,
                RequestFingerprint.of(request));
    }

    /** The message as stored: addresses trimmed, lists joined, attachments and attribute maps as given. */
    private static Message.Content content(InboundMessageRequest request, List<AttachmentRequest> attachments) {
        Channel channel = Channel.valueOf(request.channel);
        String from = request.from.trim();
        String to = request.to.trim();
        boolean sensitive = Boolean.TRUE.equals(request.sensitive);
        String cc = join(request.cc);
        String bcc = join(request.bcc);
        List<Attachment> stored =
                attachments.stream().map(AttachmentRequest::toAttachment).toList();
        boolean visitor = Boolean.TRUE.equals(request.visitor);
        return new Message.Content(
                channel,
                from,
                to,
                request.text,
                request.subject,
                sensitive,
                cc,
                bcc,
                stored,
                request.customAttributes,
                visitor,
                request.channelAttributes);
    }

    private static String join(List<String> addresses) {
        return addresses == null || addresses.isEmpty() ? null : String.join(",", addresses);
    }
}
