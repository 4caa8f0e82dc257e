package io.switchboard.conversations;

import io.switchboard.people.PersonContact;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.QueueService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Conversations after they started: reading, listing, status changes and the business's replies. */
@Stateless
public class ConversationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    QueueService queues;

    public Conversation find(long id) {
        Conversation conversation = em.find(Conversation.class, id);
        if (conversation == null) {
            throw new UnknownEntityException("conversation", id);
        }
        return conversation;
    }

    public List<Message> messages(long conversationId) {
        find(conversationId);
        return em.createNamedQuery(Message.OF_CONVERSATION, Message.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }

    /** Newest first; a page beyond the end is empty. */
    public Page<Conversation> list(ConversationFilter filter, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Conversation> select = cb.createQuery(Conversation.class);
        Root<Conversation> root = select.from(Conversation.class);
        select.where(predicates(cb, root, filter)).orderBy(cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
        TypedQuery<Conversation> query = em.createQuery(select).setFirstResult(page * size).setMaxResults(size);

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Conversation> counted = count.from(Conversation.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, filter));
        return new Page<>(query.getResultList(), page, size, em.createQuery(count).getSingleResult());
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Conversation> root, ConversationFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.queueId() != null) {
            where.add(cb.equal(root.get("queue").get("id"), filter.queueId()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(root.get("status"), filter.status()));
        }
        if (filter.priority() != null) {
            where.add(cb.equal(root.get("priority"), filter.priority()));
        }
        if (filter.channel() != null) {
            where.add(cb.equal(root.get("channel"), filter.channel()));
        }
        if (filter.shortId() != null) {
            where.add(cb.equal(root.get("shortId"), filter.shortId()));
        }
        if (filter.personId() != null) {
            where.add(cb.equal(root.get("person").get("id"), filter.personId()));
        }
        if (filter.createdFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), filter.createdFrom().atOffset(ZoneOffset.UTC)));
        }
        if (filter.createdTo() != null) {
            where.add(cb.lessThan(root.get("createdAt"), filter.createdTo().atOffset(ZoneOffset.UTC)));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Changes the status; Closed is final. */
    public Conversation changeStatus(long id, ConversationStatus status) {
        Conversation conversation = lockedOpen(id);
        conversation.changeStatus(status, clock.instant());
        return conversation;
    }

    /** Moves the conversation to a queue in use (assignment follows with its issue). */
    public Conversation moveToQueue(long id, long queueId) {
        Conversation conversation = lockedOpen(id);
        conversation.moveTo(queues.lockForMove(queueId), clock.instant());
        return conversation;
    }

    /** A reply from the business, written by an agent (or, later, a bot), on the conversation's channel. */
    public Message reply(long id, AuthorKind authorKind, String author, String text) {
        Conversation conversation = lockedOpen(id);
        String customerAddress = em.createQuery("select c from PersonContact c where c.person = :person"
                        + " and c.channel = :channel order by c.id", PersonContact.class)
                .setParameter("person", conversation.getPerson())
                .setParameter("channel", conversation.getChannel())
                .setMaxResults(1)
                .getResultStream()
                .map(PersonContact::getAddress)
                .findFirst()
                .orElseThrow(() -> new ConflictException("the customer has no " + conversation.getChannel()
                        + " address to reply to"));
        Instant now = clock.instant();
        Message message = new Message(conversation, Direction.OUTBOUND, authorKind, author,
                new Message.Content(conversation.getChannel(), conversation.getSender().getAddress(),
                        customerAddress, text, null), null, null, now);
        em.persist(message);
        em.flush();
        return message;
    }

    // The row lock orders a reply and a concurrent close: a message is never stored after the close committed.
    private Conversation lockedOpen(long id) {
        Conversation conversation = em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new UnknownEntityException("conversation", id);
        }
        if (conversation.isClosed()) {
            throw new ConflictException("conversation " + id + " is closed; closed conversations are final");
        }
        return conversation;
    }

    /**
     * The page {@link #list} gives, as screens show it: the queue and the customer are fetched in the same query
     * (they are lazy) and copied into {@link ConversationSummary}s while the transaction is open.
     */
    public Page<ConversationSummary> summaries(ConversationFilter filter, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Conversation> select = cb.createQuery(Conversation.class);
        Root<Conversation> root = select.from(Conversation.class);
        root.fetch("queue");
        root.fetch("person");
        select.where(predicates(cb, root, filter)).orderBy(cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
        List<ConversationSummary> items = em.createQuery(select).setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(ConversationSummary::new).toList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Conversation> counted = count.from(Conversation.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, filter));
        return new Page<>(items, page, size, em.createQuery(count).getSingleResult());
    }
}
