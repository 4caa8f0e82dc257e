package io.switchboard.lifecycle;

import io.switchboard.agents.Agent;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.forms.FormService;
import io.switchboard.people.Person;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agent starts a conversation with a customer. With "Select senders for each queue" on, only from the senders of
 * the agent's queues (each queue's default sender first), and the conversation goes to that queue; off, from any
 * sender, in the agent's queue that has it, else the Default queue. The agent is assigned (the engine's statuses and
 * capacity apply) and the first message leaves through the outbox.
 */
@Stateless
public class OutboundConversations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    @EJB
    FormService forms;

    @EJB
    SenderService senders;

    @EJB
    QueueService queues;

    @EJB
    ConversationService conversations;

    /** The senders this agent may start from, default senders first, each with the queue it starts in. */
    public Map<Sender, Queue> sendersFor(Agent agent) {
        Map<Sender, Queue> allowed = new LinkedHashMap<>();
        // The agent as this transaction sees it: its queues' senders are then the same objects as the ones found here.
        Agent current = em.find(Agent.class, agent.getId());
        List<Queue> theirs = new ArrayList<>(current.getQueues());
        theirs.sort(Comparator.comparing(Queue::getName));
        Queue defaultQueue = queues.defaultQueue();
        if (!theirs.contains(defaultQueue)) {
            theirs.add(defaultQueue);
        }
        for (Queue queue : theirs) {
            if (queue.getDefaultSender() != null) {
                allowed.putIfAbsent(queue.getDefaultSender(), queue);
            }
        }
        for (Queue queue : theirs) {
            queue.getSenders().stream()
                    .sorted(Comparator.comparing(Sender::getAddress))
                    .forEach(sender -> allowed.putIfAbsent(sender, queue));
        }
        if (!settings.sendersPerQueue()) {
            for (Sender sender : senders.list()) {
                allowed.putIfAbsent(sender, defaultQueue);
            }
        }
        return allowed;
    }

    /** Starts the conversation, assigned to the agent, with their first message; the conversation. */
    public Conversation start(Agent agent, long personId, long senderId, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "must not be blank");
        }
        Sender sender;
        try {
            sender = senders.find(senderId);
        } catch (UnknownEntityException e) {
            throw new InvalidInputException("senderId", "no sender has id " + senderId);
        }
        Queue queue = sendersFor(agent).entrySet().stream()
                .filter(allowed -> allowed.getKey().getId().equals(senderId))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (queue == null) {
            throw new InvalidInputException("senderId", "is not a sender of your queues");
        }
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new InvalidInputException("personId", "no customer has id " + personId);
        }
        boolean reachable = em.createQuery(
                                "select count(c) from PersonContact c where c.person = :person and c.channel = :channel",
                                Long.class)
                        .setParameter("person", person)
                        .setParameter("channel", sender.getChannel())
                        .getSingleResult()
                > 0;
        if (!reachable) {
            throw new InvalidInputException(
                    "personId", "the customer has no " + sender.getChannel() + " address to write to");
        }
        List<Long> open = em.createNamedQuery(Conversation.OPEN_BY_KEY, Conversation.class)
                .setParameter("openKey", Conversation.openKey(person, sender))
                .getResultStream()
                .map(Conversation::getId)
                .toList();
        if (!open.isEmpty()) {
            throw new ConflictException(
                    "the customer already has open conversation " + open.get(0) + " on this sender: write there");
        }
        Instant now = clock.instant();
        Conversation conversation = Conversation.outbound(nextShortId(), person, sender, queue, now);
        em.persist(conversation);
        em.flush();
        forms.assign(conversation, true);
        conversations.assign(conversation.getId(), agent.getId());
        conversations.reply(
                conversation.getId(), AuthorKind.AGENT, agent.getUser().getUsername(), text.strip());
        return conversation;
    }

    private long nextShortId() {
        return ((Number) em.createNativeQuery("select nextval('conversation_short_id_seq')")
                        .getSingleResult())
                .longValue();
    }
}
