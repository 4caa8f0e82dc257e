package io.switchboard.bots;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One conversation's time with a bot, from the customer's first message until agents take it over or the session
 * ends (timeout). Invariants: it runs while neither {@code handedOverAt} nor {@code endedAt} is set; once either is
 * set it never runs again, so the bot receives no more inbound messages of the conversation.
 */
@Entity
@Table(name = "bot_session")
public class BotSession {

    /** Why a session ended without a hand-over. */
    public enum EndReason {
        SESSION_TIMEOUT
    }

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bot_id", nullable = false, updatable = false)
    private Bot bot;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_customer_at", nullable = false)
    private Instant lastCustomerAt;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Version
    private long version;

    protected BotSession() {}

    public BotSession(long conversationId, Bot bot, Instant startedAt) {
        this.conversationId = conversationId;
        this.bot = Objects.requireNonNull(bot, "bot");
        this.startedAt = startedAt;
        this.lastCustomerAt = startedAt;
    }

    /** Whether the bot still holds the conversation. */
    public boolean isRunning() {
        return handedOverAt == null && endedAt == null;
    }

    public void customerWrote(Instant at) {
        lastCustomerAt = at;
    }

    public void handedOver(Instant at) {
        if (isRunning()) {
            handedOverAt = at;
        }
    }

    public void end(EndReason reason, Instant at) {
        if (isRunning()) {
            endedAt = at;
            endReason = reason;
        }
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Bot getBot() {
        return bot;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastCustomerAt() {
        return lastCustomerAt;
    }

    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public EndReason getEndReason() {
        return endReason;
    }
}
