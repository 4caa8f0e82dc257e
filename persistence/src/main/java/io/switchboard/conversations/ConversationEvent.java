package io.switchboard.conversations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Something that happened to a conversation besides its messages: a status change or a bot handover. */
@Entity
@Table(name = "conversation_event")
@NamedQuery(
        name = ConversationEvent.OF_CONVERSATION,
        query = "select e from ConversationEvent e"
                + " where e.conversationId = :conversationId order by e.occurredAt, e.id")
public class ConversationEvent {

    public static final String OF_CONVERSATION = "ConversationEvent.ofConversation";

    /** What happened. */
    public enum Kind {
        SOLVED,
        REOPENED,
        CLOSED,
        BOT_HANDOVER
    }

    @Id
    @SequenceGenerator(name = "conversation_event_seq", sequenceName = "conversation_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_event_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ConversationEvent() {}

    public ConversationEvent(long conversationId, Kind kind, Instant occurredAt) {
        this.conversationId = conversationId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.occurredAt = occurredAt;
    }

    public long getConversationId() {
        return conversationId;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
