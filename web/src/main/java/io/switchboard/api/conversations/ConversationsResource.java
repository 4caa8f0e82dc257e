package io.switchboard.api.conversations;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentKind;
import io.switchboard.agents.AgentService;
import io.switchboard.api.CallerReach;
import io.switchboard.api.Callers;
import io.switchboard.api.QueryParams;
import io.switchboard.api.assignment.AssignmentDecisionView;
import io.switchboard.assignment.AssignmentService;
import io.switchboard.attributes.AttributeService;
import io.switchboard.attributes.Masking;
import io.switchboard.channels.Channel;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationFilter;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Message;
import io.switchboard.conversations.Priority;
import io.switchboard.conversations.logic.Reach;
import io.switchboard.lifecycle.ConversationReach;
import io.switchboard.lifecycle.ConversationService;
import io.switchboard.lifecycle.OutboundConversations;
import io.switchboard.platform.ForbiddenException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
import io.switchboard.sentiment.SentimentService;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conversations: reading, listing, status and replies. Each caller sees and acts on the conversations within their
 * reach only ({@link io.switchboard.conversations.logic.Reach}): lists omit the others, and every
 * {@code /conversations/{id}/...} request outside it answers 404 ({@link io.switchboard.security.ConversationReachFilter}).
 */
@Path("conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Conversations")
public class ConversationsResource {

    static final int MAX_METADATA_LENGTH = 16_000;

    /** One page of conversations. */
    public record ConversationPage(List<ConversationView> items, int page, int size, long total) {}

    @EJB
    ConversationService conversations;

    @EJB
    AttributeService attributes;

    @EJB
    AssignmentService assignment;

    @EJB
    ConversationReach reach;

    @EJB
    SentimentService sentiment;

    @EJB
    OutboundConversations outboundConversations;

    @EJB
    AgentService agents;

    @Inject
    CallerReach caller;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    private Masking masking() {
        return attributes.maskingFor(Callers.roles(security));
    }

    @GET
    @Operation(
            summary = "List conversations in work order, filtered and paged",
            description = "Work order: the highest priority first (Urgent, High, Normal, Low), then the longest"
                    + " waiting (created earliest).")
    public ConversationPage list(
            @QueryParam("queue") String queue,
            @QueryParam("status") String status,
            @QueryParam("priority") String priority,
            @QueryParam("channel") String channel,
            @QueryParam("shortId") String shortId,
            @QueryParam("person") String person,
            @QueryParam("createdFrom") String createdFrom,
            @QueryParam("createdTo") String createdTo,
            @QueryParam("assignee") String assignee,
            @QueryParam("tag") String tag,
            @Parameter(description = "Conversations that have this form (assigned, chosen, or the default)")
                    @QueryParam("form")
                    String form,
            @Parameter(description = "Conversations with a value in this input field") @QueryParam("field")
                    String field,
            @Parameter(
                            description = "With field: the value, ignoring case; a dropdown's upper level matches"
                                    + " its sub-values (Clothing matches Clothing: Shirts)")
                    @QueryParam("fieldValue")
                    String fieldValue,
            @Parameter(description = "Conversations whose sentiment is NEGATIVE, NEUTRAL or POSITIVE")
                    @QueryParam("sentiment")
                    String sentimentLabel,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Masking masking = masking();
        String wantedValue = fieldValue == null || fieldValue.isBlank() ? null : fieldValue.strip();
        if (wantedValue != null && (field == null || field.isBlank())) {
            throw new InvalidInputException("fieldValue", "needs field: the input field whose value to match");
        }
        ConversationFilter filter = new ConversationFilter(
                        QueryParams.longValue("queue", queue),
                        QueryParams.enumValue(ConversationStatus.class, "status", status),
                        QueryParams.enumValue(Priority.class, "priority", priority),
                        QueryParams.enumValue(Channel.class, "channel", channel),
                        QueryParams.longValue("shortId", shortId),
                        QueryParams.longValue("person", person),
                        QueryParams.instant("createdFrom", createdFrom),
                        QueryParams.instant("createdTo", createdTo),
                        QueryParams.longValue("assignee", assignee),
                        tag == null || tag.isBlank() ? null : tag.trim())
                .withForm(QueryParams.longValue("form", form), QueryParams.longValue("field", field), wantedValue)
                .withSentiment(QueryParams.enumValue(SentimentLabel.class, "sentiment", sentimentLabel));
        Page<Conversation> found =
                conversations.list(filter, caller.of(security, false), QueryParams.page(page), QueryParams.size(size));
        return new ConversationPage(
                found.items().stream().map(c -> ConversationView.of(c, masking)).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @POST
    @Operation(
            summary = "Start a conversation with a customer, assigned to the calling agent, with the first message",
            description =
                    "From a sender the agent's queues allow (with the setting sendersPerQueueEnabled on; any sender"
                            + " otherwise). 403 for callers who are no agent; 409 when the customer already has an open"
                            + " conversation on that sender, or the agent's status takes no conversations.")
    @APIResponse(responseCode = "201", description = "Started; the first message is in the outbox")
    @APIResponse(responseCode = "400", description = "Unknown customer or sender, a sender the queues do not allow")
    public Response start(@Valid StartRequest request) {
        Agent agent = callingAgent();
        Conversation started = outboundConversations.start(agent, request.personId, request.senderId, request.text);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(started.getId()))
                        .build())
                .entity(ConversationView.of(conversations.find(started.getId()), masking()))
                .build();
    }

