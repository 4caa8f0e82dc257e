package io.switchboard.companion;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the reply index up to date: a conversation that became Solved (or Closed) is indexed after its change
 * committed ({@link ReplyIndexListener}), on another thread, so the agent who solved it never waits for the index.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplyIndexing {

    private static final Logger LOG = Logger.getLogger(ReplyIndexing.class.getName());

    @EJB
    CompanionService companion;

    /** Indexes one conversation's replies; a failure is logged, and the next rebuild catches up. */
    @Asynchronous
    public void index(long conversationId) {
        try {
            companion.index(conversationId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "replies of conversation " + conversationId + " not indexed", e);
        }
    }
}
