package io.switchboard.routing;

import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.companies.Company;
import io.switchboard.companies.CompanyDetails;
import io.switchboard.people.PersonDetails;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.Message;
import io.switchboard.people.Person;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.tags.Tag;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
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
        RoutingDecisionRecord recorded = new RoutingDecisionRecord(conversation, decision.routeId(),
                decision.routeName(), queue, decision.priority(), trigger, missesJson(decision.misses()), now);
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
                .setParameter("conversationId", conversationId).getResultList();
    }

    /**
     * Which route a sample message from this customer (and company; either may be null) would match, storing
     * nothing. The sample's {@code to} must be a sender's address, as for a real message.
     */
    public RoutingDecision test(RoutingSample sample, PersonDetails person, CompanyDetails company) {
        Sender sender = senders.findByAddress(sample.channel(), sample.to())
                .orElseThrow(() -> new InvalidInputException("message.to",
                        "no " + sample.channel() + " sender has the address " + sample.to()));
        RoutingFacts facts = new RoutingFacts(sample.channel(), sample.text(), sample.from(), sender.getId(),
                sample.visitor(), sample.subject(), sample.cc(), sample.bcc(), sample.channelAttributes(),
                sample.customAttributes(), sample.tags(), queues.queueIdsWithSender(sender.getId()), person, company);
        return routes.routeSet().decide(facts);
    }

    /** The queue a decision sends to: the matched route's, or the Default queue. */
    public Queue queueOf(RoutingDecision decision) {
        return decision.queueId() == null ? queues.defaultQueue()
                : queues.findInUse(decision.queueId()).orElseGet(queues::defaultQueue);
    }

    /** What routing conditions (and SLA policies, which speak their language) see of a conversation now. */
    public RoutingFacts factsOf(Conversation conversation) {
        return facts(conversation, latestInbound(conversation));
    }

    private Message latestInbound(Conversation conversation) {
        return em.createNamedQuery(Message.LATEST_INBOUND, Message.class)
                .setParameter("conversationId", conversation.getId()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private RoutingFacts facts(Conversation conversation, Message message) {
        Person person = conversation.getPerson();
        Company company = person.getCompany();
        long senderId = conversation.getSender().getId();
        return new RoutingFacts(conversation.getChannel(),
                message == null ? null : message.getText(),
                message == null ? null : message.getFrom(),
                senderId,
                message != null && message.isVisitor(),
                message == null ? conversation.getTopic() : message.getSubject(),
                addresses(message == null ? null : message.getCc()),
                addresses(message == null ? null : message.getBcc()),
                message == null ? Map.of() : textMap(message.getChannelAttributes()),
                message == null ? Map.of() : textMap(message.getCustomAttributes()),
                conversation.getTags().stream().map(Tag::getName).collect(Collectors.toSet()),
                queues.queueIdsWithSender(senderId),
                person.details(),
                company == null ? null : company.details());
    }

    private static List<String> addresses(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A stored JSON object of text values (custom or channel attributes) as a map. */
    static Map<String, String> textMap(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> map = new HashMap<>();
            object.forEach((key, value) -> map.put(key,
                    value instanceof JsonString text ? text.getString() : value.toString()));
            return map;
        }
    }

    /** Misses from their stored form. */
    public static List<RoutingDecision.Miss> missesFromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(m -> new RoutingDecision.Miss(m.getJsonNumber("routeId").longValue(), m.getString("routeName"),
                            m.getString("path"), m.getString("failed")))
                    .toList();
        }
    }

    /** Misses as stored: a JSON array of {routeId, routeName, path, failed}. */
    public static String missesJson(List<RoutingDecision.Miss> misses) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        misses.forEach(miss -> array.add(Json.createObjectBuilder().add("routeId", miss.routeId())
                .add("routeName", miss.routeName()).add("path", miss.path()).add("failed", miss.failed())));
        return array.build().toString();
    }
}
