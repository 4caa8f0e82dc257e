package io.switchboard.sentiment;

import io.switchboard.sentiment.logic.MessageScorer;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.sentiment.logic.SentimentScores;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sentiment analysis (the guide's): scores customers' messages and keeps each conversation's weighted score, when the
 * setting is on. Scoring runs after the message committed ({@code lifecycle.SentimentScoring}), never in the
 * customer's request.
 */
@Stateless
public class SentimentService {

    /** A message to score: its id and text. */
    public record Unscored(long messageId, String text) {}

    /** A conversation's sentiment as people see it, with its messages' scores oldest first. */
    public record Summary(double score, SentimentLabel label, double firstScore, List<MessageSentiment> messages) {

        public SentimentScores.Trend trend() {
            return SentimentScores.trend(firstScore, score);
        }
    }

    private static final MessageScorer SCORER = new MessageScorer();

    @PersistenceContext
    EntityManager em;

    @EJB
    SettingsService settings;

    @Inject
    Clock clock;

    /** Whether customers' messages are scored (off by default, as in the guide: a supervisor turns it on). */
    public boolean enabled() {
        return settings.sentimentEnabled();
    }

    public void enable(boolean enabled) {
        settings.enableSentiment(enabled);
    }

    /** Makes sure the conversation has its sentiment row, so scorers can lock it (a concurrent insert may fail). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void prepare(long conversationId) {
        if (em.find(ConversationSentiment.class, conversationId) == null) {
            ConversationSentiment row = new ConversationSentiment(conversationId);
            row.update(0, 0, SentimentLabel.NEUTRAL.name(), 0, clock.instant());
            em.persist(row);
            em.flush();
        }
    }

    /** What a scoring run did. */
    public enum Scoring {
        /** The conversation has no sentiment row yet: {@link #prepare} it, then score again. */
        NO_ROW,
        NOTHING_NEW,
        SCORED
    }

    /**
     * Scores the conversation's messages that have no score yet and its weighted score again, under a lock on its
     * sentiment row: scorers of one conversation take turns, and each sees the scores the one before stored.
     * {@code unscored} reads the messages once the lock is held.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Scoring score(long conversationId, Function<Long, List<Unscored>> unscored) {
        ConversationSentiment row =
                em.find(ConversationSentiment.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return Scoring.NO_ROW;
        }
        boolean scored = false;
        for (Unscored message : unscored.apply(conversationId)) {
            OptionalDouble score = SCORER.score(message.text());
            if (score.isPresent()) {
                em.persist(new MessageSentiment(
                        message.messageId(), conversationId, score.getAsDouble(), clock.instant()));
                scored = true;
            }
        }
        if (!scored) {
            return Scoring.NOTHING_NEW;
        }
        em.flush();
        // The scores alone, first to last: no entities built for a long conversation's every message.
        List<Double> scores = em.createQuery(
                        "select s.score from MessageSentiment s where s.conversationId = :conversationId"
                                + " order by s.messageId",
                        Double.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
        double score = SentimentScores.conversation(scores);
        row.update(score, scores.get(0), SentimentLabel.of(score).name(), scores.size(), clock.instant());
        return Scoring.SCORED;
    }

    /** The conversation's sentiment; empty while none of its messages has a score. */
    public Optional<Summary> of(long conversationId) {
        return summary(conversationId);
    }

    /** The conversation's label as scored so far (for conditions: no messages read). */
    public Optional<SentimentLabel> label(long conversationId) {
        ConversationSentiment row = em.find(ConversationSentiment.class, conversationId);
        return row == null || row.getMessages() == 0
                ? Optional.empty()
                : Optional.of(SentimentLabel.valueOf(row.getLabel()));
    }

    private Optional<Summary> summary(long conversationId) {
        ConversationSentiment row = em.find(ConversationSentiment.class, conversationId);
        if (row == null || row.getMessages() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Summary(
                row.getScore(), SentimentLabel.valueOf(row.getLabel()), row.getFirstScore(), messages(conversationId)));
    }

    /** The sentiment of each of these conversations that has one (for lists: one query, no messages). */
    public Map<Long, Summary> of(Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select s from ConversationSentiment s where s.conversationId in :ids and s.messages > 0",
                        ConversationSentiment.class)
                .setParameter("ids", conversationIds)
                .getResultStream()
                .collect(Collectors.toMap(
                        ConversationSentiment::getConversationId,
                        s -> new Summary(
                                s.getScore(), SentimentLabel.valueOf(s.getLabel()), s.getFirstScore(), List.of())));
    }

    private List<MessageSentiment> messages(long conversationId) {
        return em.createNamedQuery(MessageSentiment.OF_CONVERSATION, MessageSentiment.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }
}
