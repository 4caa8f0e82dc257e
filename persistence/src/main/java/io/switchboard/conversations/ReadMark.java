package io.switchboard.conversations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** How far an agent has read a conversation: up to the newest message the conversation view showed them. */
@Entity
@Table(name = "read_mark")
@IdClass(ReadMark.Key.class)
public class ReadMark {

    @Id
    @Column(name = "agent_id")
    private Long agentId;

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "read_up_to", nullable = false)
    private Instant readUpTo;

    protected ReadMark() {}

    public ReadMark(long agentId, long conversationId, Instant readUpTo) {
        this.agentId = agentId;
        this.conversationId = conversationId;
        this.readUpTo = Objects.requireNonNull(readUpTo, "readUpTo");
    }

    /** Moves the mark forward only: an older view (another tab, a late refresh) never unreads a message. */
    public void readUpTo(Instant at) {
        if (at != null && at.isAfter(readUpTo)) {
            readUpTo = at;
        }
    }

    public Long getAgentId() {
        return agentId;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Instant getReadUpTo() {
        return readUpTo;
    }

    /** The composite key: one mark per agent and conversation. */
    public static class Key implements Serializable {
        private Long agentId;
        private Long conversationId;

        public Key() {}

        public Key(Long agentId, Long conversationId) {
            this.agentId = agentId;
            this.conversationId = conversationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(agentId, k.agentId)
                    && Objects.equals(conversationId, k.conversationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agentId, conversationId);
        }
    }
}
