package io.switchboard.lifecycle;

import io.switchboard.assignment.AssignmentTrigger;
import io.switchboard.bots.BotRoster;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderDirectory;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.InboundMessage;
import io.switchboard.conversations.IntakeKey;
import io.switchboard.conversations.Message;
import io.switchboard.forms.FormService;
import io.switchboard.people.Person;
import io.switchboard.people.PersonContact;
import io.switchboard.people.PersonDetails;
import io.switchboard.people.PersonService;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Revisions;
import io.switchboard.platform.UnprocessableException;
import io.switchboard.queues.DefaultQueue;
import io.switchboard.routing.Routing;
import io.switchboard.routing.RoutingTrigger;
import io.switchboard.surveys.SurveyService;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
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

    @Inject
    SenderDirectory senders;

    @EJB
    FormService forms;

    @Inject
    DefaultQueue defaultQueue;

    @EJB
    PersonService people;

    @EJB
    Routing routing;

    @EJB
    AwayMessages awayMessages;

    @EJB
    ConversationChanges changes;

    @Inject
    QueueEntry queueEntry;

    @EJB
    TagService tags;

    @EJB
    SurveyService surveys;

    @EJB
    BotConversations bots;

    @Inject
    BotRoster botRoster;

    @Inject
    Clock clock;

    @Inject
    Revisions revisions;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IntakeResult thread(InboundMessage inbound) {
        Message.Content content = inbound.content();
        // The transaction's first statement: the customer's contact, with the configuration's revisions the sender
        // is looked up under.
        Long knownCustomerId = knownCustomerId(content);
        Sender sender = senders.findByAddress(content.channel(), content.to())
                .orElseThrow(() -> new InvalidInputException(
                        "to", "no " + content.channel() + " sender has the address " + content.to()));
        Optional<Message> earlier = findEarlier(inbound.keys(), sender);
        if (earlier.isPresent()) {
            Message message = earlier.get();
            Conversation conversation = message.getConversation();
            return new IntakeResult(conversation.getId(), conversation.getShortId(), message.getId(), false, true);
        }
        // Most messages come without tags: no call for nothing.
        List<Tag> given = inbound.tags().isEmpty() ? List.of() : tags.named(inbound.tags());
        Instant now = clock.instant();
        Found customer = customer(inbound, knownCustomerId, now);
        Person person = customer.person();
        // A customer created in this transaction has no conversation yet (nobody else sees them before commit).
        // Locked: concurrent messages of one conversation append one after the other instead of failing.
        Conversation conversation = customer.isNew() ? null : openConversation(person, sender);
        boolean opened = conversation == null;
        if (opened) {
            conversation = Conversation.inbound(
                    nextShortId(), person, sender, content.channel(), defaultQueue.get(), content.subject(), now);
            em.persist(conversation);
            if (customer.isNew()) {
                conversation.markUnseen();
            }
        }
        Message message = changes.receive(
                conversation,
                content,
                inbound.keys().externalId(),
                inbound.keys().idempotencyKey(),
                now);
        rememberKeys(inbound.keys(), sender, message, now);
        // A reply to a survey ("1", "2", the follow-up's comment) is its answer; the Solved conversation stays Solved.
        if (!opened && SurveyService.mayBeAReply(conversation, content.text())) {
            surveys.replied(conversation, content.text());
        }
        for (Tag tag : given) {
            changes.tag(conversation, tag);
        }
        // Outside working hours the customer gets the away message and the conversation waits for the opening.
        // A bot answers at any hour: its conversations get no away message and skip assignment.
        boolean away = false;
        if (opened) {
            routing.route(conversation, message, RoutingTrigger.NEW_CONVERSATION);
            forms.assign(conversation, true);
            boolean toBot = bots.opened(conversation, message);
            away = !toBot && awayMessages.sendIfOutsideWorkingHours(conversation, now);
        } else if (botRoster.anyBot()) {
            // Without any bot no conversation has a bot session: no look for one.
            bots.received(conversation, message);
        }
        // Violations of the unique keys surface at the flush, inside this transaction, for the caller to retry. A new
        // customer's conversation is written after assignment gave it its agent: one insert instead of an insert and
        // an update (assignee_id is indexed, so that update rewrote every index of the row).
        if (!conversation.isUnseen()) {
            em.flush();
        }
        if (opened && !away) {
            queueEntry.entered(conversation, AssignmentTrigger.NEW_CONVERSATION);
        }
        if (conversation.isUnseen()) {
            em.flush();
        }
        return new IntakeResult(conversation.getId(), conversation.getShortId(), message.getId(), opened, false);
    }

    /**
     * The message stored before under one of these keys by this caller to this sender: the same request again is a
     * replay; a different one under a used key is refused, never answered with the first result.
     */
    private Optional<Message> findEarlier(InboundMessage.Keys keys, Sender sender) {
        Optional<Message> byKey = earlier(keys, sender, IntakeKey.Kind.IDEMPOTENCY_KEY, keys.idempotencyKey());
        return byKey.isPresent() ? byKey : earlier(keys, sender, IntakeKey.Kind.EXTERNAL_ID, keys.externalId());
    }

    private Optional<Message> earlier(InboundMessage.Keys keys, Sender sender, IntakeKey.Kind kind, String value) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<IntakeKey> used = em.createNamedQuery(IntakeKey.FIND, IntakeKey.class)
                .setParameter("caller", keys.caller())
                .setParameter("senderId", sender.getId())
                .setParameter("kind", kind)
                .setParameter("keyValue", value)
                .getResultStream()
                .findFirst();
        if (used.isPresent() && !used.get().getFingerprint().equals(keys.fingerprint())) {
            String field = kind == IntakeKey.Kind.IDEMPOTENCY_KEY ? "Idempotency-Key" : "externalId";
            throw new UnprocessableException(
                    field,
                    "was used before for a different message (message "
                            + used.get().getMessage().getId()
                            + "): send a new key for a new message, or the same request to repeat it");
        }
        return used.map(IntakeKey::getMessage);
    }

    /** A concurrent twin under the same key surfaces at the flush as a unique-key violation, and is retried. */
    private void rememberKeys(InboundMessage.Keys keys, Sender sender, Message message, Instant now) {
        if (keys.idempotencyKey() != null) {
            em.persist(new IntakeKey(
                    keys.caller(),
                    sender.getId(),
                    IntakeKey.Kind.IDEMPOTENCY_KEY,
                    keys.idempotencyKey(),
                    keys.fingerprint(),
                    message,
                    now));
        }
        if (keys.externalId() != null) {
            em.persist(new IntakeKey(
                    keys.caller(),
                    sender.getId(),
                    IntakeKey.Kind.EXTERNAL_ID,
                    keys.externalId(),
                    keys.fingerprint(),
                    message,
                    now));
        }
    }

    /** The message's customer, and whether this transaction created them. */
    private record Found(Person person, boolean isNew) {}

    /**
     * The id of the customer whose contact is the message's sender address (null: none), read in one statement with
     * the configuration's revisions ({@link Revisions#readAlong}): intake's first read, one round trip for both.
     */
    private Long knownCustomerId(Message.Content content) {
        Object[] row = (Object[]) em.createNativeQuery("select " + Revisions.COLUMNS + ", c.person_id from (select 1)"
                        + " r left join person_contact c on c.channel = ?1 and c.address = ?2")
                .setParameter(1, content.channel().name())
                .setParameter(2, content.from())
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        revisions.readAlong(row);
        return row[3] == null ? null : ((Number) row[3]).longValue();
    }

    /**
     * The customer behind the sender's address: known by the contact, else by the CRM id the message names (the
     * address becomes their contact), else new. Attributes sent along update them. A known customer is a reference
     * until something reads them (names to learn, attributes, routing's conditions on the customer).
     */
    private Found customer(InboundMessage inbound, Long knownCustomerId, Instant now) {
        InboundMessage.Customer customer = inbound.customer();
        Message.Content content = inbound.content();
        PersonDetails told = customer.person();
        Person person = knownCustomerId == null ? null : em.getReference(Person.class, knownCustomerId);
        if (person == null && told != null && told.externalPersonId() != null) {
            person = people.findByExternalId(told.externalPersonId()).orElse(null);
            if (person != null) {
                em.persist(new PersonContact(person, content.channel(), content.from()));
            }
        }
        boolean isNew = person == null;
        if (isNew) {
            person = new Person(null, null, now);
            em.persist(person);
            em.persist(new PersonContact(person, content.channel(), content.from()));
            // The person's id is part of the conversation's open key.
            em.flush();
        }
        if (customer.firstName() != null || customer.lastName() != null) {
            person.learnNames(customer.firstName(), customer.lastName());
        }
        if (told != null) {
            people.learn(person, told, "person.");
        }
        return new Found(person, isNew);
    }

    /**
     * The customer's open conversation on the sender, its row locked and read in one statement; null when none is
     * open. The transaction is new and has read no conversation (and conversations are not in the shared cache), so
     * the row read under the lock is the one returned.
     */
    private Conversation openConversation(Person person, Sender sender) {
        List<?> locked = em.createNativeQuery(Conversation.LOCK_OPEN_BY_KEY, Conversation.class)
                .setParameter(1, Conversation.openKey(person, sender))
                .getResultList();
        return locked.isEmpty() ? null : (Conversation) locked.get(0);
    }

    private long nextShortId() {
        return ((Number) em.createNativeQuery("select nextval('conversation_short_id_seq')")
                        .getSingleResult())
                .longValue();
    }
}
