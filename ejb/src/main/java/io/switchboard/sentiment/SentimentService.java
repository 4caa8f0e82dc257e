package io.switchboard.sentiment;

import io.switchboard.sentiment.logic.MessageScorer;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.sentiment.logic.SentimentScores;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sentiment analysis (the guide's): scores customers' messages and keeps each conversation's weighted score, when the
 * setting is on. Scoring runs after the message committed ({@code lifecycle.SentimentScoring}), never in the
 * customer's request.
 */
@Stateless
public class SentimentService {

    /** A message to score: its id, its conversation and its text. */
    public record Unscored(long messageId, long conversationId, String text) {}

    /** A conversation's sentiment as people see it, with its messages' scores oldest first. */
    public record Summary(double score, SentimentLabel label, double firstScore, List<MessageSentiment> messages) {

        public SentimentScores.Trend trend() {
            return SentimentScores.trend(firstScore, score);
        }
    }

    private static final MessageScorer SCORER = new MessageScorer();

    @PersistenceContext
    EntityManager em;

    @Inject
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
        prepareAll(List.of(conversationId));
    }

    private void prepareAll(Collection<Long> conversationIds) {
        Set<Long> present = new HashSet<>(em.createQuery(
                        "select s.conversationId from ConversationSentiment s where s.conversationId in :ids",
                        Long.class)
                .setParameter("ids", conversationIds)
                .getResultList());
        Instant now = clock.instant();
        for (Long id : conversationIds) {
            if (!present.contains(id)) {
                ConversationSentiment row = new ConversationSentiment(id);
                row.update(0, 0, SentimentLabel.NEUTRAL.name(), 0, now);
                em.persist(row);
            }
        }
        em.flush();
    }

    /**
     * Scores the messages of these conversations that have no score yet and each one's weighted score again, in one
     * transaction under locks on their sentiment rows, taken in id order (so batches never deadlock): scorers of one
     * conversation take turns, and each sees the scores the one before stored. {@code unscored} reads the messages
     * once the locks are held. A conversation without a row gets it in the same transaction, so a batch of new
     * conversations costs one commit; the transaction fails as a whole when another scorer inserted one of those rows
     * meanwhile (then {@link #prepare} each and call again). Returns the conversations that got a new score.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Set<Long> scoreAll(Collection<Long> conversationIds, Function<Collection<Long>, List<Unscored>> unscored) {
        Map<Long, ConversationSentiment> rows = em.createQuery(
                        "select s from ConversationSentiment s where s.conversationId in :ids"
                                + " order by s.conversationId",
                        ConversationSentiment.class)
                .setParameter("ids", conversationIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .collect(Collectors.toMap(ConversationSentiment::getConversationId, row -> row));
        Instant now = clock.instant();
        // Scores of this batch per conversation, oldest first (the messages come in id order).
        Map<Long, List<Double>> fresh = new HashMap<>();
        for (Unscored message : unscored.apply(conversationIds)) {
            OptionalDouble score = SCORER.score(message.text());
            if (score.isPresent()) {
                em.persist(
                        new MessageSentiment(message.messageId(), message.conversationId(), score.getAsDouble(), now));
                fresh.computeIfAbsent(message.conversationId(), id -> new ArrayList<>())
                        .add(score.getAsDouble());
            }
        }
        // A conversation scored before is scored again from all its scores; a new one from this batch's alone, and its
        // row is inserted once, with them (the insert fails when another scorer created it meanwhile: see above).
        Set<Long> before = new HashSet<>(fresh.keySet());
        before.retainAll(rows.keySet());
        Map<Long, List<Double>> all = new HashMap<>();
        if (!before.isEmpty()) {
            em.flush();
            // The scores alone, first to last: no entity built for a long conversation's every message.
            for (Object[] row : em.createQuery(
                            "select s.conversationId, s.score from MessageSentiment s where s.conversationId in :ids"
                                    + " order by s.conversationId, s.messageId",
                            Object[].class)
                    .setParameter("ids", before)
                    .getResultList()) {
                all.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Double) row[1]);
            }
        }
        for (Long id : conversationIds) {
            List<Double> scores = rows.containsKey(id) ? all.get(id) : fresh.get(id);
            ConversationSentiment row = rows.get(id);
            if (row == null) {
                // Every conversation of the batch gets its row, scored or not (an attachment alone has no words).
                row = new ConversationSentiment(id);
                row.update(0, 0, SentimentLabel.NEUTRAL.name(), 0, now);
                em.persist(row);
            }
            if (scores != null && !scores.isEmpty()) {
                double score = SentimentScores.conversation(scores);
                row.update(score, scores.get(0), SentimentLabel.of(score).name(), scores.size(), now);
            }
        }
        return fresh.keySet();
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
