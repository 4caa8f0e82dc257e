package io.switchboard.bots;

import io.switchboard.platform.RevisionCache;
import io.switchboard.platform.Revisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Whether any bot exists, from what this instance read under the configuration's revision (every bot's creation,
 * change and deletion bumps it). A bot that ever held a conversation cannot be deleted, so without any bot no
 * conversation has a bot session, and a customer's message need not look for one. A CDI bean in the caller's
 * transaction: every message asks.
 */
@ApplicationScoped
public class BotRoster {

    @PersistenceContext
    EntityManager em;

    @Inject
    Revisions revisions;

    @Inject
    RevisionCache cache;

    public boolean anyBot() {
        long revision = revisions.current().configuration();
        return cache.get(
                "any-bot",
                revision,
                () -> !em.createQuery("select b.id from Bot b", Long.class)
                        .setFlushMode(revision == RevisionCache.UNCACHED ? FlushModeType.AUTO : FlushModeType.COMMIT)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty());
    }
}
