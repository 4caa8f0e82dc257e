package io.switchboard.sentiment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A conversation's sentiment: the weighted score of its customer messages, its label (NEGATIVE, NEUTRAL, POSITIVE) for
 * lists and filters, and the first message's score, where the trend starts. Recomputed from the message scores each
 * time one is added.
 */
@Entity
@Table(name = "conversation_sentiment")
public class ConversationSentiment {

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(nullable = false)
    private double score;

    @Column(name = "first_score", nullable = false)
    private double firstScore;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int messages;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConversationSentiment() {}

    public ConversationSentiment(long conversationId) {
        this.conversationId = conversationId;
    }

    /** The conversation's score and label now, over {@code messages} scored messages. */
    public void update(double newScore, double newFirstScore, String newLabel, int newMessages, Instant at) {
        score = newScore;
        firstScore = newFirstScore;
        label = newLabel;
        messages = newMessages;
        updatedAt = at;
    }

    public long getConversationId() {
        return conversationId;
    }

    public double getScore() {
        return score;
    }

    public double getFirstScore() {
        return firstScore;
    }

    public String getLabel() {
        return label;
    }

    public int getMessages() {
        return messages;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
