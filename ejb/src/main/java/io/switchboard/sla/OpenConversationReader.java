package io.switchboard.sla;

import io.switchboard.conversations.ConversationStatus;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the ids of open (not closed) conversations in id order, a page at a time; the checkpoint is the last id. */
@Named("openConversationReader")
@Dependent
public class OpenConversationReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;

    private long lastId;
    private final Deque<Long> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(em.createQuery(
                            "select c.id from Conversation c where c.id > :after and c.status <> :closed"
                                    + " order by c.id",
                            Long.class)
                    .setParameter("after", lastId)
                    .setParameter("closed", ConversationStatus.CLOSED)
                    .setMaxResults(PAGE)
                    .getResultList());
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
