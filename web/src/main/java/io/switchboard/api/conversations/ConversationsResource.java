package io.switchboard.api.conversations;

import io.switchboard.api.QueryParams;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationFilter;
import io.switchboard.conversations.ConversationService;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Message;
import io.switchboard.conversations.Page;
import io.switchboard.conversations.Priority;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Conversations: reading, listing, status and replies. */
@Path("conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Conversations")
public class ConversationsResource {

    static final int MAX_PAGE_SIZE = 100;

    /** One page of conversations. */
    public record ConversationPage(List<ConversationView> items, int page, int size, long total) {
    }

    @EJB
    ConversationService conversations;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List conversations, newest first, filtered and paged")
    public ConversationPage list(@QueryParam("queue") String queue, @QueryParam("status") String status,
                                 @QueryParam("priority") String priority, @QueryParam("channel") String channel,
                                 @QueryParam("shortId") String shortId, @QueryParam("person") String person,
                                 @QueryParam("createdFrom") String createdFrom,
                                 @QueryParam("createdTo") String createdTo,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        ConversationFilter filter = new ConversationFilter(QueryParams.longValue("queue", queue),
                QueryParams.enumValue(ConversationStatus.class, "status", status),
                QueryParams.enumValue(Priority.class, "priority", priority),
                QueryParams.enumValue(Channel.class, "channel", channel),
                QueryParams.longValue("shortId", shortId), QueryParams.longValue("person", person),
                QueryParams.instant("createdFrom", createdFrom), QueryParams.instant("createdTo", createdTo));
        Page<Conversation> found = conversations.list(filter,
                QueryParams.intValue("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE),
                QueryParams.intValue("size", size, 20, 1, MAX_PAGE_SIZE));
        return new ConversationPage(found.items().stream().map(ConversationView::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One conversation")
    @APIResponse(responseCode = "404", description = "No such conversation")
    public ConversationView get(@PathParam("id") long id) {
        return ConversationView.of(conversations.find(id));
    }

    @GET
    @Path("{id}/messages")
    @Operation(summary = "The conversation's messages, oldest first")
    public List<MessageView> messages(@PathParam("id") long id) {
        return conversations.messages(id).stream().map(MessageView::of).toList();
    }

    @POST
    @Path("{id}/messages")
    @Operation(summary = "Reply to the customer", description = "409 when the conversation is closed.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "409", description = "The conversation is closed")
    public Response reply(@PathParam("id") long id, @Valid ReplyRequest request) {
        Message message = conversations.reply(id, AuthorKind.AGENT, security.getUserPrincipal().getName(),
                request.text);
        return Response.created(uriInfo.getAbsolutePath()).entity(MessageView.of(message)).build();
    }

    @PUT
    @Path("{id}/queue")
    @Operation(summary = "Move the conversation to another queue", description = "409 when it is closed.")
    @APIResponse(responseCode = "404", description = "No such conversation or queue")
    public ConversationView moveToQueue(@PathParam("id") long id, @Valid MoveRequest request) {
        return ConversationView.of(conversations.moveToQueue(id, request.queueId));
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Change the status", description = "Closed is final: changing a closed conversation is 409.")
    @APIResponse(responseCode = "409", description = "The conversation is closed")
    public ConversationView changeStatus(@PathParam("id") long id, @Valid StatusRequest request) {
        return ConversationView.of(conversations.changeStatus(id, ConversationStatus.valueOf(request.status)));
    }
}
