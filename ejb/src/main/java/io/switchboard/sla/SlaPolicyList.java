package io.switchboard.sla;

import io.switchboard.conditions.Rule;
import io.switchboard.conditions.RuleSet;
import io.switchboard.platform.RevisionCache;
import io.switchboard.platform.Revisions;
import io.switchboard.routing.RouteService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The SLA policy list as this instance compiled it for the list's current revision: each policy's scope in list
 * order and their conditions. A CDI bean in the caller's transaction: every conversation change asks it first
 * ({@link SlaChangeListener}), and with no policy at all the change needs nothing more.
 */
@ApplicationScoped
public class SlaPolicyList {

    /** What choosing a policy needs of each: whether and where it is in force. */
    record PolicyScope(
            Long id, boolean enabled, Instant validFrom, Instant validTo, QueueScope queueScope, Set<Long> queueIds) {}

    /** The policy list of one revision: each policy's scope in list order and their conditions, compiled. */
    record Compiled(List<PolicyScope> policies, RuleSet<Long> conditions) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Revisions revisions;

    @Inject
    RevisionCache cache;

    @EJB
    RouteService routes;

    /** Whether any policy exists, enabled or not (the list's revision is read once per transaction). */
    public boolean isEmpty() {
        return current().policies().isEmpty();
    }

    /**
     * The list and its conditions, read and compiled once per revision of the list (an empty list costs no more than
     * the revision's select, which {@link Revisions} makes once per transaction).
     */
    Compiled current() {
        return cache.get("sla-policies", revisions.current().slaPolicies(), () -> {
            List<SlaPolicy> all = em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            return new Compiled(
                    all.stream()
                            .map(p -> new PolicyScope(
                                    p.getId(),
                                    p.isEnabled(),
                                    p.getValidFrom(),
                                    p.getValidTo(),
                                    p.getQueueScope(),
                                    Set.copyOf(p.getQueueIds())))
                            .toList(),
                    RuleSet.compile(
                            all.stream()
                                    .map(p -> new Rule<>(p.getId(), p.getName(), p.getConditions(), p.getId()))
                                    .toList(),
                            routes.catalogue()));
        });
    }
}
