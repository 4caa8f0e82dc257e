package io.switchboard.sentiment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The sentiment score of one customer message, from -1 (most negative) to +1 (most positive). Written once. */
@Entity
@Table(name = "message_sentiment")
@NamedQuery(
        name = MessageSentiment.OF_CONVERSATION,
        query = "select s from MessageSentiment s where s.conversationId = :conversationId order by s.messageId")
public class MessageSentiment {

    /** A conversation's scores, oldest message first. */
    public static final String OF_CONVERSATION = "MessageSentiment.ofConversation";

    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    @Column(nullable = false, updatable = false)
    private double score;

    @Column(name = "scored_at", nullable = false, updatable = false)
    private Instant scoredAt;

    protected MessageSentiment() {}

    public MessageSentiment(long messageId, long conversationId, double score, Instant scoredAt) {
        this.messageId = messageId;
        this.conversationId = conversationId;
        this.score = score;
        this.scoredAt = scoredAt;
    }

    public long getMessageId() {
        return messageId;
    }

    public long getConversationId() {
        return conversationId;
    }

    public double getScore() {
        return score;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
