package io.switchboard.waiting;

import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderDeleting;
import io.switchboard.channels.SenderService;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.waiting.logic.MessagingWaitingRules;
import io.switchboard.waiting.logic.WaitingSchedule;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Waiting strategies of messaging senders: one per sender, the guide's rules, and the schedule they give. */
@Stateless
public class WaitingStrategyService {

    @PersistenceContext
    EntityManager em;

    @EJB
    SenderService senders;

    @Inject
    WaitingSettings settings;

    @Inject
    Clock clock;

    /** Creates the sender's strategy; a second one for the sender is a conflict (also settled by a unique key). */
    public WaitingStrategy create(long senderId, String name, WaitingStrategy.Messages messages) {
        Sender sender = messagingSender(senderId);
        MessagingWaitingRules.check(messages);
        if (forSender(senderId).isPresent()) {
            throw new ConflictException("sender " + senderId + " already has a waiting strategy; a sender has one");
        }
        WaitingStrategy strategy = new WaitingStrategy(sender, name, messages, clock.instant());
        em.persist(strategy);
        em.flush();
        return strategy;
    }

    public WaitingStrategy update(long id, String name, WaitingStrategy.Messages messages) {
        WaitingStrategy strategy = find(id);
        MessagingWaitingRules.check(messages);
        strategy.change(name, messages, clock.instant());
        return strategy;
    }

    public void delete(long id) {
        em.remove(find(id));
    }

    public WaitingStrategy find(long id) {
        WaitingStrategy strategy = em.find(WaitingStrategy.class, id);
        if (strategy == null) {
            throw new UnknownEntityException("waiting strategy", id);
        }
        return strategy;
    }

    public List<WaitingStrategy> list() {
        return em.createNamedQuery(WaitingStrategy.ALL, WaitingStrategy.class).getResultList();
    }

    /** The strategy that runs for conversations of this sender, if it has one. */
    public Optional<WaitingStrategy> forSender(long senderId) {
        return em.createNamedQuery(WaitingStrategy.BY_SENDER, WaitingStrategy.class)
                .setParameter("senderId", senderId)
                .getResultStream()
                .findFirst();
    }

    /** What a conversation that entered the queue unassigned at {@code enteredAt} (null: now) is sent, and when. */
    public List<WaitingSchedule.Planned> schedule(long id, Instant enteredAt) {
        return WaitingSchedule.plan(
                find(id).messages(), enteredAt == null ? clock.instant() : enteredAt, settings.minute());
    }

    private Sender messagingSender(long senderId) {
        Sender sender;
        try {
            sender = senders.find(senderId);
        } catch (UnknownEntityException e) {
            throw new InvalidInputException("senderId", "sender " + senderId + " does not exist");
        }
        if (sender.getChannel().isCall()) {
            throw new InvalidInputException(
                    "senderId",
                    "sender " + senderId + " is a voice or video sender: it takes a voice and video waiting strategy");
        }
        return sender;
    }

    /** A deleted sender's waiting strategy goes with it (one per sender). */
    public void senderDeleting(@Observes SenderDeleting deleting) {
        em.createNamedQuery(WaitingStrategy.BY_SENDER, WaitingStrategy.class)
                .setParameter("senderId", deleting.senderId())
                .getResultList()
                .forEach(em::remove);
    }
}
