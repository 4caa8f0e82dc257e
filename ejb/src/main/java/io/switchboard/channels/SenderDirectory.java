package io.switchboard.channels;

import io.switchboard.platform.RevisionCache;
import io.switchboard.platform.Revisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Senders by channel and address, from what this instance derived under the configuration's revision (every
 * sender's id by channel and address), so a message's intake reads no sender row. A CDI bean in the caller's
 * transaction: every inbound message asks, and a session-bean call cost more than the answer.
 */
@ApplicationScoped
public class SenderDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Revisions revisions;

    @Inject
    RevisionCache cache;

    /**
     * The sender with this address on this channel, as a reference in the caller's persistence context: it loads the
     * sender's other fields when they are first used. Called within a transaction.
     */
    public Optional<Sender> findByAddress(Channel channel, String address) {
        long revision = revisions.current().configuration();
        Map<Address, Long> ids = cache.get("senders-by-address", revision, () -> {
            Map<Address, Long> read = new HashMap<>();
            em.createNamedQuery(Sender.ADDRESSES, Object[].class)
                    .setFlushMode(revision == RevisionCache.UNCACHED ? FlushModeType.AUTO : FlushModeType.COMMIT)
                    .getResultList()
                    .forEach(row -> read.put(new Address((Channel) row[1], (String) row[2]), (Long) row[0]));
            return Map.copyOf(read);
        });
        Long id = ids.get(new Address(channel, address));
        return id == null ? Optional.empty() : Optional.of(em.getReference(Sender.class, id));
    }

    private record Address(Channel channel, String address) {}
}
