package io.switchboard.sla;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.Conditions;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.QueueService;
import io.switchboard.routing.RouteService;
import io.switchboard.sla.logic.SlaPolicyRules;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered list of SLA policies. Every change locks the whole list (positions stay dense and reorders atomic) and
 * announces {@link SlaPoliciesChanged}, after which open conversations are re-evaluated by a batch job.
 */
@Stateless
public class SlaPolicyService {

    private static final String DEFAULT_NAME_PREFIX = "SLA policy #";

    @PersistenceContext
    EntityManager em;

    @EJB
    RouteService routes;

    @EJB
    QueueService queues;

    @Inject
    Event<SlaPoliciesChanged> changed;

    @Inject
    Clock clock;

    public List<SlaPolicy> list() {
        return em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class)
                .setHint("eclipselink.refresh", "true") // as stored, whatever an instance's cache holds
                .getResultList();
    }

    public SlaPolicy find(long id) {
        SlaPolicy policy = em.find(SlaPolicy.class, id);
        if (policy == null) {
            throw new UnknownEntityException("SLA policy", id);
        }
        return policy;
    }

    /** Adds a policy at the bottom of the list (the least important); a blank name gets a numbered default. */
    public SlaPolicy create(SlaPolicyDefinition definition, ConditionGroup conditions) {
        List<SlaPolicy> all = lockedList();
        SlaPolicyDefinition checked = checked(definition, conditions, all.size() + 1);
        SlaPolicy policy = new SlaPolicy(all.size(), clock.instant());
        policy.define(checked, clock.instant());
        em.persist(policy);
        em.flush();
        changed.fire(new SlaPoliciesChanged());
        return policy;
    }

    public SlaPolicy update(long id, SlaPolicyDefinition definition, ConditionGroup conditions) {
        lockedList();
        SlaPolicy policy = find(id);
        policy.define(checked(definition, conditions, policy.getListOrder() + 1), clock.instant());
        em.flush();
        changed.fire(new SlaPoliciesChanged());
        return policy;
    }

    /** Moves a policy to a 1-based position (1 = top, the most important); positions past the end mean the end. */
    public List<SlaPolicy> move(long id, int position) {
        if (position < 1) {
            throw new InvalidInputException("position", "must be 1 or more");
        }
        List<SlaPolicy> all = new ArrayList<>(lockedList());
        SlaPolicy policy = find(id);
        all.remove(policy);
        all.add(Math.min(position - 1, all.size()), policy);
        renumber(all);
        changed.fire(new SlaPoliciesChanged());
        return all;
    }

    /** Deletes a policy: it applies to no conversation any more; breaches recorded under it stay for reports. */
    public void delete(long id) {
        List<SlaPolicy> all = new ArrayList<>(lockedList());
        SlaPolicy policy = find(id);
        all.remove(policy);
        em.remove(policy);
        renumber(all);
        em.flush();
        changed.fire(new SlaPoliciesChanged());
    }

    private static void renumber(List<SlaPolicy> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getListOrder() != i) {
                ordered.get(i).moveTo(i);
            }
        }
    }

    /**
     * Locks the list through its revision row and bumps the revision: every change of a policy goes through here, so
     * the one row lock serialises them. The policies' own rows stay unlocked until written: locking them all (FOR
     * UPDATE) would also block every conversation's SLA write that references any policy (its foreign-key check),
     * and deadlock with those already holding a conversation's SLA row.
     */
    private List<SlaPolicy> lockedList() {
        em.find(SlaPolicySetRevision.class, SlaPolicySetRevision.ID, LockModeType.PESSIMISTIC_WRITE)
                .bump();
        return em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class)
                .setHint("eclipselink.refresh", "true") // as stored, whatever an instance's cache holds
                .getResultList();
    }

    private SlaPolicyDefinition checked(SlaPolicyDefinition definition, ConditionGroup conditions, int number) {
        String name = definition.name() == null || definition.name().isBlank()
                ? DEFAULT_NAME_PREFIX + number
                : definition.name().trim();
        SlaPolicyRules.check(definition);
        Conditions.check(conditions, "conditions", routes.catalogue(), routes.vocabulary());
        for (Long queueId : definition.queueIds()) {
            if (queues.findInUse(queueId).isEmpty()) {
                throw new InvalidInputException("queueIds", "queue " + queueId + " does not exist");
            }
        }
        return new SlaPolicyDefinition(
                name,
                definition.enabled(),
                definition.validFrom(),
                definition.validTo(),
                conditions,
                definition.queueScope(),
                definition.queueIds(),
                definition.excludeAutomated(),
                definition.severities());
    }
}
