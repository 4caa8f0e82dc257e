package io.switchboard.routing;

import io.switchboard.attributes.AttributeDefinition;
import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.AttributeService;
import io.switchboard.attributes.AttributeType;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.conditions.AttributeCatalogue;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.Conditions;
import io.switchboard.conditions.Vocabulary;
import io.switchboard.conversations.Priority;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.RevisionCache;
import io.switchboard.platform.Revisions;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Routes: checked, stored and kept in order. Every change locks the route set's row and bumps its revision in the
 * same transaction, so concurrent reorders apply one after the other and every server instance recompiles.
 */
@Stateless
public class RouteService {

    static final int MAX_NAME = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    QueueService queues;

    @EJB
    SenderService senders;

    @EJB
    TagService tags;

    @EJB
    AttributeService attributes;

    @Inject
    RevisionCache cache;

    @Inject
    Revisions revisions;

    /** Every route in evaluation order. */
    public List<Route> list() {
        return em.createNamedQuery(Route.ALL, Route.class).getResultList();
    }

    public Route find(long id) {
        Route route = em.find(Route.class, id);
        if (route == null) {
            throw new UnknownEntityException("route", id);
        }
        return route;
    }

    /** The routes whose destination is this queue, in evaluation order. */
    public List<Route> routesTo(long queueId) {
        return em.createNamedQuery(Route.TO_QUEUE, Route.class)
                .setParameter("queueId", queueId)
                .getResultList();
    }

    public List<String> namesOfRoutesTo(long queueId) {
        return routesTo(queueId).stream().map(Route::getName).toList();
    }

    /** Adds a route at the end of the order. */
    public Route create(RouteDraft draft) {
        Checked checked = check(draft);
        lockAndBump();
        long count = em.createQuery("select count(r) from Route r", Long.class).getSingleResult();
        Route route = new Route(
                checked.name,
                draft.enabled() == null || draft.enabled(),
                checked.queue,
                checked.priority,
                checked.conditions,
                (int) count + 1,
                clock.instant());
        em.persist(route);
        em.flush();
        return route;
    }

    /** Replaces name, destination, priority and conditions (and the enabled flag when given). */
    public Route update(long id, RouteDraft draft) {
        Checked checked = check(draft);
        lockAndBump();
        Route route = find(id);
        Instant now = clock.instant();
        route.change(checked.name, checked.queue, checked.priority, checked.conditions, now);
        if (draft.enabled() != null) {
            route.enable(draft.enabled(), now);
        }
        return route;
    }

    public Route enable(long id, boolean enabled) {
        lockAndBump();
        Route route = find(id);
        route.enable(enabled, clock.instant());
        return route;
    }

    /**
     * Sends a route to a 1-based position (beyond the end: last) and renumbers all routes, in one transaction under
     * the route set lock: readers see the old order or the new one, never a mix.
     */
    public List<Route> move(long id, int position) {
        if (position < 1) {
            throw new InvalidInputException("position", "must be 1 or more");
        }
        lockAndBump();
        Route moved = find(id);
        List<Route> ordered = new ArrayList<>(list());
        ordered.remove(moved);
        ordered.add(Math.min(position, ordered.size() + 1) - 1, moved);
        renumber(ordered);
        return ordered;
    }

    public void delete(long id) {
        lockAndBump();
        Route route = find(id);
        em.remove(route);
        List<Route> rest = new ArrayList<>(list());
        rest.remove(route);
        renumber(rest);
    }

    private static void renumber(List<Route> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getOrdinal() != i + 1) {
                ordered.get(i).placeAt(i + 1);
            }
        }
    }

    private void lockAndBump() {
        em.find(RouteSetRevision.class, RouteSetRevision.ID, LockModeType.PESSIMISTIC_WRITE)
                .bump();
    }

    private record Checked(String name, Queue queue, Priority priority, ConditionGroup conditions) {}

    private Checked check(RouteDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        if (draft.name().trim().length() > MAX_NAME) {
            throw new InvalidInputException("name", "must have at most " + MAX_NAME + " characters");
        }
        if (draft.queueId() == null) {
            throw new InvalidInputException("queueId", "is required");
        }
        Conditions.check(draft.conditions(), "conditions", catalogue(), vocabulary());
        Queue queue = queues.findInUse(draft.queueId())
                .orElseThrow(
                        () -> new InvalidInputException("queueId", "queue " + draft.queueId() + " does not exist"));
        return new Checked(
                draft.name().trim(),
                queue,
                draft.priority() == null ? Priority.NORMAL : draft.priority(),
                draft.conditions());
    }

    /** The attributes routes can test now: the standard ones and the custom person and company attributes. */
    public AttributeCatalogue catalogue() {
        Map<String, AttributeType> person = new HashMap<>();
        Map<String, AttributeType> company = new HashMap<>();
        for (AttributeDefinition definition : attributes.list()) {
            if (!definition.isStandard() && definition.getOwner() != AttributeOwner.CONVERSATION) {
                (definition.getOwner() == AttributeOwner.PERSON ? person : company)
                        .put(definition.getName(), definition.getType());
            }
        }
        return new AttributeCatalogue(person, company);
    }

    /** The senders, queues and tags conditions may name. */
    public Vocabulary vocabulary() {
        return new Vocabulary(
                senders.list().stream().map(Sender::getId).collect(Collectors.toSet()),
                queues.list().stream().map(Queue::getId).collect(Collectors.toSet()),
                tags.list().stream().map(Tag::getName).collect(Collectors.toSet()));
    }

    /** The enabled routes compiled, from this instance's cache while the route set has not changed. */
    public RouteSet routeSet() {
        return cache.get(
                "routes",
                revisions.current().routes(),
                () -> RouteSet.compile(list().stream().map(RouteService::rule).toList(), catalogue()));
    }

    /** A stored route as routing evaluates it. */
    public static RouteRule rule(Route route) {
        return new RouteRule(
                route.getId(),
                route.getName(),
                route.isEnabled(),
                route.getQueue().getId(),
                route.getPriority(),
                route.getConditions());
    }
}
