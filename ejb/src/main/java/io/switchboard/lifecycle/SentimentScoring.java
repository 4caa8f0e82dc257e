package io.switchboard.lifecycle;

import io.switchboard.conversations.ConversationChanged;
import io.switchboard.conversations.Direction;
import io.switchboard.lifecycle.workspace.AgentWorkspace;
import io.switchboard.lifecycle.workspace.WorkChanged;
import io.switchboard.lifecycle.workspace.WorkRelay;
import io.switchboard.sentiment.SentimentService;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scores a customer's message for sentiment after it committed, on another thread: the customer's request never waits
 * for it (README "Sentiment"). The screens that show the conversation hear of the new score like of any change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SentimentScoring {

    private static final Logger LOG = Logger.getLogger(SentimentScoring.class.getName());

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

    public void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        if (change.kind() == ConversationChanged.Kind.MESSAGE_RECEIVED
                && change.conversation().getId() != null
                && sentiment.enabled()) {
            context.getBusinessObject(SentimentScoring.class)
                    .score(change.conversation().getId());
        }
    }

    /** Scores the conversation's customer messages that have no score yet (normally the one just received). */
    @Asynchronous
    public void score(long conversationId) {
        try {
            SentimentService.Scoring done = sentiment.score(conversationId, this::unscored);
            if (done == SentimentService.Scoring.NO_ROW) {
                // The conversation's first scoring: its row first (in a transaction of its own), then the scores.
                try {
                    sentiment.prepare(conversationId);
                } catch (EJBException e) {
                    // Another scorer of this conversation inserted the row first: it is there now.
                    LOG.log(Level.FINE, "sentiment row of conversation " + conversationId + " created concurrently", e);
                }
                done = sentiment.score(conversationId, this::unscored);
            }
            if (done == SentimentService.Scoring.SCORED) {
                WorkChanged notice = workspace.notice(conversationId, new HashSet<>());
                notices.fire(new WorkChanged(conversationId, notice.viewers(), Set.of(), WorkChanged.Sound.NONE));
                relay.publish(Map.of(conversationId, WorkChanged.Sound.NONE));
            }
        } catch (RuntimeException e) {
            // A message without a score is shown without one; the conversation's next message scores it too.
            LOG.log(Level.WARNING, "sentiment of conversation " + conversationId + " not scored", e);
        }
    }

    // Runs inside the scoring transaction, under its lock.
    private List<SentimentService.Unscored> unscored(long conversationId) {
        return em.createQuery(
                        "select m.id, m.text from Message m where m.conversation.id = :id and m.direction = :inbound"
                                + " and not exists (select s from MessageSentiment s where s.messageId = m.id)"
                                + " order by m.id",
                        Object[].class)
                .setParameter("id", conversationId)
                .setParameter("inbound", Direction.INBOUND)
                .getResultStream()
                .map(row -> new SentimentService.Unscored((Long) row[0], (String) row[1]))
                .toList();
    }
}
