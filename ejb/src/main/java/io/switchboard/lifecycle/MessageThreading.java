package io.switchboard.lifecycle;

import io.switchboard.assignment.AssignmentTrigger;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.InboundMessage;
import io.switchboard.conversations.Message;
import io.switchboard.people.Person;
import io.switchboard.people.PersonContact;
import io.switchboard.people.PersonDetails;
import io.switchboard.people.PersonService;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.queues.QueueService;
import io.switchboard.routing.Routing;
import io.switchboard.routing.RoutingTrigger;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores one inbound message in one transaction: finds or creates the customer, continues their open conversation
 * on the sender or opens a new one (routed to its queue and priority), and stores the message. Races (a burst of first messages, a repeated key) end in
 * a unique-key violation that {@link MessageIntake} answers by trying again.
 */
@Stateless
public class MessageThreading {

    @PersistenceContext
    EntityManager em;

    @EJB
    SenderService senders;

    @EJB
    QueueService queues;

    @EJB
    PersonService people;

    @EJB
    Routing routing;

    @EJB
    AwayMessages awayMessages;

    @EJB
    ConversationChanges changes;

    @EJB
    QueueEntry queueEntry;

    @EJB
    TagService tags;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IntakeResult thread(InboundMessage inbound) {
        Optional<Message> earlier = findEarlier(inbound);
        if (earlier.isPresent()) {
            Message message = earlier.get();
            Conversation conversation = message.getConversation();
            return new IntakeResult(conversation.getId(), conversation.getShortId(), message.getId(), false, true);
        }
        Message.Content content = inbound.content();
        Sender sender = senders.findByAddress(content.channel(), content.to())
                .orElseThrow(() -> new InvalidInputException(
                        "to", "no " + content.channel() + " sender has the address " + content.to()));
        List<Tag> given = tags.named(inbound.tags());
        Instant now = clock.instant();
        Person person = customer(inbound, now);
        // Locked: concurrent messages of one conversation append one after the other instead of failing.
        Conversation conversation = em.createNamedQuery(Conversation.OPEN_BY_KEY, Conversation.class)
                .setParameter("openKey", Conversation.openKey(person, sender))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean opened = conversation == null;
        if (opened) {
            conversation =
                    Conversation.inbound(nextShortId(), person, sender, queues.defaultQueue(), content.subject(), now);
            em.persist(conversation);
        }
        Message message = changes.receive(
                conversation,
                content,
                inbound.keys().externalId(),
                inbound.keys().idempotencyKey(),
                now);
        for (Tag tag : given) {
            changes.tag(conversation, tag);
        }
        // Outside working hours the customer gets the away message and the conversation waits for the opening.
        boolean away = false;
        if (opened) {
            routing.route(conversation, message, RoutingTrigger.NEW_CONVERSATION);
            away = awayMessages.sendIfOutsideWorkingHours(conversation, now);
        }
        // Violations of the unique keys surface here, inside this transaction, for the caller to retry.
        em.flush();
        if (opened && !away) {
            queueEntry.entered(conversation, AssignmentTrigger.NEW_CONVERSATION);
        }
        return new IntakeResult(conversation.getId(), conversation.getShortId(), message.getId(), opened, false);
    }

    private Optional<Message> findEarlier(InboundMessage inbound) {
        InboundMessage.Keys keys = inbound.keys();
        if (keys.idempotencyKey() != null) {
            Optional<Message> byKey = em.createNamedQuery(Message.BY_IDEMPOTENCY_KEY, Message.class)
                    .setParameter("key", keys.idempotencyKey())
                    .getResultStream()
                    .findFirst();
            if (byKey.isPresent()) {
                return byKey;
            }
        }
        if (keys.externalId() != null) {
            return em.createNamedQuery(Message.BY_EXTERNAL_ID, Message.class)
                    .setParameter("channel", inbound.content().channel())
                    .setParameter("externalId", keys.externalId())
                    .getResultStream()
                    .findFirst();
        }
        return Optional.empty();
    }

    /**
     * The customer behind the sender's address: known by the contact, else by the CRM id the message names (the
     * address becomes their contact), else new. Attributes sent along update them.
     */
    private Person customer(InboundMessage inbound, Instant now) {
        InboundMessage.Customer customer = inbound.customer();
        Message.Content content = inbound.content();
        PersonDetails told = customer.person();
        Person person = em.createNamedQuery(PersonContact.BY_ADDRESS, PersonContact.class)
                .setParameter("channel", content.channel())
                .setParameter("address", content.from())
                .getResultStream()
                .findFirst()
                .map(PersonContact::getPerson)
                .orElse(null);
        if (person == null && told != null && told.externalPersonId() != null) {
            person = people.findByExternalId(told.externalPersonId()).orElse(null);
            if (person != null) {
                em.persist(new PersonContact(person, content.channel(), content.from()));
            }
        }
        if (person == null) {
            person = new Person(null, null, now);
            em.persist(person);
            em.persist(new PersonContact(person, content.channel(), content.from()));
            // The person's id is part of the conversation's open key.
            em.flush();
        }
        person.learnNames(customer.firstName(), customer.lastName());
        if (told != null) {
            people.learn(person, told, "person.");
        }
        return person;
    }

    private long nextShortId() {
        return ((Number) em.createNativeQuery("select nextval('conversation_short_id_seq')")
                        .getSingleResult())
                .longValue();
    }
}