    /** The human agent the caller is: a signed-in agent, or the agent an API key is bound to. */
    private Agent callingAgent() {
        return agentCalling().orElseThrow(() -> new ForbiddenException("agent", "only agents start conversations"));
    }

    /** The human agent the caller is (a key bound to them, or their sign-in), if any. */
    private Optional<Agent> agentCalling() {
        Optional<Agent> agent = caller.boundAgent(security)
                .map(agents::find)
                .or(() -> agents.ofUsername(security.getUserPrincipal().getName()));
        return agent.filter(a -> a.getKind() == AgentKind.HUMAN);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One conversation")
    @APIResponse(responseCode = "404", description = "No such conversation")
    public ConversationView get(@PathParam("id") long id) {
        return ConversationView.of(conversations.find(id), masking());
    }

    @GET
    @Path("{id}/messages")
    @Operation(
            summary = "The conversation's messages, oldest first",
            description = "An agent does not see the customer's messages with a bot whose history is not visible.")
    public List<MessageView> messages(@PathParam("id") long id) {
        boolean asAgent = caller.of(security, false).kind() == Reach.Kind.AGENT;
        return conversations.messages(id, asAgent).stream()
                .map(m -> MessageView.of(m, masking()))
                .toList();
    }

    @POST
    @Path("{id}/messages")
    @Operation(
            summary = "Reply to the customer",
            description = "409 when the conversation is closed, or when a bot (x-agent-id) writes after handing it"
                    + " over. An agent may write from another sender (senderId), e.g. over another channel of the"
                    + " customer's (409 when they have no address there; 400 for a sender their queues do not allow"
                    + " with sendersPerQueueEnabled); the first message over another channel"
                    + " is the workflows' CHANNEL_CHANGED.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "409", description = "The conversation is closed, or the bot handed it over")
    public Response reply(
            @PathParam("id") long id, @HeaderParam("x-agent-id") String botId, @Valid ReplyRequest request) {
        Long bot = QueryParams.longValue("x-agent-id", botId);
        if (bot != null) {
            mayWriteAs(bot);
            if (request.senderId != null) {
                throw new InvalidInputException("senderId", "a bot writes from the conversation's own sender");
            }
        } else if (request.senderId != null) {
            // "Agents can send messages ... only from queues where the agent is assigned based on senders added in
            // that queue" (guide, with sendersPerQueueEnabled; any sender otherwise): the same rule as starting one.
            agentCalling().ifPresent(agent -> {
                boolean allowed = outboundConversations.sendersFor(agent).keySet().stream()
                        .anyMatch(sender -> sender.getId().equals(request.senderId));
                if (!allowed) {
                    throw new InvalidInputException("senderId", "is not a sender of your queues");
                }
            });
        }
        Message message = bot != null
                ? conversations.replyAsBot(id, bot, request.text)
                : conversations.reply(
                        id, AuthorKind.AGENT, security.getUserPrincipal().getName(), request.text, request.senderId);
        return Response.created(uriInfo.getAbsolutePath())
                .entity(MessageView.of(message, masking()))
                .build();
    }

    /**
     * The guide's x-agent-id names the bot that writes. A key bound to an agent writes as that agent only; an unbound
     * caller may name a bot only when it manages conversations (Manager, supervisor), never as an agent.
     */
    private void mayWriteAs(long agentId) {
        Optional<Long> bound = caller.boundAgent(security);
        if (bound.isPresent() && bound.get() != agentId) {
            throw new ForbiddenException("x-agent-id", "this API key acts as agent " + bound.get() + " only");
        }
        Set<Role> roles = Callers.roles(security);
        if (bound.isEmpty() && !roles.contains(Role.MANAGER) && !roles.contains(Role.ACCOUNT_MANAGER)) {
            throw new ForbiddenException(
                    "x-agent-id", "needs an API key bound to agent " + agentId + " (or a Manager's credentials)");
        }
    }

    @PUT
    @Path("{id}/assignee")
    @Operation(
            summary = "Assign directly to an agent (no routing), or unassign with agentId null",
            description = "409 when the agent is disabled or does not work in the conversation's queue.")
    public ConversationView assign(@PathParam("id") long id, @Valid AssigneeRequest request) {
        return ConversationView.of(conversations.assign(id, request.agentId), masking());
    }

    @PUT
    @Path("{id}/priority")
    @Operation(summary = "Change the priority")
    public ConversationView changePriority(@PathParam("id") long id, @Valid PriorityRequest request) {
        return ConversationView.of(conversations.changePriority(id, Priority.valueOf(request.priority)), masking());
    }

    @POST
    @Path("{id}/tags")
    @Operation(summary = "Put a defined tag on the conversation")
    public ConversationView tag(@PathParam("id") long id, @Valid TagRequest request) {
        return ConversationView.of(conversations.tag(id, request.tag.trim()), masking());
    }

    @DELETE
    @Path("{id}/tags/{tag}")
    @Operation(summary = "Take a tag off the conversation")
    public ConversationView untag(@PathParam("id") long id, @PathParam("tag") String tag) {
        return ConversationView.of(conversations.untag(id, tag), masking());
    }

    @GET
    @Path("{id}/metadata")
    @Operation(summary = "The conversation's metadata: a JSON object left by bots and integrations")
    public Response metadata(@PathParam("id") long id) {
        return Response.ok(conversations.metadata(id, masking()), MediaType.APPLICATION_JSON)
                .build();
    }

    @PUT
    @Path("{id}/metadata")
    @Operation(
            summary = "Replace the conversation's metadata with a JSON object (at most 16,000 characters)",
            description = "A masked value sent back keeps the stored one; agents cannot change sensitive keys (403).")
    public Response replaceMetadata(@PathParam("id") long id, JsonValue metadata) {
        if (!(metadata instanceof JsonObject object)) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        String json = object.toString();
        if (json.length() > MAX_METADATA_LENGTH) {
            throw new InvalidInputException("body", "must have at most " + MAX_METADATA_LENGTH + " characters");
        }
        Masking masking = masking();
        conversations.replaceMetadata(id, json, masking);
        return Response.ok(conversations.metadata(id, masking), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "The conversation's internal notes, oldest first")
    public List<NoteView> notes(@PathParam("id") long id) {
        return conversations.notes(id).stream().map(NoteView::of).toList();
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Add an internal note (never sent to the customer)")
    public Response addNote(@PathParam("id") long id, @Valid NoteRequest request) {
        NoteView note = NoteView.of(
                conversations.addNote(id, security.getUserPrincipal().getName(), request.text));
        return Response.created(uriInfo.getAbsolutePath()).entity(note).build();
    }

    @PUT
    @Path("{id}/customer")
    @Operation(
            summary = "Link the conversation to another customer (person)",
            description = "The person's next message on the conversation's sender continues it. The same customer"
                    + " again changes nothing. 404 for an unknown person, 409 when the conversation is closed or the"
                    + " person already has an open conversation on its sender (merge them instead).")
    @APIResponse(responseCode = "404", description = "No such conversation (or out of reach) or person")
    @APIResponse(responseCode = "409", description = "Closed, or the person has an open conversation on the sender")
    public ConversationView changeCustomer(@PathParam("id") long id, @Valid CustomerRequest request) {
        return ConversationView.of(conversations.changeCustomer(id, request.personId), masking());
    }

    @PUT
    @Path("{id}/queue")
    @Operation(summary = "Move the conversation to another queue", description = "409 when it is closed.")
    @APIResponse(responseCode = "404", description = "No such conversation or queue")
    public ConversationView moveToQueue(@PathParam("id") long id, @Valid MoveRequest request) {
        return ConversationView.of(conversations.moveToQueue(id, request.queueId), masking());
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Change the status", description = "Closed is final: changing a closed conversation is 409.")
    @APIResponse(responseCode = "409", description = "The conversation is closed")
    public ConversationView changeStatus(@PathParam("id") long id, @Valid StatusRequest request) {
        return ConversationView.of(
                conversations.changeStatus(id, ConversationStatus.valueOf(request.status)), masking());
    }

    @POST
    @Path("{id}/merge")
    @Operation(
            summary = "Merge another open conversation of the same customer into this one",
            description = "The other conversation closes and points to this one, whose history shows its messages;"
                    + " its tags join this one's. 404 when the other is out of the caller's reach, 409 when either is"
                    + " closed or the other is another customer's.")
    @APIResponse(responseCode = "200", description = "Merged: this conversation")
    @APIResponse(responseCode = "404", description = "No such conversation (or out of reach)")
    @APIResponse(responseCode = "409", description = "Closed, or another customer's")
    public ConversationView merge(@PathParam("id") long id, @Valid MergeRequest request) {
        // The reach filter checked this conversation; the other must be within the caller's reach too.
        reach.reachable(request.conversationId, caller.of(security, true));
        return ConversationView.of(conversations.merge(id, request.conversationId), masking());
    }

    @GET
    @Path("{id}/sentiment")
    @Operation(
            summary = "The conversation's sentiment: its score, label and trend, and each customer message's score",
            description = "The weighted average of the customer's message scores, the n-th message weighing n;"
                    + " NEGATIVE at -0.35 and below, POSITIVE at +0.35 and above, NEUTRAL between. Messages are"
                    + " scored just after they arrive; \"enabled\": false while sentiment analysis is off (PUT"
                    + " /settings \"sentimentEnabled\"), when nothing new is scored.")
    public SentimentView sentiment(@PathParam("id") long id) {
        return SentimentView.of(sentiment.enabled(), sentiment.of(id).orElse(null));
    }

    @GET
    @Path("{id}/assignment")
    @Operation(summary = "The automatic assignment decisions of a conversation, newest first, with their candidates")
    public List<AssignmentDecisionView> assignment(@PathParam("id") long id) {
        return assignment.decisions(id).stream().map(AssignmentDecisionView::of).toList();
    }
}
