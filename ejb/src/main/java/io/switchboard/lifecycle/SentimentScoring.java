package io.switchboard.lifecycle;

import io.switchboard.conversations.Direction;
import io.switchboard.lifecycle.workspace.AgentWorkspace;
import io.switchboard.lifecycle.workspace.LiveAudience;
import io.switchboard.lifecycle.workspace.WorkChanged;
import io.switchboard.lifecycle.workspace.WorkRelay;
import io.switchboard.sentiment.SentimentService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scores customers' messages for sentiment after they committed, on another thread: the customer's request never
 * waits for it (README "Sentiment"). Conversations with a new message are gathered for {@value #GATHER_MILLIS} ms and
 * scored in batches of up to {@value #BATCH}, one transaction each, so that a busy inbound path pays a handful of
 * statements per batch rather than per message. The screens that show a conversation hear of its new score like of
 * any change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SentimentScoring {

    static final long GATHER_MILLIS = 500;
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(SentimentScoring.class.getName());

    // This instance's conversations waiting for the next batch, and whether a batch is on its way (a crash loses
    // them: a conversation's next message scores the missed ones too).
    private static final Set<Long> PENDING = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean SCHEDULED = new AtomicBoolean();

    @PersistenceContext
    EntityManager em;

    @EJB
    SentimentService sentiment;

    @EJB
    AgentWorkspace workspace;

    @EJB
    WorkRelay relay;

    @Inject
    Event<WorkChanged> notices;

    @Resource
    SessionContext context;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** A customer's message committed ({@link SentimentChangeListener}): its conversation waits for the next batch. */
    public void received(long conversationId) {
        if (sentiment.enabled()) {
            PENDING.add(conversationId);
            schedule(GATHER_MILLIS);
        }
    }

    private void schedule(long delayMillis) {
        if (SCHEDULED.compareAndSet(false, true)) {
            SentimentScoring self = context.getBusinessObject(SentimentScoring.class);
            scheduler.schedule(self::drain, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Scores one batch of the gathered conversations, and asks for the next batch at once if more are waiting. */
    public void drain() {
        SCHEDULED.set(false);
        List<Long> batch = new ArrayList<>();
        for (Iterator<Long> pending = PENDING.iterator(); pending.hasNext() && batch.size() < BATCH; ) {
            batch.add(pending.next());
            pending.remove();
        }
        if (!PENDING.isEmpty()) {
            schedule(0);
        }
        if (batch.isEmpty()) {
            return;
        }
        batch.sort(null);
        try {
            Set<Long> scored;
            try {
                scored = sentiment.scoreAll(batch, this::unscored);
            } catch (EJBException e) {
                // Another scorer created one of the new conversations' rows first: create the missing ones each on
                // its own (a conflict meaning it is there now), then score under the locks.
                LOG.log(Level.FINE, "sentiment rows created concurrently; preparing one by one", e);
                for (Long id : batch) {
                    try {
                        sentiment.prepare(id);
                    } catch (EJBException again) {
                        LOG.log(Level.FINE, "sentiment row of conversation " + id + " created concurrently", again);
                    }
                }
                scored = sentiment.scoreAll(batch, this::unscored);
            }
            if (LiveAudience.anyone()) {
                for (Long id : scored) {
                    WorkChanged notice = workspace.notice(id, new HashSet<>());
                    notices.fire(new WorkChanged(id, notice.viewers(), Set.of(), WorkChanged.Sound.NONE));
                }
            }
            relay.publish(scored);
        } catch (RuntimeException e) {
            // A message without a score is shown without one; the conversation's next message scores it too.
            LOG.log(Level.WARNING, "sentiment of conversations " + batch + " not scored", e);
        }
    }

    // Runs inside the scoring transaction, under its locks.
    private List<SentimentService.Unscored> unscored(Collection<Long> conversationIds) {
        return em.createQuery(
                        "select m.id, m.conversation.id, m.text from Message m where m.conversation.id in :ids"
                                + " and m.direction = :inbound"
                                + " and not exists (select s from MessageSentiment s where s.messageId = m.id)"
                                + " order by m.id",
                        Object[].class)
                .setParameter("ids", conversationIds)
                .setParameter("inbound", Direction.INBOUND)
                .getResultStream()
                .map(row -> new SentimentService.Unscored((Long) row[0], (Long) row[1], (String) row[2]))
                .toList();
    }
}
