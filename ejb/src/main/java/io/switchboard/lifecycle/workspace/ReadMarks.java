package io.switchboard.lifecycle.workspace;

import io.switchboard.conversations.ReadMark;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** How far each agent has read their conversations ({@link ReadMark}). */
@Stateless
public class ReadMarks {

    @PersistenceContext
    EntityManager em;

    /**
     * Records that the agent saw the conversation up to {@code at}, in its own transaction: reading a conversation
     * must never fail because two tabs recorded the same mark at once (the loser's mark is simply not kept).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void read(long agentId, long conversationId, Instant at) {
        ReadMark mark = em.find(ReadMark.class, new ReadMark.Key(agentId, conversationId));
        if (mark == null) {
            em.persist(new ReadMark(agentId, conversationId, at));
        } else {
            mark.readUpTo(at);
        }
    }

    /** The agent's marks on these conversations, by conversation id (none: never opened). */
    public Map<Long, Instant> of(long agentId, Collection<Long> conversationIds) {
        Map<Long, Instant> marks = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return marks;
        }
        em.createQuery(
                        "select r.conversationId, r.readUpTo from ReadMark r"
                                + " where r.agentId = :agentId and r.conversationId in :ids",
                        Object[].class)
                .setParameter("agentId", agentId)
                .setParameter("ids", conversationIds)
                .getResultList()
                .forEach(row -> marks.put((Long) row[0], (Instant) row[1]));
        return marks;
    }
}
