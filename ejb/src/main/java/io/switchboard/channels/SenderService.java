package io.switchboard.channels;

import io.switchboard.platform.ConflictException;
import io.switchboard.platform.Revisions;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The addresses the business talks from. */
@Stateless
public class SenderService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SenderDeleting> deleting;

    @Inject
    Revisions revisions;

    @Inject
    SenderDirectory directory;

    public Sender create(Channel channel, String address, String name) {
        return create(channel, address, name, false);
    }

    /** A sender; {@code noReply} marks an Email sender as the no-reply From of workflow emails (other channels: 400). */
    public Sender create(Channel channel, String address, String name, boolean noReply) {
        revisions.configurationChanged();
        checkNoReply(channel, noReply);
        if (findByAddress(channel, address).isPresent()) {
            throw ConflictException.onField("address", "a " + channel + " sender with address " + address + " exists");
        }
        Sender sender = new Sender(channel, address, name, clock.instant());
        sender.markNoReply(noReply);
        em.persist(sender);
        em.flush();
        return sender;
    }

    /** The sender with this address on this channel ({@link SenderDirectory}). */
    public Optional<Sender> findByAddress(Channel channel, String address) {
        return directory.findByAddress(channel, address);
    }

    public Sender find(long id) {
        Sender sender = em.find(Sender.class, id);
        if (sender == null) {
            throw new UnknownEntityException("sender", id);
        }
        return sender;
    }

    /** Renames a sender or moves it to another address of its channel (409 when another sender has it). */
    public Sender update(long id, String address, String name) {
        return update(id, address, name, null);
    }

    /** As {@link #update(long, String, String)}; {@code noReply} null keeps the flag. */
    public Sender update(long id, String address, String name, Boolean noReply) {
        revisions.configurationChanged();
        Sender sender = find(id);
        if (noReply != null) {
            checkNoReply(sender.getChannel(), noReply);
            sender.markNoReply(noReply);
        }
        if (findByAddress(sender.getChannel(), address)
                .filter(other -> !other.getId().equals(id))
                .isPresent()) {
            throw ConflictException.onField(
                    "address", "a " + sender.getChannel() + " sender with address " + address + " exists");
        }
        sender.readdress(address);
        sender.rename(name);
        em.flush();
        return sender;
    }

    /**
     * Deletes a sender no conversation has used, taking it off the queues that talk from it. A sender with
     * conversations stays: their history needs it. The default sender of a queue in use stays too, until the queue
     * has another default: the supervisor chooses it, the sender's deletion does not. Its row is locked first, so
     * that no conversation opens on it while it is checked and deleted. Its gateway and waiting strategies go with it
     * ({@link SenderDeleting}).
     */
    public void delete(long id) {
        revisions.configurationChanged();
        Sender sender = find(id);
        em.lock(sender, LockModeType.PESSIMISTIC_WRITE);
        long used = em.createQuery("select count(c) from Conversation c where c.sender = :sender", Long.class)
                .setParameter("sender", sender)
                .getSingleResult();
        if (used > 0) {
            throw new ConflictException(
                    "sender " + sender.getAddress() + " has " + used + " conversation(s) and cannot be deleted");
        }
        // A no-reply sender's workflow emails keep their outbox history (and their From) like conversations do.
        long mailed = em.createQuery("select count(e) from OutboxEntry e where e.senderId = :id", Long.class)
                .setParameter("id", sender.getId())
                .getSingleResult();
        if (mailed > 0) {
            throw new ConflictException("sender " + sender.getAddress() + " has sent " + mailed
                    + " workflow email(s) and cannot be deleted; clear its no-reply mark to stop its use");
        }
        List<String> defaultOf = em.createQuery(
                        "select q.name from Queue q where q.defaultSender = :sender and q.deletedAt is null"
                                + " order by q.name",
                        String.class)
                .setParameter("sender", sender)
                .getResultList();
        if (!defaultOf.isEmpty()) {
            throw new ConflictException("sender " + sender.getAddress() + " is the default sender of queue(s) "
                    + defaultOf.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "))
                    + "; choose another default sender for them first");
        }
        em.createQuery("select q from Queue q where :sender member of q.senders", Queue.class)
                .setParameter("sender", sender)
                .getResultList()
                .forEach(queue -> queue.stopTalkingFrom(sender));
        deleting.fire(new SenderDeleting(sender.getId()));
        em.flush();
        em.remove(sender);
        em.flush();
    }

    private static void checkNoReply(Channel channel, boolean noReply) {
        if (noReply && channel != Channel.EMAIL) {
            throw new io.switchboard.platform.InvalidInputException(
                    "noReply", "only an Email sender can be a no-reply address");
        }
    }

    /** The Email senders marked no-reply: the From choices of a workflow's email actions. */
    public List<Sender> noReplySenders() {
        return list().stream()
                .filter(s -> s.getChannel() == Channel.EMAIL && s.isNoReply())
                .toList();
    }

    public List<Sender> list() {
        return em.createNamedQuery(Sender.ALL, Sender.class).getResultList();
    }
}
