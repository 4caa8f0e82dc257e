package io.switchboard.routing;

import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.companies.Company;
import io.switchboard.companies.CompanyDetails;
import io.switchboard.conditions.Facts;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.Message;
import io.switchboard.people.Person;
import io.switchboard.people.PersonDetails;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.tags.Tag;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Routes conversations: evaluates the enabled routes in order against what is known of the conversation, moves it to
 * the matched route's queue with its priority (no match: the Default queue, Normal priority) and records the decision,
 * all in the caller's transaction.
 */
@Stateless
public class Routing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    RouteService routes;

    @EJB
    QueueService queues;

    @EJB
    SenderService senders;

    @EJB
    ConversationChanges changes;

    /** Routes a conversation on this message of the customer (null when there is none) and records why. */
    public RoutingDecisionRecord route(Conversation conversation, Message message, RoutingTrigger trigger) {
        RoutingDecision decision = routes.routeSet().decide(facts(conversation, message));
        // A route whose queue was deleted since the routes were compiled sends to the Default queue.
        Queue queue = queueOf(decision);
        Instant now = clock.instant();
        changes.route(conversation, queue, decision.priority(), now);
        RoutingDecisionRecord recorded = new RoutingDecisionRecord(
                conversation,
                decision.routeId(),
                decision.routeName(),
                queue,
                decision.priority(),
                trigger,
                decision.misses(),
                now);
        em.persist(recorded);
        return recorded;
    }

    /** Routes the conversation again on the customer's latest message (none: on what else is known of it). */
    public RoutingDecisionRecord routeAgain(Conversation conversation, RoutingTrigger trigger) {
        return route(conversation, latestInbound(conversation), trigger);
    }

    /** The decisions recorded for a conversation, oldest first. */
    public List<RoutingDecisionRecord> decisions(long conversationId) {
        if (em.find(Conversation.class, conversationId) == null) {
            throw new UnknownEntityException("conversation", conversationId);
        }
        return em.createNamedQuery(RoutingDecisionRecord.OF_CONVERSATION, RoutingDecisionRecord.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }

    /**
     * Which route a sample message from this customer (and company; either may be null) would match, storing
     * nothing. The sample's {@code to} must be a sender's address, as for a real message.
     */
    public RoutingDecision test(RoutingSample sample, PersonDetails person, CompanyDetails company) {
        Sender sender = senders.findByAddress(sample.channel(), sample.to())
                .orElseThrow(() -> new InvalidInputException(
                        "message.to", "no " + sample.channel() + " sender has the address " + sample.to()));
        Facts facts = new Facts(
                sample.channel(),
                sample.text(),
                sample.from(),
                sender.getId(),
                sample.visitor(),
                sample.subject(),
                sample.cc(),
                sample.bcc(),
                sample.channelAttributes(),
                sample.customAttributes(),
                sample.tags(),
                queues.queueIdsWithSender(sender.getId()),
                person,
                company);
        return routes.routeSet().decide(facts);
    }

    /** The queue a decision sends to: the matched route's, or the Default queue. */
    public Queue queueOf(RoutingDecision decision) {
        return decision.queueId() == null
                ? queues.defaultQueue()
                : queues.findInUse(decision.queueId()).orElseGet(queues::defaultQueue);
    }

    /** What routing conditions (and SLA policies, which speak their language) see of a conversation now. */
    public Facts factsOf(Conversation conversation) {
        return facts(conversation, latestInbound(conversation));
    }

    private Message latestInbound(Conversation conversation) {
        return em.createNamedQuery(Message.LATEST_INBOUND, Message.class)
                .setParameter("conversationId", conversation.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Facts facts(Conversation conversation, Message message) {
        Person person = conversation.getPerson();
        Company company = person.getCompany();
        long senderId = conversation.getSender().getId();
        return new Facts(
                conversation.getChannel(),
                message == null ? null : message.getText(),
                message == null ? null : message.getFrom(),
                senderId,
                message != null && message.isVisitor(),
                message == null ? conversation.getTopic() : message.getSubject(),
                addresses(message == null ? null : message.getCc()),
                addresses(message == null ? null : message.getBcc()),
                message == null ? Map.of() : message.getChannelAttributes(),
                message == null ? Map.of() : message.getCustomAttributes(),
                conversation.getTags().stream().map(Tag::getName).collect(Collectors.toSet()),
                queues.queueIdsWithSender(senderId),
                person.details(),
                company == null ? null : company.details());
    }

    private static List<String> addresses(String commaSeparated) {
        return commaSeparated == null
                ? List.of()
                : Arrays.stream(commaSeparated.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
